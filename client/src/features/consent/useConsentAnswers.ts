import type { ConsentValue } from '@samskap/shared/consent';
import { useCallback, useEffect, useState } from 'react';
import { answerConsentCheck, fetchOwnAnswers, type OwnAnswers } from './api';

/** A participant's own answers and the way to give one; shared by every check on a screen. */
export interface ConsentAnswers {
  /** The caller's answer per check id (a step 1–5). */
  readonly answers: OwnAnswers;
  /** Sends an answer; resolves to false when refused (see `error`). */
  answer(checkId: string, value: ConsentValue): Promise<boolean>;
  /** The check whose answer is on its way, if any. */
  readonly savingCheckId: string | null;
  /** The last refusal, with the check it was about. */
  readonly error: { readonly checkId: string; readonly error: unknown } | null;
}

/**
 * Loads the participant's own answers once (they are not on the live channel: answers are
 * ballots, and only the answerer may see theirs) and keeps them as the server confirms new ones.
 * Call it once per screen with the participant's token and pass the result to each
 * `ConsentCheckAnswer`.
 */
export function useConsentAnswers(workshopId: string, token: string): ConsentAnswers {
  const [answers, setAnswers] = useState<OwnAnswers>({});
  const [savingCheckId, setSaving] = useState<string | null>(null);
  const [error, setError] = useState<ConsentAnswers['error']>(null);

  useEffect(() => {
    let current = true;
    fetchOwnAnswers(workshopId, token).then(
      (result) => {
        if (current) setAnswers(result.answers);
      },
      () => {
        // Without them the buttons only lack the mark of an earlier answer; answering still works.
      },
    );
    return () => {
      current = false;
    };
  }, [workshopId, token]);

  const answer = useCallback(
    async (checkId: string, value: ConsentValue) => {
      setSaving(checkId);
      setError(null);
      try {
        const result = await answerConsentCheck(workshopId, token, checkId, value);
        setAnswers(result.answers);
        return true;
      } catch (err) {
        setError({ checkId, error: err });
        return false;
      } finally {
        setSaving(null);
      }
    },
    [workshopId, token],
  );

  return { answers, answer, savingCheckId, error };
}
