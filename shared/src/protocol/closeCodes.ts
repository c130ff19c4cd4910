/**
 * Websocket close codes, defined once for client and server. 4000–4999 are ours; the rest are
 * the standard codes the server also sends.
 */
export const CloseCode = {
  /** Normal closure. */
  normal: 1000,
  /** The server is shutting down or restarting: reconnect later. */
  goingAway: 1001,
  /** A frame larger than the configured maximum message size. */
  messageTooBig: 1009,
  /** A frame that could not be decoded, or an update that could not be applied. */
  badMessage: 4400,
  /** No valid credential was presented. */
  unauthenticated: 4401,
  /** The credential is valid but does not allow this room, or it was revoked. */
  forbidden: 4403,
  /** The room does not exist. */
  notFound: 4404,
  /**
   * Over a bound of size: an awareness state larger than allowed, or an update that would leave
   * more waiting for its missing parts than allowed.
   */
  tooLarge: 4413,
  /** Too many messages in too short a time, or too many waiting while the room loads. */
  rateLimited: 4429,
  /** The server failed on its side (storage); the client may reconnect. */
  serverError: 4500,
  /**
   * This room's stored state cannot be loaded (or its document could not be kept consistent);
   * the room is closed and logged, the rest of the server goes on. Reconnecting later may work.
   */
  roomUnavailable: 4503,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which a client should not reconnect on its own. */
export const TERMINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.unauthenticated,
  CloseCode.forbidden,
  CloseCode.notFound,
]);
