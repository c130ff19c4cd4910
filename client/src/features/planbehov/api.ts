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

/** The problems in an `import_refused` refusal's details, or none if we do not understand them. */
function problemsIn(details: unknown): ImportProblem[] {
  const problems = (details as { problems?: unknown } | null | undefined)?.problems;
  return Array.isArray(problems) ? problems.filter(isProblem) : [];
}

/** Replaces the plan list with a CSV file's plans, or refuses the whole file. */
export async function importPlans(
  workshopId: string,
  token: string,
  bytes: ArrayBuffer,
): Promise<{ imported: number }> {
  // The file's raw bytes, so the server sees the BOM and the encoding as Excel wrote them.
  try {
    return await apiRequest(`${base(workshopId)}/import`, {
      token,
      method: 'POST',
      raw: { data: bytes, contentType: 'text/csv' },
    });
  } catch (err) {
    if (err instanceof ApiRequestError && err.code === 'import_refused') {
      throw new ImportRefusedError(err.status, err.message, problemsIn(err.details));
    }
    throw err;
  }
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
  await apiRequest(`${base(workshopId)}/plans/${encodeURIComponent(planId)}`, {
    token,
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
  return (await apiRequest<{ ballots: OwnBallot[] }>(path, { token, method: 'DELETE' })).ballots;
}

/** [P3] Widens the workshop's period to hold every year the list proposes. */
export async function widenPeriod(workshopId: string, token: string) {
  return apiRequest<{ period: { start: number; end: number } }>(
    `${base(workshopId)}/widen-period`,
    { token, body: {} },
  );
}
