/**
 * Who has a live connection open, per workshop and participant. A tablet may have two tabs;
 * a participant counts as connected while any of their connections is open.
 */
export class Presence {
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
}
