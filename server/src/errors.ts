/** An error with a stable string code, for logs and for API answers. */
export class AppError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: ErrorOptions) {
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

/**
 * A refusal the API answers with: an HTTP status, a stable code the client translates, a
 * sentence in English for logs and tools, and the field at fault where there is one.
 */
export class ApiProblem extends AppError {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    code: string,
    message: string,
    readonly field?: string,
    /** More for the client to show (every problem in a refused file, for instance). */
    readonly details?: unknown,
  ) {
    super(code, message);
    this.name = 'ApiProblem';
  }
}
