import type { ApiErrorCode, ErrorParams } from '@samskap/shared/errors';

export type { ApiErrorCode, ErrorParams };

/** Codes that never reach a reader: start-up configuration, the sync socket's close reason, a closed room. */
export const INTERNAL_ERROR_CODES = ['config_invalid', 'bad_message', 'room_closed'] as const;
export type InternalErrorCode = (typeof INTERNAL_ERROR_CODES)[number];

/** The code an API answer may carry for `code`: an internal one is answered as `internal`. */
export function answerableCode(code: ApiErrorCode | InternalErrorCode): ApiErrorCode {
  return (INTERNAL_ERROR_CODES as readonly string[]).includes(code)
    ? 'internal'
    : (code as ApiErrorCode);
}

/** An error with a stable string code, for logs and for API answers. */
export class AppError extends Error {
  readonly code: ApiErrorCode | InternalErrorCode;
  constructor(code: ApiErrorCode | InternalErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

/** Configuration from the environment did not validate: start-up stops. */
export class ConfigError extends AppError {
  constructor(message: string) {
    super('config_invalid', message);
    this.name = 'ConfigError';
  }
}

/** Storage could not read or write. */
export class StorageError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super('storage_failed', message, options);
    this.name = 'StorageError';
  }
}

/** What a refusal carries besides its code and sentence. */
export interface ApiProblemExtra {
  /** The numbers and names the client's sentence needs, worded in the reader's language. */
  readonly params?: ErrorParams;
  /** More for the client to show (every problem in a refused file, for instance). */
  readonly details?: unknown;
}

/**
 * A refusal the API answers with: an HTTP status, a stable code the client translates (one of
 * the lists in `@samskap/shared/errors`), a sentence in English for logs and tools, the field at
 * fault where there is one, and the parameters the client's sentence needs.
 */
export class ApiProblem extends AppError {
  declare readonly code: ApiErrorCode;
  readonly params: ErrorParams | undefined;
  readonly details: unknown;

  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    code: ApiErrorCode,
    message: string,
    readonly field?: string,
    extra: ApiProblemExtra = {},
  ) {
    super(code, message);
    this.name = 'ApiProblem';
    this.params = extra.params;
    this.details = extra.details;
  }
}
