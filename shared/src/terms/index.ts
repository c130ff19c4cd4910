export { TERMS } from './terms';
export type { Terms } from './terms';
