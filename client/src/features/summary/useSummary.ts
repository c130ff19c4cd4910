import type { SummaryDocument } from '@samskap/shared/outcome';
import type { LiveState } from '@samskap/shared/workshop';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/languages';
import { fetchSummary } from './api';

/**
 * What changes the summary: a reveal, a new round, a synthesis, a conflict's status, a consent
 * result. The live channel says when; the content itself is fetched (it is built on the server
 * by the outcome's own code).
 */
export function summaryKey(state: LiveState): string {
  const { planbehov, arguments: args, consent } = state;
  return JSON.stringify([
    state.run.phaseIndex,
    planbehov.voting,
    planbehov.results?.turnout.voted ?? null,
    planbehov.plans.length,
    args.questions.map((q) => [q.id, q.text, q.problemType]),
    args.syntheses.map((s) => [s.id, s.text]),
    args.conflicts.map((c) => [c.id, c.status, c.handling]),
    consent.map((c) => [c.id, c.result?.all?.answers ?? null]),
  ]);
}

export type SummaryLoad =
  | { kind: 'loading' }
  | { kind: 'ready'; summary: SummaryDocument }
  | { kind: 'failed'; error: unknown };

/** The summary, fetched again whenever the live state says something in it changed. */
export function useSummary(state: LiveState, token: string): SummaryLoad {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : state.workshop.language;
  const key = summaryKey(state);
  const workshopId = state.workshop.id;
  const [load, setLoad] = useState<SummaryLoad>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    fetchSummary(workshopId, token, language).then(
      (summary) => live && setLoad({ kind: 'ready', summary }),
      // Keep showing what we had; say so only when there is nothing to show.
      (error: unknown) =>
        live && setLoad((prev) => (prev.kind === 'ready' ? prev : { kind: 'failed', error })),
    );
    return () => {
      live = false;
    };
  }, [workshopId, token, language, key]);
  return load;
}
