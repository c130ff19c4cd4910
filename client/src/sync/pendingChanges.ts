/**
 * Counts local document updates the server has not yet confirmed.
 *
 * The y-websocket protocol has no per-update acknowledgement, so confirmation is a round trip:
 * after sending updates, the client sends a sync step 1 (a "probe"), and the server's step 2
 * answer proves that the server has read everything sent before the probe on the same socket
 * (a websocket is ordered, and the server handles one connection's messages in order).
 *
 * Limits, on purpose:
 * - The unit is a Yjs update (one transaction), not a change a person would count: typing a word
 *   can be several updates.
 * - "Confirmed" means the server read the update. It does not mean it was accepted: a read-only
 *   connection's updates are dropped and still count as confirmed. Whether it is durable depends
 *   on the server storing before it answers (DESIGN.md: it appends to its log first).
 * - The count lives in memory. A reload forgets it, along with offline edits not yet sent, until
 *   the document is also kept in local storage (a later issue).
 * - Probes are matched to answers in order, so nobody else may send step 1 on the same socket
 *   while probes are in flight: keep the provider's `resyncInterval` off.
 */
export interface PendingChanges {
  /** Updates made locally and not yet confirmed. */
  readonly count: number;
  /** Whether updates were made since the last probe was sent. */
  readonly needsProbe: boolean;
  /** A local update was made (and handed to the provider). */
  recordLocalUpdate(): void;
  /** A probe went out on the socket after every update recorded so far. */
  probeSent(): void;
  /** A step 2 arrived on a synced connection; returns whether it answered one of our probes. */
  answerReceived(): boolean;
  /** The socket closed: probes in flight will never be answered. */
  connectionLost(): void;
}

export function createPendingChanges(): PendingChanges {
  let recorded = 0;
  let confirmed = 0;
  let probed = 0;
  // For each probe in flight, the number of updates recorded when it was sent.
  let inFlight: number[] = [];

  return {
    get count() {
      return recorded - confirmed;
    },
    get needsProbe() {
      return recorded > probed;
    },
    recordLocalUpdate() {
      recorded += 1;
    },
    probeSent() {
      inFlight.push(recorded);
      probed = recorded;
    },
    answerReceived() {
      const covered = inFlight.shift();
      if (covered === undefined) return false;
      confirmed = Math.max(confirmed, covered);
      return true;
    },
    connectionLost() {
      inFlight = [];
      // Everything unconfirmed must be probed again on the next connection.
      probed = confirmed;
    },
  };
}
