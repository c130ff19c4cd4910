/**
 * The y-websocket wire protocol: the first varUint of every binary frame says what follows.
 * These are the values the stock `y-websocket` client uses; they are defined here once and
 * nowhere else.
 */
export const MessageType = {
  /** y-protocols/sync: step 1 (state vector), step 2 (missing updates) or an update. */
  sync: 0,
  /** y-protocols/awareness: presence states (cursor, name, colour). */
  awareness: 1,
  /** y-protocols/auth: the server tells the client that a permission was denied. */
  auth: 2,
  /** Ask the server for every known awareness state. */
  queryAwareness: 3,
} as const;

export type MessageTypeValue = (typeof MessageType)[keyof typeof MessageType];

/** Where the sync websocket is mounted; the room name follows the slash. */
export const SYNC_PATH_PREFIX = '/sync/';

/** Room names: letters, digits and `-_.:/`, bounded, so that they are safe as keys and in logs. */
export const ROOM_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
