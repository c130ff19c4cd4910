export { healthSchema } from './health';
export type { Health } from './health';
