import type { Block } from '@samskap/shared/outcome';
import type { OutcomeSection } from '../activities/module';
import { consentBlocks } from '../consent';
import type { OutcomeData } from '../outcome/collect';
import { fill, LABELS, type Labels } from '../outcome/labels';

function ambitionsBlocks(d: OutcomeData, L: Labels): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 2, text: L.ambitions }];
  const number = new Map<string, string>();
  d.workshop.focusAreas.forEach((a, i) =>
    a.goals.forEach((g, j) => number.set(g.id, `${i + 1}.${j + 1}`)),
  );
  for (const area of d.workshop.focusAreas) {
    const content = d.ambitions.areas.find((x) => x.focusAreaId === area.id);
    blocks.push({ type: 'heading', level: 3, text: area.name });
    if (!content || content.blocks.length === 0)
      blocks.push({ type: 'paragraph', text: L.ambitionsNone, emphasis: 'note' });
    for (const b of content?.blocks ?? []) {
      const notes = [
        ...(b.goalIds.length > 0
          ? [fill(L.tagged, { goals: b.goalIds.map((g) => number.get(g) ?? g).join(', ') })]
          : []),
        ...(b.fromTable ? [fill(L.fromTable, { table: b.fromTable })] : []),
      ];
      const text = notes.length > 0 ? `${b.text} (${notes.join('; ')})` : b.text;
      blocks.push(
        b.kind === 'heading'
          ? { type: 'heading', level: 3, text }
          : b.kind === 'listItem'
            ? { type: 'list', ordered: false, items: [text] }
            : { type: 'paragraph', text },
      );
    }
    const covered = new Set(content?.coveredGoalIds ?? []);
    blocks.push({
      type: 'table',
      caption: `${L.coverage}: ${area.name}`,
      header: [L.goal, L.covered],
      rows: area.goals.map((g) => [
        `${number.get(g.id)} ${g.text}`,
        covered.has(g.id) ? L.yes : L.no,
      ]),
    });
    for (const check of d.consent.filter(
      (c) => c.subject.kind === 'ambition' && c.subject.id === area.id,
    )) {
      blocks.push(...consentBlocks(L, check));
    }
  }
  return blocks;
}

/**
 * The ambitions per focus area, with the goals they cover and the consent asked on them. The
 * summary phase shows the same section.
 */
export const ambitionsSection: OutcomeSection = {
  inSummary: true,
  blocks: (d, language) => ambitionsBlocks(d, LABELS[language]),
};
