export {
  FUNDINGS,
  fundingSchema,
  judgementRequestSchema,
  judgementSchema,
  JUDGEMENTS,
  linkRequestSchema,
  OPPDRAG_KINDS,
  oppdragInputSchema,
  oppdragKindSchema,
  OppdragLimits,
  pointsActionSchema,
  pointsRequestSchema,
  proposalActionSchema,
  proposalRequestSchema,
  questionRequestSchema,
  settingsSchema,
} from './model';
export type {
  Funding,
  GainQuestion,
  Judgement,
  Oppdrag,
  OppdragFields,
  OppdragInput,
  OppdragKind,
  OppdragSettings,
  OppdragView,
  OwnPoints,
  PointsStatus,
  PointsView,
  Proposal,
  ProposalAction,
  ProposalPoints,
  ProposalRequest,
  TableFocus,
  TableLink,
  TableWork,
} from './model';
export { buildOppdragMatrix, goalsForTable } from './matrix';
export type { CellOppdrag, MatrixRow, OppdragMatrix } from './matrix';
export { OPPDRAG_IMPORT_PROBLEM_CODES } from './importProblems';
export type { OppdragImportProblem, OppdragImportProblemCode } from './importProblems';
