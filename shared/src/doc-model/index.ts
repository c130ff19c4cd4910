export { createDoc } from './doc';
export {
  AmbitionLimits,
  AmbitionSchemaNames,
  PLENARY,
  ambitionFragment,
  ambitionRootName,
  ambitionText,
  formatGoalTags,
  goalCoverage,
  observeAmbitionsDisplay,
  parseAmbitionsRoot,
  parseGoalTags,
  promoteToPlenary,
  promotedBlocks,
  readAmbitionBlocks,
  readAmbitionsDisplay,
  seedGapTemplate,
  setBlockGoals,
  writeAmbitionsDisplay,
} from './ambitions';
export type {
  AmbitionBlock,
  AmbitionsRoot,
  AmbitionTarget,
  AmbitionsDisplay,
  CoverageArea,
  GapTemplate,
  GoalCoverage,
  Promotion,
  PromotedBlock,
} from './ambitions';
export { plainText, richJsonToYXml, walkElements } from './richText';
export type { RichNodeJson } from './richText';
export { docPartOf, mayWriteRoot } from './rights';
export type { ContentScope, ContentWriter, DocPart } from './rights';
