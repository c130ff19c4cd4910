import { config } from 'zod/v4';

/*
 * zod as the browser build imports it: `client/vite.config.ts` resolves every `import … from
 * 'zod'` (the shared schemas' too) to this module. zod's fast path compiles validators with
 * `new Function`, which the pages' Content-Security-Policy forbids (server/README [H1]); even
 * its probe for eval is reported as a violation. Switching it off here, in the module every
 * zod user imports, runs before any schema in any chunk can parse — a call from the entry would
 * run only after the chunks it imports, which may parse while they load.
 */
config({ jitless: true });

// A re-export of the whole library is this module's purpose: it stands in for 'zod' itself.
// eslint-disable-next-line no-restricted-syntax
export * from 'zod/v4';
