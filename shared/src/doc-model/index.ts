export { createDoc } from './doc';
