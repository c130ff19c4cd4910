import type { BallotDecision, OwnBallot } from '@samskap/shared/planbehov';
import { useRef, useState } from 'react';
import { castBallot, withdrawBallot } from './api';

export interface BallotDraft {
  readonly decision: BallotDecision | null;
  readonly startYear: number | null;
  readonly comment: string;
  readonly points: number;
}

export type SaveState = 'empty' | 'saved' | 'saving' | 'unsaved' | 'error';

const EMPTY: BallotDraft = { decision: null, startYear: null, comment: '', points: 0 };

function fromSaved(saved: OwnBallot | undefined): BallotDraft {
  return saved
    ? {
        decision: saved.decision,
        startYear: saved.startYear,
        comment: saved.comment,
        points: saved.points,
      }
    : EMPTY;
}

export interface BallotDraftApi {
  readonly draft: BallotDraft;
  readonly state: SaveState;
  readonly error: unknown;
  /** Changes the draft and saves it at once. */
  commit(next: BallotDraft): void;
  /** Changes the draft without saving (typing a comment); `flush` saves it. */
  edit(next: BallotDraft): void;
  flush(): void;
  withdraw(): void;
}

/**
 * One card's ballot. The card shows the server's copy unless the reader has changed something
 * the server has not confirmed yet. Saves run one after the other, so quick taps on + arrive in
 * order and the last one wins.
 */
export function useBallotDraft(
  workshopId: string,
  token: string,
  planId: string,
  saved: OwnBallot | undefined,
  onBallots: (ballots: OwnBallot[]) => void,
): BallotDraftApi {
  const [local, setLocal] = useState<BallotDraft | null>(null);
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const draft = local ?? fromSaved(saved);

  const inFlight = useRef(0);

  function run(task: () => Promise<OwnBallot[]>): void {
    inFlight.current++;
    setPending(inFlight.current);
    setError(null);
    chain.current = chain.current.then(async () => {
      try {
        const ballots = await task();
        onBallots(ballots);
        // The last save in the queue hands the card back to the server's copy.
        if (inFlight.current === 1) setLocal(null);
      } catch (err) {
        setError(err);
      } finally {
        inFlight.current--;
        setPending(inFlight.current);
      }
    });
  }

  function save(next: BallotDraft): void {
    const { decision } = next;
    if (decision === null) return;
    const ballot = { ...next, decision, comment: next.comment.trim() };
    run(() => castBallot(workshopId, token, planId, ballot));
  }

  const state: SaveState =
    pending > 0
      ? 'saving'
      : error !== null
        ? 'error'
        : local !== null && local.decision !== null
          ? 'unsaved'
          : saved
            ? 'saved'
            : 'empty';

  return {
    draft,
    state,
    error,
    commit(next) {
      setLocal(next);
      save(next);
    },
    edit(next) {
      setLocal(next);
    },
    flush() {
      if (state === 'unsaved' || state === 'error') save(draft);
    },
    withdraw() {
      setLocal(EMPTY);
      run(() => withdrawBallot(workshopId, token, planId));
    },
  };
}
