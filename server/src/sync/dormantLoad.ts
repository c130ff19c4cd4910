import { syncStep2Frame } from './frames';
import { mergeStored, type StoredState } from './roomStorage';

/** A dormant room builds its document at the latest this long after its first joiner. */
const MATERIALIZE_AT_LATEST_MS = 1000;

/**
 * [S9] A room loaded from storage keeps the stored bytes and builds its document lazily. This
 * holds those bytes and decides when the document is due: once the answers sent from storage
 * have left, or a deadline after a connection joined; the room builds it earlier whenever a
 * message needs it. `K` is whoever waits for the built document (the room's connections).
 */
export class DormantLoad<K> {
  /** Connections that joined while dormant: the room greets them once the doc is built. */
  private readonly ungreeted = new Set<K>();
  private answersInFlight = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    /** What storage held, not yet applied; null once taken (or when there was nothing). */
    private stored: StoredState | null,
    /** Called when the document is due; the room then calls `take`. */
    private readonly due: () => void,
  ) {}

  get isDormant(): boolean {
    return this.stored !== null;
  }

  /** `joiner` waits for the built document; the document is due at the latest in a second. */
  wait(joiner: K): void {
    this.ungreeted.add(joiner);
    if (this.timer === null) {
      this.timer = setTimeout(this.due, MATERIALIZE_AT_LATEST_MS);
      this.timer.unref();
    }
  }

  /** `joiner` no longer waits (greeted another way, or gone). */
  forget(joiner: K): void {
    this.ungreeted.delete(joiner);
  }

  /**
   * The stored bytes as a sync step 2 for a client with nothing, handed to `send`; the document
   * is due once every such answer has left. False when the bytes do not even merge ([S13]): the
   * room then builds the document, which sets aside what is bad.
   */
  answer(send: (frame: Uint8Array, sent: () => void) => void): boolean {
    if (this.stored === null) return false;
    let state: Uint8Array;
    try {
      state = mergeStored(this.stored);
    } catch {
      return false;
    }
    this.answersInFlight++;
    let done = false;
    send(syncStep2Frame(state), () => {
      if (done) return;
      done = true;
      this.answersInFlight--;
      // Not before the answers from storage have left: building a big document holds the loop.
      setImmediate(() => {
        if (this.answersInFlight === 0) this.due();
      });
    });
    return true;
  }

  /** Takes the stored state to build from (null when already taken); stops the deadline. */
  take(): StoredState | null {
    this.stopTimer();
    const stored = this.stored;
    this.stored = null;
    return stored;
  }

  /** Who joined while dormant, to be greeted now that the document is built. */
  takeUngreeted(): K[] {
    const joiners = [...this.ungreeted];
    this.ungreeted.clear();
    return joiners;
  }

  clear(): void {
    this.stopTimer();
    this.stored = null;
    this.ungreeted.clear();
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
