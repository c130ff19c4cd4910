export { healthSchema } from './health';
export type { Health } from './health';
export { parseWithoutEval } from './strictCsp';
