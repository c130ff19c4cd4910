import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stdout. Tokens, tickets and participant names never go in: request
 * logs carry the path without its query string, and these keys are redacted wherever they occur.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: [
        'token',
        'ticket',
        'name',
        'displayName',
        '*.token',
        '*.ticket',
        '*.displayName',
        'headers.authorization',
        'req.headers.authorization',
      ],
      censor: '[redacted]',
    },
  });
}
