import type {
  ChooseBaseline,
  EvaluationAction,
  EvaluationAnswer,
  EvaluationAnswerInput,
  EvaluationView,
} from '@samskap/shared/evaluering';
import { apiRequest } from '../../api/http';

/* One function per endpoint of the evaluation API (server/src/evaluering/routes.ts). */

function base(workshopId: string): string {
  return `/workshops/${encodeURIComponent(workshopId)}/evaluering`;
}

export function fetchEvaluation(workshopId: string, token: string): Promise<EvaluationView> {
  return apiRequest(base(workshopId), { token });
}

export function saveStatements(
  workshopId: string,
  token: string,
  statements: string[] | null,
): Promise<{ statements: string[]; edited: boolean }> {
  return apiRequest(`${base(workshopId)}/statements`, {
    method: 'PUT',
    token,
    body: { statements },
  });
}

export function evaluationAction(
  workshopId: string,
  token: string,
  action: EvaluationAction,
): Promise<{ ok: true }> {
  return apiRequest(`${base(workshopId)}/actions`, { token, body: { action } });
}

export function chooseBaseline(
  workshopId: string,
  token: string,
  choice: ChooseBaseline,
): Promise<{ ok: true }> {
  return apiRequest(`${base(workshopId)}/baseline`, { method: 'PUT', token, body: choice });
}

export function fetchOwnAnswer(
  workshopId: string,
  token: string,
): Promise<{ answer: EvaluationAnswer | null }> {
  return apiRequest(`${base(workshopId)}/answer`, { token });
}

export function sendAnswer(
  workshopId: string,
  token: string,
  answer: EvaluationAnswerInput,
): Promise<{ answer: EvaluationAnswer | null }> {
  return apiRequest(`${base(workshopId)}/answer`, { method: 'PUT', token, body: answer });
}
