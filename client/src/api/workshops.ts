import type {
  CreateWorkshopResponse,
  FacilitatorAction,
  JoinLookupResponse,
  JoinRequest,
  JoinResponse,
  ParticipantSelf,
  RunState,
  WorkshopPublic,
  WorkshopSetup,
  WorkshopSetupInput,
} from '@samskap/shared/workshop';
import { apiRequest } from './http';
import type { Language } from '../i18n/languages';

/*
 * One function per endpoint of the workshop API (server/src/workshops/routes.ts). Types come
 * from @samskap/shared; tokens go in the Authorization header.
 */

/** The Planstrategi-seminar template; without a year, the server takes next year's period. */
export function fetchTemplate(language: Language, year?: number): Promise<WorkshopSetupInput> {
  const query = year === undefined ? '' : `&year=${year}`;
  return apiRequest(`/templates/planstrategi?language=${language}${query}`);
}

export function createWorkshop(setup: WorkshopSetup): Promise<CreateWorkshopResponse> {
  return apiRequest('/workshops', { body: setup });
}

export interface WorkshopView {
  workshop: WorkshopPublic;
  run: RunState;
  capability: 'facilitator' | 'participant' | 'projector';
}

export function fetchWorkshop(id: string, token: string): Promise<WorkshopView> {
  return apiRequest(`/workshops/${encodeURIComponent(id)}`, { token });
}

/** The projector link (path and fragment) for a facilitator on any device. */
export function fetchProjectorLink(id: string, token: string): Promise<{ projector: string }> {
  return apiRequest(`/workshops/${encodeURIComponent(id)}/projector-link`, { token });
}

export function duplicateWorkshop(id: string, token: string): Promise<CreateWorkshopResponse> {
  return apiRequest(`/workshops/${encodeURIComponent(id)}/duplicate`, { token, body: {} });
}

export function facilitatorAction(
  id: string,
  token: string,
  action: FacilitatorAction,
): Promise<{ workshop: WorkshopPublic; run: RunState }> {
  return apiRequest(`/workshops/${encodeURIComponent(id)}/actions`, { token, body: action });
}

/** Replaces the setup; the server refuses what would break a running workshop ([U1]–[U4]). */
export function updateSetup(
  id: string,
  token: string,
  setup: WorkshopSetup,
): Promise<{ workshop: WorkshopPublic; run: RunState }> {
  return apiRequest(`/workshops/${encodeURIComponent(id)}/setup`, {
    method: 'PUT',
    token,
    body: setup,
  });
}

export function lookupJoinCode(code: string): Promise<JoinLookupResponse> {
  return apiRequest('/join/lookup', { body: { code } });
}

export function joinWorkshop(request: JoinRequest): Promise<JoinResponse> {
  return apiRequest('/join', { body: request });
}

export function fetchMe(
  token: string,
): Promise<{ participant: ParticipantSelf; workshopId: string }> {
  return apiRequest('/me', { token });
}
