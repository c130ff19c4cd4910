import { parseWithoutEval } from '@samskap/shared/schemas';

// Imported first by main.tsx, before any module can parse with zod at load time: the page's
// policy forbids eval (server/README [H1]), and zod probes for it on its first parse.
parseWithoutEval();
