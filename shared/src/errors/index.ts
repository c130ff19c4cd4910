export {
  API_ERROR_CODES,
  ARGUMENTS_ERROR_CODES,
  COMMON_ERROR_CODES,
  CONSENT_ERROR_CODES,
  EVALUERING_ERROR_CODES,
  isErrorCode,
  PLANBEHOV_ERROR_CODES,
  TRANSFER_ERROR_CODES,
  WORKSHOP_ERROR_CODES,
} from './codes';
export type {
  ApiErrorCode,
  ArgumentsErrorCode,
  CommonErrorCode,
  ConsentErrorCode,
  ErrorParams,
  EvalueringErrorCode,
  PlanbehovErrorCode,
  TransferErrorCode,
  WorkshopErrorCode,
} from './codes';
