import {
  OPPDRAG_IMPORT_PROBLEM_CODES,
  type Judgement,
  type OppdragImportProblem,
  type OppdragInput,
  type OppdragSettings,
  type OppdragView,
  type OwnPoints,
  type ProposalAction,
  type ProposalRequest,
} from '@samskap/shared/oppdrag';
import { apiRequest, ApiRequestError } from '../../api/http';

/** The server refused a file whole; every problem it found is here. */
export class OppdragImportRefusedError extends ApiRequestError {
  readonly problems: readonly OppdragImportProblem[];

  constructor(status: number, message: string, problems: readonly OppdragImportProblem[]) {
    super('import_refused', status, message);
    this.name = 'OppdragImportRefusedError';
    this.problems = problems;
  }
}

function isProblem(value: unknown): value is OppdragImportProblem {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.line === 'number' &&
    (OPPDRAG_IMPORT_PROBLEM_CODES as readonly unknown[]).includes(p.code) &&
    typeof p.params === 'object' &&
    p.params !== null &&
    (p.field === undefined || typeof p.field === 'string')
  );
}

const base = (workshopId: string) => `/workshops/${encodeURIComponent(workshopId)}/oppdrag`;
const seg = encodeURIComponent;

export function fetchOppdrag(workshopId: string, token: string, signal?: AbortSignal) {
  return apiRequest<OppdragView>(base(workshopId), { token, ...(signal ? { signal } : {}) });
}

/** The problems in an `import_refused` refusal's details, or none if we do not understand them. */
function problemsIn(details: unknown): OppdragImportProblem[] {
  const problems = (details as { problems?: unknown } | null | undefined)?.problems;
  return Array.isArray(problems) ? problems.filter(isProblem) : [];
}

/** Sends the file's raw bytes (BOM and encoding as Excel wrote them); the server takes all or none. */
export async function importOppdrag(
  workshopId: string,
  token: string,
  bytes: ArrayBuffer,
): Promise<{ imported: number }> {
  try {
    return await apiRequest<{ imported: number }>(`${base(workshopId)}/import`, {
      token,
      method: 'POST',
      raw: { data: bytes, contentType: 'text/csv' },
    });
  } catch (err) {
    if (err instanceof ApiRequestError && err.code === 'import_refused') {
      throw new OppdragImportRefusedError(err.status, err.message, problemsIn(err.details));
    }
    throw err;
  }
}

export function addOppdrag(workshopId: string, token: string, input: OppdragInput) {
  return apiRequest<{ id: string }>(`${base(workshopId)}/items`, { token, body: input });
}

export function updateOppdrag(
  workshopId: string,
  token: string,
  oppdragId: string,
  input: OppdragInput,
) {
  return apiRequest(`${base(workshopId)}/items/${seg(oppdragId)}`, {
    token,
    method: 'PUT',
    body: input,
  });
}

export function removeOppdrag(workshopId: string, token: string, oppdragId: string) {
  return apiRequest(`${base(workshopId)}/items/${seg(oppdragId)}/remove`, { token, body: {} });
}

export function saveOppdragSettings(workshopId: string, token: string, settings: OppdragSettings) {
  return apiRequest(`${base(workshopId)}/settings`, { token, method: 'PUT', body: settings });
}

export function putJudgement(
  workshopId: string,
  token: string,
  tableId: string,
  goalId: string,
  judgement: Judgement | null,
) {
  return apiRequest(`${base(workshopId)}/tables/${seg(tableId)}/judgements/${seg(goalId)}`, {
    token,
    method: 'PUT',
    body: { judgement },
  });
}

export function putLink(
  workshopId: string,
  token: string,
  tableId: string,
  link: { goalId: string; oppdragId: string; linked: boolean },
) {
  return apiRequest(`${base(workshopId)}/tables/${seg(tableId)}/links`, {
    token,
    method: 'PUT',
    body: link,
  });
}

export function askQuestion(
  workshopId: string,
  token: string,
  tableId: string,
  question: { oppdragId: string; text: string },
) {
  return apiRequest(`${base(workshopId)}/tables/${seg(tableId)}/questions`, {
    token,
    body: question,
  });
}

export function propose(workshopId: string, token: string, tableId: string, p: ProposalRequest) {
  return apiRequest(`${base(workshopId)}/tables/${seg(tableId)}/proposals`, { token, body: p });
}

export function proposalAction(
  workshopId: string,
  token: string,
  proposalId: string,
  action: ProposalAction,
) {
  return apiRequest(`${base(workshopId)}/proposals/${seg(proposalId)}`, { token, body: action });
}

export function pointsAction(workshopId: string, token: string, action: 'open' | 'close') {
  return apiRequest(`${base(workshopId)}/points`, { token, body: { action } });
}

export async function fetchOwnPoints(workshopId: string, token: string) {
  return (await apiRequest<{ points: OwnPoints[] }>(`${base(workshopId)}/points/own`, { token }))
    .points;
}

export async function givePoints(
  workshopId: string,
  token: string,
  proposalId: string,
  points: number,
) {
  return (
    await apiRequest<{ points: OwnPoints[] }>(`${base(workshopId)}/points/${seg(proposalId)}`, {
      token,
      method: 'PUT',
      body: { points },
    })
  ).points;
}
