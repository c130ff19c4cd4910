import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  PLENARY,
  ambitionFragment,
  ambitionText,
  goalCoverage,
  parseGoalTags,
  promoteToPlenary,
  promotedBlocks,
  readAmbitionsDisplay,
  seedGapTemplate,
  setBlockGoals,
  writeAmbitionsDisplay,
} from './ambitions';
import { createDoc } from './doc';
import { richJsonToYXml, walkElements } from './richText';

const TEMPLATE = {
  now: 'Nå (A)',
  endOfPeriod: 'Slutten av perioden (B)',
  longTerm: 'Mot 2040 (C)',
};

function paragraph(text: string, attrs: Record<string, unknown> = {}) {
  return { type: 'paragraph', attrs, content: [{ type: 'text', text }] };
}

function write(doc: Y.Doc, area: string, target: string, ...texts: string[]): void {
  const fragment = ambitionFragment(doc, area, target);
  doc.transact(() =>
    fragment.insert(fragment.length, richJsonToYXml(texts.map((t) => paragraph(t)))),
  );
}

describe('ambition documents', () => {
  it('gives each focus area one document per table and one plenary, apart from each other', () => {
    const doc = createDoc();
    write(doc, 'area-1', 'table-1', 'Bord 1 skriver');
    write(doc, 'area-1', PLENARY, 'Plenum');
    expect(ambitionText(doc, 'area-1', 'table-1')).toBe('Bord 1 skriver');
    expect(ambitionText(doc, 'area-1', PLENARY)).toBe('Plenum');
    expect(ambitionText(doc, 'area-2', 'table-1')).toBe('');
    expect(ambitionFragment(doc, 'area-1', 'table-1')).toBe(
      ambitionFragment(doc, 'area-1', 'table-1'),
    );
  });

  it('seeds the gap model only into an empty document', () => {
    const doc = createDoc();
    expect(seedGapTemplate(doc, 'a', 't1', TEMPLATE)).toBe(true);
    expect(ambitionText(doc, 'a', 't1')).toBe('Nå (A)\n\nSlutten av perioden (B)\n\nMot 2040 (C)');
    expect(seedGapTemplate(doc, 'a', 't1', TEMPLATE)).toBe(false);
    expect(ambitionFragment(doc, 'a', 't1').length).toBe(6);
  });

  it('stores text the way y-prosemirror does: elements by node name, marks as formatting', () => {
    const doc = createDoc();
    const fragment = ambitionFragment(doc, 'a', 't1');
    fragment.insert(
      0,
      richJsonToYXml([
        {
          type: 'heading',
          attrs: { level: 3, goals: null },
          content: [{ type: 'text', text: 'Mål' }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'fet', marks: [{ type: 'bold' }] }] },
      ]),
    );
    const [heading, para] = fragment.toArray() as Y.XmlElement[];
    expect(heading!.nodeName).toBe('heading');
    expect(heading!.getAttributes()).toEqual({ level: 3 });
    expect((para!.get(0) as Y.XmlText).toDelta()).toEqual([
      { insert: 'fet', attributes: { bold: {} } },
    ]);
  });
});

describe('promotion into the plenary', () => {
  it('copies a selection into the plenary with the table it came from', () => {
    const doc = createDoc();
    write(doc, 'a', 'table-2', 'Første avsnitt', 'Andre avsnitt');
    const promoted = promoteToPlenary(doc, {
      focusAreaId: 'a',
      tableId: 'table-2',
      tableName: 'Bord 2',
      blocks: [paragraph('Andre')],
      at: 1_700_000_000_000,
    });
    expect(promoted).toBe(true);
    expect(promotedBlocks(doc, 'a')).toEqual([
      { tableId: 'table-2', tableName: 'Bord 2', at: 1_700_000_000_000, text: 'Andre' },
    ]);
    // The table keeps its draft.
    expect(ambitionText(doc, 'a', 'table-2')).toBe('Første avsnitt\nAndre avsnitt');
  });

  it('copies a whole draft, and the origin survives sync to another client', () => {
    const doc = createDoc();
    write(doc, 'a', 'table-1', 'En', 'To');
    promoteToPlenary(doc, { focusAreaId: 'a', tableId: 'table-1', tableName: 'Bord 1', at: 5 });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(promotedBlocks(other, 'a')).toEqual([
      { tableId: 'table-1', tableName: 'Bord 1', at: 5, text: 'En\nTo' },
    ]);
  });

  it('does not nest promoted blocks, and promotes nothing from an empty draft', () => {
    const doc = createDoc();
    expect(promoteToPlenary(doc, { focusAreaId: 'a', tableId: 't', tableName: 'T', at: 1 })).toBe(
      false,
    );
    const nested = { type: 'promoted', attrs: { fromTable: 'x' }, content: [paragraph('inne')] };
    promoteToPlenary(doc, {
      focusAreaId: 'a',
      tableId: 't',
      tableName: 'T',
      blocks: [nested],
      at: 1,
    });
    const names = [...walkElements(ambitionFragment(doc, 'a', PLENARY))].map((e) => e.nodeName);
    expect(names).toEqual(['promoted', 'paragraph']);
  });
});

describe('goal tags and coverage', () => {
  const areas = [
    { id: 'a', goals: [{ id: 'g1' }, { id: 'g2' }, { id: 'g3' }] },
    { id: 'b', goals: [{ id: 'h1' }] },
  ];

  it('counts tagged blocks per goal over tables and plenary, and lists the uncovered goals', () => {
    const doc = createDoc();
    write(doc, 'a', 't1', 'Ett', 'To');
    write(doc, 'a', PLENARY, 'Plenum');
    const [one, two] = ambitionFragment(doc, 'a', 't1').toArray() as Y.XmlElement[];
    setBlockGoals(one!, ['g1', 'g2']);
    setBlockGoals(two!, ['g1']);
    setBlockGoals(ambitionFragment(doc, 'a', PLENARY).get(0) as Y.XmlElement, ['g1', 'h1']);
    const coverage = goalCoverage(doc, areas, ['t1', 't2']);
    expect(coverage).toEqual([
      { goalId: 'g1', blocks: 3, targets: ['t1', PLENARY] },
      { goalId: 'g2', blocks: 1, targets: ['t1'] },
      { goalId: 'g3', blocks: 0, targets: [] },
      // h1 is a goal of area b: a tag on area a's text does not cover it.
      { goalId: 'h1', blocks: 0, targets: [] },
    ]);
  });

  it('clears tags, and reads anything but a list of goal ids as none', () => {
    const doc = createDoc();
    write(doc, 'a', 't1', 'Ett');
    const block = ambitionFragment(doc, 'a', 't1').get(0) as Y.XmlElement;
    setBlockGoals(block, ['g1']);
    setBlockGoals(block, []);
    expect(block.getAttribute('goals')).toBeUndefined();
    expect(parseGoalTags(['g1'])).toEqual([]);
    expect(parseGoalTags('g1 <script> g1 g2')).toEqual(['g1', 'g2']);
  });
});

describe('projector display', () => {
  it('defaults to the tables and keeps what the facilitator chose', () => {
    const doc = createDoc();
    expect(readAmbitionsDisplay(doc)).toEqual({ focusAreaId: null, show: 'tables' });
    writeAmbitionsDisplay(doc, { focusAreaId: 'a', show: 'plenary' });
    expect(readAmbitionsDisplay(doc)).toEqual({ focusAreaId: 'a', show: 'plenary' });
  });
});
