export {
  apiErrorSchema,
  createWorkshopRequestSchema,
  facilitatorActionSchema,
  joinCodeSchema,
  joinLookupRequestSchema,
  joinRequestSchema,
} from './api';
export type {
  ApiError,
  CreateWorkshopResponse,
  FacilitatorAction,
  JoinLookupResponse,
  JoinRequest,
  JoinResponse,
  ParticipantSelf,
  WorkshopPublic,
} from './api';
export {
  formatJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  JOIN_CODE_PATTERN,
  normalizeJoinCode,
} from './joinCode';
export {
  AUTH_SUBPROTOCOL_PREFIX,
  LIVE_PATH_PREFIX,
  liveMessageEnvelopeSchema,
  liveStateCoreSchema,
  SUBPROTOCOL,
  websocketProtocols,
} from './live';
export type {
  Attendance,
  Capability,
  LiveMessage,
  LiveSections,
  LiveState,
  ParticipantSummary,
} from './live';
export {
  activitySchema,
  focusAreaSchema,
  goalSchema,
  INITIAL_STAGE,
  languageSchema,
  modeSchema,
  periodSchema,
  phaseSchema,
  roleSchema,
  runStateSchema,
  stageSchema,
  tableSchema,
  timerRemainingMs,
  timerSchema,
  WorkshopLimits,
  workshopSetupSchema,
} from './model';
export type {
  Activity,
  FocusArea,
  Goal,
  Language,
  ParticipantRole,
  Period,
  Phase,
  RunState,
  StageState,
  Timer,
  WorkshopMode,
  WorkshopSetup,
  WorkshopSetupInput,
  WorkshopTable,
} from './model';
export { isPlainLine, isPlainText, PLAIN_LINE_MESSAGE, PLAIN_TEXT_MESSAGE } from './plainText';
