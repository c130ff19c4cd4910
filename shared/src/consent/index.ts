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
