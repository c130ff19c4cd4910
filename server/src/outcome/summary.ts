import type { SummaryDocument } from '@samskap/shared/outcome';
import type { Language } from '@samskap/shared/workshop';
import { ambitions, argumentsSection, planbehov } from './build';
import type { OutcomeData } from './collect';
import { LABELS } from './labels';

/**
 * [O1] What the summary phase shows on tablets and the projector: the outcome document's
 * ambitions, planbehov and arguments sections, in the same words, holding only what shared
 * screens already see — planbehov results only while revealed, no names, no positions, no
 * pending entries — in the reader's language.
 */
export function buildSummary(d: OutcomeData, language: Language): SummaryDocument {
  const L = LABELS[language];
  const revealed = d.planbehov.voting.revealed;
  const shared: OutcomeData = {
    ...d,
    named: null,
    planbehov: { ...d.planbehov, rounds: revealed ? d.planbehov.rounds : [] },
  };
  return {
    language,
    title: L.summaryTitle,
    blocks: [
      ...ambitions(shared, L),
      ...planbehov(shared, L, { brief: true }),
      ...argumentsSection(shared, L, { brief: true }),
    ],
  };
}
