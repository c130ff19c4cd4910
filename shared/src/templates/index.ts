export {
  FJORDVIK_FOCUS_AREAS,
  fromSamfunnsdelImport,
  planstrategiTemplate,
  samfunnsdelImportSchema,
} from './planstrategi';
export type { SamfunnsdelImport } from './planstrategi';
