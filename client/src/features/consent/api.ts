import type { ConsentSubject, ConsentValue, StatementBlock } from '@samskap/shared/consent';
import { apiRequest } from '../../api/http';

/*
 * One function per endpoint of the consent API (server/src/consent/routes.ts). The checks
 * themselves arrive on the live channel (`state.consent`); these only act.
 */

export type ConsentAction = 'close' | 'reopen' | 'reveal' | 'hide';

/** The caller's own answers, by check id: the only individual answers that leave the server. */
export type OwnAnswers = Readonly<Record<string, number>>;

function base(workshopId: string): string {
  return `/workshops/${encodeURIComponent(workshopId)}/consent`;
}

export function createConsentCheck(
  workshopId: string,
  token: string,
  subject: ConsentSubject,
  statement: string | readonly StatementBlock[],
): Promise<{ id: string }> {
  // [K3] A statement with structure goes as blocks; the server derives the plain text.
  const body =
    typeof statement === 'string' ? { subject, statement } : { subject, blocks: statement };
  return apiRequest(base(workshopId), { token, body });
}

export function consentCheckAction(
  workshopId: string,
  token: string,
  checkId: string,
  action: ConsentAction,
): Promise<{ ok: true }> {
  return apiRequest(`${base(workshopId)}/${encodeURIComponent(checkId)}/actions`, {
    token,
    body: { action },
  });
}

export function fetchOwnAnswers(
  workshopId: string,
  token: string,
): Promise<{ answers: OwnAnswers }> {
  return apiRequest(`${base(workshopId)}/answers`, { token });
}

export function answerConsentCheck(
  workshopId: string,
  token: string,
  checkId: string,
  value: ConsentValue,
): Promise<{ answers: OwnAnswers }> {
  return apiRequest(`${base(workshopId)}/${encodeURIComponent(checkId)}/answer`, {
    method: 'PUT',
    token,
    body: { value },
  });
}
