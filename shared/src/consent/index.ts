export {
  CONSENT_SCALE,
  consentActionSchema,
  consentAnswerSchema,
  ConsentLimits,
  consentSubjectSchema,
  consentValueSchema,
  createConsentCheckSchema,
} from './model';
export type {
  ConsentCheck,
  ConsentCounts,
  ConsentSubject,
  ConsentValue,
  CreateConsentCheck,
} from './model';
export {
  fitStatement,
  statementBlockSchema,
  statementBlocksSchema,
  statementFromRichText,
  statementFromText,
  StatementLimits,
  statementText,
} from './statement';
export type { StatementBlock } from './statement';
