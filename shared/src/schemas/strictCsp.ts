import { config } from 'zod';

/**
 * Makes zod validate without generating code. Its fast path compiles validators with
 * `new Function`, which the pages' Content-Security-Policy (no `'unsafe-eval'`) forbids: the
 * probe alone is reported as a violation. Call once, before the first parse, in the browser.
 */
export function parseWithoutEval(): void {
  config({ jitless: true });
}
