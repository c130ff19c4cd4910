import type { Judgement } from '@samskap/shared/oppdrag';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../../api/http';
import { putJudgement } from './api';
import { queueKey, readQueue, settle, type PendingJudgements } from './judgementQueue';

export interface JudgementQueue {
  readonly pending: PendingJudgements;
  set(goalId: string, judgement: Judgement | null): void;
  /** A refusal the server gave (not a lost connection); the judgement was dropped. */
  readonly error: unknown;
}

/**
 * A table's judgements survive a lost connection: each is kept on the tablet (localStorage)
 * until the server has it, and sent again when the browser is back online or the live channel
 * brings news (it reconnected). Setting a judgement is idempotent on the server ([OP4]), so
 * sending one twice is harmless. A refusal (input locked, moved to another table) drops it and
 * says why.
 */
export function useJudgementQueue(
  workshopId: string,
  tableId: string,
  token: string,
  trigger: unknown,
): JudgementQueue {
  const key = queueKey(workshopId, tableId);
  const [pending, setPending] = useState<PendingJudgements>(() => readQueue(localStorage, key));
  const [error, setError] = useState<unknown>(null);
  const sending = useRef(false);
  const latest = useRef(pending);

  const store = useCallback(
    (next: PendingJudgements) => {
      latest.current = next;
      try {
        if (Object.keys(next).length === 0) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or refused: the queue still lives in memory for this session.
      }
      setPending(next);
    },
    [key],
  );

  const flush = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      for (;;) {
        const entry = Object.entries(latest.current)[0];
        if (!entry) return;
        const [goalId, judgement] = entry;
        try {
          await putJudgement(workshopId, token, tableId, goalId, judgement);
          store(settle(latest.current, goalId, judgement));
        } catch (err) {
          if (err instanceof ApiRequestError && (err.code === 'network' || err.status >= 500))
            return;
          setError(err);
          store(settle(latest.current, goalId, judgement));
        }
      }
    } finally {
      sending.current = false;
    }
  }, [workshopId, tableId, token, store]);

  useEffect(() => {
    void flush();
  }, [flush, trigger]);

  useEffect(() => {
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [flush]);

  const set = useCallback(
    (goalId: string, judgement: Judgement | null) => {
      setError(null);
      store({ ...latest.current, [goalId]: judgement });
      void flush();
    },
    [store, flush],
  );

  return { pending, set, error };
}
