import type { ErrorParams } from '@samskap/shared/errors';
import { apiErrorSchema } from '@samskap/shared/workshop';

/**
 * A refused or failed API call. `code` is the server's stable code (`unknown_code`,
 * `table_full`, …), or `network` when no answer came and `bad_response` when the answer was not
 * one we understand; the UI turns it into words with `apiErrorMessage`.
 */
export class ApiRequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;
  /** What the reader's sentence names (`{{mib}}`, `{{number}}`), as the server sent it. */
  readonly params: Readonly<ErrorParams>;

  constructor(
    code: string,
    status: number,
    message: string,
    field?: string,
    params: Readonly<ErrorParams> = {},
  ) {
    super(message);
    this.name = 'ApiRequestError';
    this.code = code;
    this.status = status;
    this.field = field;
    this.params = params;
  }
}

export interface ApiRequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT';
  readonly body?: unknown;
  /** A capability token: sent as `Authorization: Bearer`, never in the URL. */
  readonly token?: string;
  readonly signal?: AbortSignal;
  /** For tests: a fetch other than the global one. */
  readonly fetchImpl?: typeof fetch;
}

/** Calls `/api<path>` with JSON in and out; throws `ApiRequestError` on anything but 2xx. */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const doFetch = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`/api${path}`, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiRequestError('network', 0, 'The server could not be reached.');
  }
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // An empty or non-JSON body: handled below by status.
  }
  if (response.ok) return payload as T;
  const parsed = apiErrorSchema.safeParse(payload);
  if (parsed.success) {
    const { code, message, field, params } = parsed.data.error;
    throw new ApiRequestError(code, response.status, message, field, params);
  }
  throw new ApiRequestError('bad_response', response.status, `HTTP ${response.status}`);
}
