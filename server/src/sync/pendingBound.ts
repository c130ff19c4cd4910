import { CloseCode } from '@samskap/shared/protocol';
import type * as Y from 'yjs';
import type { SyncLimits } from '../config';
import type { Logger } from '../log';
import type { RoomConnection } from './connectionTypes';
import { dropPending, pendingBytes } from './guardedApply';

/**
 * [S12] Keeps what Yjs holds back for missing parts within bounds, for one room: past
 * `maxPendingBytes` it is dropped and the connection that sent the last of it is closed (4413);
 * what still waits `maxPendingAgeMs` after it first appeared is dropped for the room. Each is
 * logged once, when it happens. Dropping is safe: pending bytes were never integrated, stored
 * or sent.
 */
export class PendingBound {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly room: string,
    /** The room's document, or null once the room is gone. */
    private readonly doc: () => Y.Doc | null,
    private readonly limits: Pick<SyncLimits, 'maxPendingBytes' | 'maxPendingAgeMs'>,
    private readonly log: Logger,
  ) {}

  /** Checks after an apply; `sender` is the connection whose update was applied, if any. */
  check(sender: RoomConnection | null): void {
    const doc = this.doc();
    const pending = doc ? pendingBytes(doc) : 0;
    if (doc === null || pending === 0) {
      this.clear();
      return;
    }
    if (sender !== null && pending > this.limits.maxPendingBytes) {
      dropPending(doc);
      this.clear();
      this.log.warn(
        { room: this.room, conn: sender.id, bytes: pending },
        'pending updates over the bound: dropped, connection closed',
      );
      sender.close(CloseCode.tooLarge, 'too much waiting for missing updates');
      return;
    }
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const now = this.doc();
      if (now === null || pendingBytes(now) === 0) return;
      this.log.warn(
        { room: this.room, bytes: pendingBytes(now), ageMs: this.limits.maxPendingAgeMs },
        'pending updates waited too long: dropped',
      );
      dropPending(now);
    }, this.limits.maxPendingAgeMs);
    this.timer.unref();
  }

  clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
