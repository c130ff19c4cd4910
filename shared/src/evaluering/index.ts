export {
  chooseBaselineSchema,
  DEFAULT_STATEMENTS,
  evaluationActionSchema,
  evaluationAnswerSchema,
  evaluationBaselineSchema,
  evaluationCountsSchema,
  evaluationExportSchema,
  EvaluationLimits,
  evaluationStatementsSchema,
  scaleCountsSchema,
  scaleValueSchema,
} from './model';
export type {
  ChooseBaseline,
  EvaluationAction,
  EvaluationAnswer,
  EvaluationAnswerInput,
  EvaluationBaseline,
  EvaluationCounts,
  EvaluationExport,
  EvaluationResult,
  EvaluationStatements,
  EvaluationView,
  ScaleCounts,
  StatementChange,
} from './model';
export { compareWithBaseline, countAnswers, scaleMean, statementKey } from './rules';
