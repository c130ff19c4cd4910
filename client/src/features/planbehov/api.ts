import {
  IMPORT_PROBLEM_CODES,
  type BallotInput,
  type ImportProblem,
  type OwnBallot,
  type PlanInput,
  type VotingAction,
  type VotingSettings,
  type VotingState,
} from '@samskap/shared/planbehov';
import { apiRequest, ApiRequestError } from '../../api/http';

export type { ImportProblem };

/** The server refused a file whole; every problem it found is here. */
export class ImportRefusedError extends ApiRequestError {
  readonly problems: readonly ImportProblem[];

  constructor(status: number, message: string, problems: readonly ImportProblem[]) {
    super('import_refused', status, message);
    this.name = 'ImportRefusedError';
    this.problems = problems;
  }
}

function base(workshopId: string): string {
  return `/workshops/${encodeURIComponent(workshopId)}/planbehov`;
}

function isProblem(value: unknown): value is ImportProblem {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.line === 'number' &&
    typeof p.message === 'string' &&
    (IMPORT_PROBLEM_CODES as readonly unknown[]).includes(p.code) &&
    typeof p.params === 'object' &&
    p.params !== null &&
    (p.field === undefined || typeof p.field === 'string')
  );
}

/** The problems in an `import_refused` body, or none if the body is not one we understand. */
export function importProblemsOf(payload: unknown): ImportProblem[] {
  const details = (payload as { error?: { details?: { problems?: unknown } } } | null)?.error
    ?.details;
  const problems = details?.problems;
  return Array.isArray(problems) ? problems.filter(isProblem) : [];
}

/*
 * `apiRequest` speaks JSON and GET/POST/PUT only; the import sends the file's raw bytes (so the
 * server sees the BOM and the encoding as Excel wrote them) and deletes need DELETE.
 */
async function rawRequest<T>(
  path: string,
  token: string,
  init: { method: 'POST' | 'DELETE'; body?: ArrayBuffer; contentType?: string },
): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    authorization: `Bearer ${token}`,
  };
  if (init.contentType) headers['content-type'] = init.contentType;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: init.method,
      headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
  } catch {
    throw new ApiRequestError('network', 0, 'The server could not be reached.');
  }
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // Not JSON: judged by status below.
  }
  if (response.ok) return payload as T;
  const error = (payload as { error?: { code?: unknown; message?: unknown; field?: unknown } })
    ?.error;
  if (typeof error?.code !== 'string') {
    throw new ApiRequestError('bad_response', response.status, `HTTP ${response.status}`);
  }
  const message = typeof error.message === 'string' ? error.message : error.code;
  if (error.code === 'import_refused') {
    throw new ImportRefusedError(response.status, message, importProblemsOf(payload));
  }
  const field = typeof error.field === 'string' ? error.field : undefined;
  throw new ApiRequestError(error.code, response.status, message, field);
}

/** Replaces the plan list with a CSV file's plans, or refuses the whole file. */
export async function importPlans(
  workshopId: string,
  token: string,
  bytes: ArrayBuffer,
): Promise<{ imported: number }> {
  return rawRequest(`${base(workshopId)}/import`, token, {
    method: 'POST',
    body: bytes,
    contentType: 'text/csv',
  });
}

export async function addPlan(workshopId: string, token: string, plan: PlanInput) {
  return apiRequest<{ id: string }>(`${base(workshopId)}/plans`, { token, body: plan });
}

export async function updatePlan(
  workshopId: string,
  token: string,
  planId: string,
  plan: PlanInput,
): Promise<void> {
  await apiRequest(`${base(workshopId)}/plans/${encodeURIComponent(planId)}`, {
    token,
    method: 'PUT',
    body: plan,
  });
}

export async function deletePlan(workshopId: string, token: string, planId: string) {
  await rawRequest(`${base(workshopId)}/plans/${encodeURIComponent(planId)}`, token, {
    method: 'DELETE',
  });
}

export async function saveSettings(workshopId: string, token: string, settings: VotingSettings) {
  return apiRequest<VotingState>(`${base(workshopId)}/settings`, {
    token,
    method: 'PUT',
    body: settings,
  });
}

export async function votingAction(workshopId: string, token: string, action: VotingAction) {
  return apiRequest<VotingState>(`${base(workshopId)}/voting`, { token, body: { action } });
}

export async function fetchComments(workshopId: string, token: string) {
  return apiRequest<{ comments: Array<{ planId: string; comments: string[] }> }>(
    `${base(workshopId)}/comments`,
    { token },
  );
}

export async function fetchOwnBallots(workshopId: string, token: string): Promise<OwnBallot[]> {
  return (await apiRequest<{ ballots: OwnBallot[] }>(`${base(workshopId)}/ballots`, { token }))
    .ballots;
}

export async function castBallot(
  workshopId: string,
  token: string,
  planId: string,
  ballot: BallotInput,
): Promise<OwnBallot[]> {
  const path = `${base(workshopId)}/ballots/${encodeURIComponent(planId)}`;
  return (await apiRequest<{ ballots: OwnBallot[] }>(path, { token, method: 'PUT', body: ballot }))
    .ballots;
}

export async function withdrawBallot(
  workshopId: string,
  token: string,
  planId: string,
): Promise<OwnBallot[]> {
  const path = `${base(workshopId)}/ballots/${encodeURIComponent(planId)}`;
  return (await rawRequest<{ ballots: OwnBallot[] }>(path, token, { method: 'DELETE' })).ballots;
}

/** [P3] Widens the workshop's period to hold every year the list proposes. */
export async function widenPeriod(workshopId: string, token: string) {
  return apiRequest<{ period: { start: number; end: number } }>(
    `${base(workshopId)}/widen-period`,
    { token, body: {} },
  );
}
