import type { EntryView } from '@samskap/shared/arguments';
import { describe, expect, it } from 'vitest';
import {
  buildQuestionTree,
  mergeCandidates,
  pendingEntries,
  shownQuestion,
  treatmentFor,
} from './tree';

function entry(id: string, patch: Partial<EntryView> = {}): EntryView {
  return {
    id,
    questionId: 'q1',
    kind: 'position',
    parentId: null,
    text: id,
    status: 'visible',
    authorRole: 'folkevalgt',
    authorName: null,
    authorTableId: 'table-1',
    groupId: null,
    supports: 0,
    mergedCount: 0,
    supportedByMe: false,
    mine: false,
    ...patch,
  };
}

const child = (id: string, kind: EntryView['kind'], parentId: string, patch = {}) =>
  entry(id, { kind, parentId, ...patch });

describe('buildQuestionTree', () => {
  it('hangs pros, cons and consequences under their position', () => {
    const tree = buildQuestionTree(
      {
        groups: [],
        entries: [
          entry('p1', { supports: 3 }),
          child('a', 'pro', 'p1'),
          entry('p2'),
          child('b', 'con', 'p1'),
          child('c', 'consequence', 'p2'),
          child('d', 'pro', 'p1'),
        ],
      },
      'q1',
    );
    expect(tree.positions.map((p) => p.position.id)).toEqual(['p1', 'p2']);
    const [p1, p2] = tree.positions;
    expect(p1!.children.pro.map((e) => e.id)).toEqual(['a', 'd']);
    expect(p1!.children.con.map((e) => e.id)).toEqual(['b']);
    expect(p1!.counts).toEqual({ pro: 2, con: 1, consequence: 0, supports: 3 });
    expect(p2!.counts).toEqual({ pro: 0, con: 0, consequence: 1, supports: 0 });
  });

  it('counts only visible entries, so a pending or hidden one is not on the projector count', () => {
    const tree = buildQuestionTree(
      {
        groups: [],
        entries: [
          entry('p1'),
          child('a', 'pro', 'p1', { status: 'pending' }),
          child('b', 'pro', 'p1', { status: 'hidden', text: null }),
          child('c', 'pro', 'p1'),
        ],
      },
      'q1',
    );
    expect(tree.positions[0]!.children.pro).toHaveLength(3);
    expect(tree.positions[0]!.counts.pro).toBe(1);
  });

  it('leaves out entries of other questions and those whose position this viewer cannot see', () => {
    const tree = buildQuestionTree(
      {
        groups: [],
        entries: [
          entry('p1'),
          entry('x', { questionId: 'q2' }),
          child('orphan', 'con', 'hidden-position'),
        ],
      },
      'q1',
    );
    expect(tree.positions).toHaveLength(1);
    expect(tree.positions[0]!.children.con).toEqual([]);
  });

  it('puts grouped positions under their group, in the groups’ order, then the ungrouped', () => {
    const tree = buildQuestionTree(
      {
        groups: [
          { id: 'g1', questionId: 'q1', label: 'Økonomi' },
          { id: 'g2', questionId: 'q1', label: 'Tomt' },
          { id: 'g3', questionId: 'q2', label: 'Annet' },
        ],
        entries: [entry('p1'), entry('p2', { groupId: 'g1' }), entry('p3', { groupId: 'g1' })],
      },
      'q1',
    );
    expect(tree.sections.map((s) => [s.group?.label ?? null, s.positions.length])).toEqual([
      ['Økonomi', 2],
      [null, 1],
    ]);
  });
});

describe('the map helpers', () => {
  it('shows the chosen question, or the first while none is chosen', () => {
    const questions = [
      { id: 'q1', text: 'A', problemType: null },
      { id: 'q2', text: 'B', problemType: 'wicked' as const },
    ];
    expect(shownQuestion({ questions, shownQuestionId: 'q2' })?.id).toBe('q2');
    expect(shownQuestion({ questions, shownQuestionId: null })?.id).toBe('q1');
    expect(shownQuestion({ questions: [], shownQuestionId: null })).toBeNull();
  });

  it('offers as merge targets only entries of the same kind and question', () => {
    const entries = [
      entry('p1'),
      entry('p2'),
      entry('p3', { questionId: 'q2' }),
      child('a', 'pro', 'p1'),
      entry('p4', { status: 'hidden', text: null }),
    ];
    expect(mergeCandidates({ entries, groups: [] }, entries[0]!).map((e) => e.id)).toEqual(['p2']);
  });

  it('lists the entries waiting for approval with their question', () => {
    const view = {
      questions: [{ id: 'q1', text: 'A', problemType: null }],
      entries: [entry('p1'), entry('p2', { status: 'pending' })],
    };
    expect(pendingEntries(view).map((p) => [p.entry.id, p.question?.text])).toEqual([['p2', 'A']]);
  });

  it('suggests instrumental treatment only for a tame problem', () => {
    expect(treatmentFor('tame')).toBe('instrumental');
    expect(treatmentFor('complex')).toBe('communicative');
    expect(treatmentFor('wicked')).toBe('communicative');
  });
});
