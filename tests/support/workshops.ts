import type { APIRequestContext } from '@playwright/test';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type {
  CreateWorkshopResponse,
  JoinRequest,
  JoinResponse,
  WorkshopSetupInput,
} from '@samskap/shared/workshop';

/**
 * Sets up what a scenario needs but is not about: a workshop made through the real API (from
 * the Planstrategi template, with changes), a participant joined by the API, an action.
 */
export async function createWorkshop(
  request: APIRequestContext,
  changes: Partial<WorkshopSetupInput> = {},
): Promise<CreateWorkshopResponse> {
  const setup = { ...planstrategiTemplate('nb', 2028), ...changes };
  const response = await request.post('/api/workshops', { data: setup });
  if (response.status() !== 201) throw new Error(`create: ${response.status()}`);
  return (await response.json()) as CreateWorkshopResponse;
}

export async function joinByApi(
  request: APIRequestContext,
  join: JoinRequest,
): Promise<JoinResponse> {
  const response = await request.post('/api/join', { data: join });
  if (response.status() !== 201) throw new Error(`join: ${response.status()}`);
  return (await response.json()) as JoinResponse;
}

export async function endWorkshop(
  request: APIRequestContext,
  created: CreateWorkshopResponse,
): Promise<void> {
  const response = await request.post(`/api/workshops/${created.workshop.id}/actions`, {
    data: { type: 'workshop.end' },
    headers: { authorization: `Bearer ${created.facilitatorToken}` },
  });
  if (!response.ok()) throw new Error(`end: ${response.status()}`);
}
