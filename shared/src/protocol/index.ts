export { CloseCode, TERMINAL_CLOSE_CODES } from './closeCodes';
export type { CloseCodeValue } from './closeCodes';
export { MessageType, ROOM_NAME_PATTERN, SYNC_PATH_PREFIX } from './messages';
export type { MessageTypeValue } from './messages';
export { contentRoom, workshopOfContentRoom } from './rooms';
