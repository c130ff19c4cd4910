import type { SummaryDocument } from '@samskap/shared/outcome';
import type { Language } from '@samskap/shared/workshop';
import { activitySections } from './build';
import type { OutcomeData } from './collect';
import { LABELS } from './labels';

/**
 * [O1] What the summary phase shows on tablets and the projector: the outcome document's
 * ambitions, planbehov and arguments sections, in the same words, holding only what shared
 * screens already see — planbehov results only while revealed, no names, no positions, no
 * pending entries — in the reader's language.
 */
export function buildSummary(d: OutcomeData, language: Language): SummaryDocument {
  // Shared screens show no names; each section's brief version keeps to what they already see.
  const shared: OutcomeData = { ...d, named: null };
  return {
    language,
    title: LABELS[language].summaryTitle,
    blocks: activitySections(shared, language, { brief: true }),
  };
}

/**
 * [O2] Coalesces the screens' summary requests: after a change every tablet asks at once, and
 * one read of the stored state answers them all. An entry lives until the workshop's next change,
 * and at most `maxAgeMs` (the ambitions' shared document changes without announcing it).
 */
export class SummaryCache {
  private readonly entries = new Map<string, { at: number; data: Promise<OutcomeData> }>();

  constructor(
    private readonly load: (workshopId: string) => Promise<OutcomeData>,
    private readonly maxAgeMs = 2_000,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 200,
  ) {}

  get(workshopId: string): Promise<OutcomeData> {
    const hit = this.entries.get(workshopId);
    if (hit && this.now() - hit.at < this.maxAgeMs) return hit.data;
    const data = this.load(workshopId);
    // A failed read is not kept: the next request tries again.
    data.catch(() => {
      if (this.entries.get(workshopId)?.data === data) this.entries.delete(workshopId);
    });
    this.entries.delete(workshopId);
    this.entries.set(workshopId, { at: this.now(), data });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return data;
  }

  invalidate(workshopId: string): void {
    this.entries.delete(workshopId);
  }
}
