export {
  API_ERROR_CODES,
  ARGUMENTS_ERROR_CODES,
  COMMON_ERROR_CODES,
  CONSENT_ERROR_CODES,
  isErrorCode,
  OPPDRAG_ERROR_CODES,
  PLANBEHOV_ERROR_CODES,
  RUNDEBORD_ERROR_CODES,
  TRANSFER_ERROR_CODES,
  WORKSHOP_ERROR_CODES,
} from './codes';
export type {
  ApiErrorCode,
  ArgumentsErrorCode,
  CommonErrorCode,
  ConsentErrorCode,
  ErrorParams,
  OppdragErrorCode,
  PlanbehovErrorCode,
  RundebordErrorCode,
  TransferErrorCode,
  WorkshopErrorCode,
} from './codes';
