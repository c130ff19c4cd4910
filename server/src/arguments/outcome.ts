import type { Block } from '@samskap/shared/outcome';
import type { ParticipantRole } from '@samskap/shared/workshop';
import type { OutcomeSection, SectionOptions } from '../activities/module';
import { consentBlocks } from '../consent';
import type { OutcomeData } from '../outcome/collect';
import { fill, LABELS, type Labels } from '../outcome/labels';

function argumentsBlocks(d: OutcomeData, L: Labels, options: SectionOptions): Block[] {
  const a = d.arguments;
  const blocks: Block[] = [{ type: 'heading', level: 2, text: L.arguments }];
  if (a.norms.length > 0 && !options.brief) {
    blocks.push({ type: 'heading', level: 3, text: L.norms });
    blocks.push({ type: 'list', ordered: false, items: a.norms });
  }
  if (a.questions.length === 0 && a.norms.length === 0 && !options.brief)
    blocks.push({ type: 'paragraph', text: L.argumentsNone, emphasis: 'note' });
  for (const q of a.questions) {
    // A brief section shows a question only over its syntheses: never an empty heading.
    if (options.brief && !a.syntheses.some((s) => s.questionId === q.id)) continue;
    blocks.push({
      type: 'heading',
      level: 3,
      text: q.problemType
        ? `${q.text} (${L.problemType}: ${L.problemTypes[q.problemType]})`
        : q.text,
    });
    const entries = a.entries.filter(
      (e) => e.questionId === q.id && e.status === 'visible' && e.text !== null,
    );
    const who = (role: ParticipantRole | 'facilitator', name: string | null) =>
      name ? `${name}, ${L.roles[role]}` : L.roles[role];
    const positions = options.brief ? [] : entries.filter((e) => e.kind === 'position');
    if (positions.length > 0) blocks.push({ type: 'paragraph', text: `${L.positions}:` });
    for (const p of positions) {
      const items = entries
        .filter((e) => e.parentId === p.id)
        .map(
          (e) =>
            `${L[e.kind as 'pro' | 'con' | 'consequence']}: ${e.text} (${who(e.authorRole, e.authorName)}; ${fill(L.supports, { count: e.supports })})`,
        );
      blocks.push({
        type: 'list',
        ordered: false,
        items: [
          `${p.text} (${who(p.authorRole, p.authorName)}; ${fill(L.supports, { count: p.supports })})`,
        ],
      });
      if (items.length > 0) blocks.push({ type: 'list', ordered: false, items });
    }
    const syntheses = a.syntheses.filter((s) => s.questionId === q.id);
    if (syntheses.length > 0) blocks.push({ type: 'paragraph', text: `${L.syntheses}:` });
    for (const s of syntheses) {
      blocks.push({ type: 'list', ordered: false, items: [s.text] });
      for (const c of d.consent.filter(
        (c) => c.subject.kind === 'synthesis' && c.subject.id === s.id,
      )) {
        blocks.push(...consentBlocks(L, c));
      }
    }
  }
  const text = (id: string) => a.entries.find((e) => e.id === id)?.text ?? L.none;
  // The summary lists what is still open; the document keeps the whole register.
  const conflicts = options.brief
    ? a.conflicts.filter((c) => c.status !== 'resolved')
    : a.conflicts;
  if (conflicts.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: L.conflicts });
    blocks.push({
      type: 'table',
      caption: L.conflicts,
      header: [L.between, L.note, L.handling, L.status],
      rows: conflicts.map((c) => [
        `${text(c.positionIds[0])} / ${text(c.positionIds[1])}`,
        [c.description, c.note].filter((x) => x !== '').join(' — '),
        c.handling ? L.handlings[c.handling] : L.none,
        L.conflictStatus[c.status],
      ]),
    });
  }
  if (options.brief && blocks.length === 1)
    blocks.push({ type: 'paragraph', text: L.summaryArgumentsNone, emphasis: 'note' });
  return blocks;
}

/**
 * The argument map per question: norms, positions with their arguments, syntheses with their
 * consent, and the conflict register. The brief version (summary phase) has no positions.
 */
export const argumentsSection: OutcomeSection = {
  inSummary: true,
  blocks: (d, language, options) => argumentsBlocks(d, LABELS[language], options),
};
