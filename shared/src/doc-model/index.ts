export { createDoc } from './doc';
export {
  AmbitionLimits,
  AmbitionSchemaNames,
  PLENARY,
  ambitionFragment,
  ambitionText,
  formatGoalTags,
  goalCoverage,
  observeAmbitionsDisplay,
  parseGoalTags,
  promoteToPlenary,
  promotedBlocks,
  readAmbitionsDisplay,
  seedGapTemplate,
  setBlockGoals,
  writeAmbitionsDisplay,
} from './ambitions';
export type {
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
