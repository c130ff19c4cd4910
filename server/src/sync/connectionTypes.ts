import type { WriteRights } from './writeGuard';

/** Who is on the other end of a connection, as the authentication hook decided. */
export interface ConnectionIdentity {
  /** The participant the connection acts for; null for anonymous or server-side tools. */
  participantId: string | null;
  /**
   * Asked for every update: a read-only connection (the projector, a locked or ended workshop)
   * gets every update, but its own are dropped.
   */
  canWrite: () => boolean;
  /**
   * [W4] Which top-level parts of the document this connection may change, by name; asked for
   * each part an update touches. Changes to other parts are undone by the server. Absent: all.
   */
  writeRights?: WriteRights;
  /**
   * What this connection's awareness state says about who it is. When set, the server writes
   * it into every awareness state the connection sends, so nobody can appear as someone else.
   */
  awarenessUser: Record<string, unknown> | null;
  /**
   * Who holds the credential, the same for every connection made with it (for instance
   * `participant:<id>`): connections are counted per holder, and a Yjs client id belongs to the
   * holder who first used it in a room ([S14], [S15]). Absent: counted and owned per connection.
   */
  holder?: string | null;
}

/**
 * What a room needs of a connection; the websocket one lives in `socketConnection.ts`. What a
 * room learns about a connection (its presence's client id, dropped writes) the room keeps
 * ([S16]): a connection carries no room's state.
 */
export interface RoomConnection {
  readonly id: string;
  readonly identity: ConnectionIdentity;
  /**
   * Queues a frame. `sent`, when given, is called once the frame has been handed to the socket
   * (or dropped because the socket is gone): a room waits for it before heavy work ([S9]).
   */
  send(message: Uint8Array, sent?: () => void): void;
  close(code: number, reason: string): void;
}
