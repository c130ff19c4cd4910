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
  /** More the server sent with the refusal (every problem in a refused file, for instance). */
  readonly details: unknown;

  constructor(
    code: string,
    status: number,
    message: string,
    field?: string,
    params: Readonly<ErrorParams> = {},
    details?: unknown,
  ) {
    super(message);
    this.name = 'ApiRequestError';
    this.code = code;
    this.status = status;
    this.field = field;
    this.params = params;
    this.details = details;
  }
}

/** Bytes sent as they are (a CSV file as Excel wrote it, an export file), with their type. */
export interface RawBody {
  readonly data: ArrayBuffer | Blob | string;
  readonly contentType: string;
}

export interface ApiRequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as they are, instead of `body`. */
  readonly raw?: RawBody;
  /** A capability token: sent as `Authorization: Bearer`, never in the URL. */
  readonly token?: string;
  readonly signal?: AbortSignal;
  /** For tests: a fetch other than the global one. */
  readonly fetchImpl?: typeof fetch;
}

/** Sends the call; answers the response if it is 2xx, else throws `ApiRequestError`. */
async function send(path: string, options: ApiRequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.raw !== undefined) {
    headers['content-type'] = options.raw.contentType;
    body = options.raw.data;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const doFetch = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`/api${path}`, {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      ...(body !== undefined ? { body } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiRequestError('network', 0, 'The server could not be reached.');
  }
  if (response.ok) return response;
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // An empty or non-JSON body: judged by status below.
  }
  const parsed = apiErrorSchema.safeParse(payload);
  if (parsed.success) {
    const { code, message, field, params, details } = parsed.data.error;
    throw new ApiRequestError(code, response.status, message, field, params, details);
  }
  throw new ApiRequestError('bad_response', response.status, `HTTP ${response.status}`);
}

/**
 * Calls `/api<path>` with JSON (or raw bytes) in and JSON out, with any method; throws
 * `ApiRequestError` on anything but 2xx.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  try {
    return (await response.json()) as T;
  } catch {
    // An empty body (204, or a DELETE that answers nothing).
    return null as T;
  }
}

/** The name the server gave a file, from its Content-Disposition. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename="([^"]+)"/);
  return match ? match[1]! : fallback;
}

/** A file the API answered with, and the name the server gave it. */
export interface ApiFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/** Fetches a file from `/api<path>` (a download that needs a token); refusals as `apiRequest`. */
export async function apiDownload(
  path: string,
  fallbackName: string,
  options: ApiRequestOptions = {},
): Promise<ApiFile> {
  const response = await send(path, options);
  const fileName = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
  return { blob: await response.blob(), fileName };
}
