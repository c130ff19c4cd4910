import type { Judgement } from '@samskap/shared/oppdrag';
import { JUDGEMENTS } from '@samskap/shared/oppdrag';

/** Judgements set at a table and not yet confirmed by the server: goal id → judgement (null: cleared). */
export type PendingJudgements = Record<string, Judgement | null>;

/** Where a table's unsent judgements wait on this tablet, per workshop and table. */
export function queueKey(workshopId: string, tableId: string): string {
  return `samskap.oppdrag.pending.${workshopId}.${tableId}`;
}

/** The stored queue, or an empty one where what is stored is not a queue we wrote. */
export function readQueue(storage: Pick<Storage, 'getItem'>, key: string): PendingJudgements {
  try {
    const raw: unknown = JSON.parse(storage.getItem(key) ?? '{}');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    const out: PendingJudgements = {};
    for (const [goalId, j] of Object.entries(raw as Record<string, unknown>)) {
      if (j === null || (JUDGEMENTS as readonly unknown[]).includes(j))
        out[goalId] = j as Judgement | null;
    }
    return out;
  } catch {
    return {};
  }
}

/**
 * Removes a sent judgement from the queue, unless the table changed its mind meanwhile (then
 * the newer one stays to be sent).
 */
export function settle(
  queue: PendingJudgements,
  goalId: string,
  sent: Judgement | null,
): PendingJudgements {
  if (!(goalId in queue) || queue[goalId] !== sent) return queue;
  const { [goalId]: _sent, ...rest } = queue;
  return rest;
}

/** What the table sees: its own unsent judgements over the server's. */
export function shownJudgements(
  server: Readonly<Record<string, Judgement>>,
  queue: PendingJudgements,
): Record<string, Judgement> {
  const out: Record<string, Judgement> = { ...server };
  for (const [goalId, j] of Object.entries(queue)) {
    if (j === null) delete out[goalId];
    else out[goalId] = j;
  }
  return out;
}
