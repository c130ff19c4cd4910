/**
 * Who is connected to a workshop's live channel, as the live hub and the participant list show
 * it. On one instance that is `Presence`; with several (FANOUT=redis) the connections of every
 * instance count ([F9], `fanout/sharedPresence.ts`).
 */
export interface ConnectedParticipants {
  /** A live connection of the participant opened here; true when it is their first here. */
  add(workshopId: string, participantId: string): boolean;
  /** One closed here; true when it was their last here. */
  remove(workshopId: string, participantId: string): boolean;
  /** The participants with a live connection open, on any instance. */
  connected(workshopId: string): Promise<ReadonlySet<string>>;
  /**
   * `listener` runs when who is connected changed elsewhere (another instance, or one that
   * went away): the live hub pushes the state again. Changes made here the caller knows of.
   */
  onChange(listener: (workshopId: string) => void): void;
}

/**
 * Who has a live connection open, per workshop and participant. A tablet may have two tabs;
 * a participant counts as connected while any of their connections is open.
 */
export class Presence implements ConnectedParticipants {
  private readonly counts = new Map<string, Map<string, number>>();

  /** Returns true when this is the participant's first open connection. */
  add(workshopId: string, participantId: string): boolean {
    let w = this.counts.get(workshopId);
    if (!w) {
      w = new Map();
      this.counts.set(workshopId, w);
    }
    const n = (w.get(participantId) ?? 0) + 1;
    w.set(participantId, n);
    return n === 1;
  }

  /** Returns true when the participant's last connection closed. */
  remove(workshopId: string, participantId: string): boolean {
    const w = this.counts.get(workshopId);
    const n = w?.get(participantId);
    if (!w || n === undefined) return false;
    if (n > 1) {
      w.set(participantId, n - 1);
      return false;
    }
    w.delete(participantId);
    if (w.size === 0) this.counts.delete(workshopId);
    return true;
  }

  isConnected(workshopId: string, participantId: string): boolean {
    return (this.counts.get(workshopId)?.get(participantId) ?? 0) > 0;
  }

  connected(workshopId: string): Promise<ReadonlySet<string>> {
    return Promise.resolve(new Set(this.counts.get(workshopId)?.keys()));
  }

  /** The workshops with anyone connected here, and who (a shared presence renews these). */
  entries(): Array<[workshopId: string, participantIds: string[]]> {
    return [...this.counts].map(([w, m]) => [w, [...m.keys()]]);
  }

  /** Nobody else changes who is connected to this instance. */
  onChange(): void {}
}
