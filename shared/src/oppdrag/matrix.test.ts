import { describe, expect, it } from 'vitest';
import { buildOppdragMatrix, goalsForTable } from './matrix';
import type { Oppdrag, TableWork } from './model';

const areas = [
  {
    id: 'S1',
    name: 'Godt liv for alle',
    goals: [
      { id: 'S1-1', text: 'Trygg oppvekst' },
      { id: 'S1-2', text: 'Livskvalitet' },
    ],
  },
  { id: 'S2', name: 'Grønt samfunn', goals: [{ id: 'S2-1', text: 'Naturmangfold' }] },
];

function oppdrag(o: Partial<Oppdrag> & Pick<Oppdrag, 'id' | 'kind' | 'goalIds'>): Oppdrag {
  return {
    title: o.id,
    owner: '',
    startYear: 2026,
    endYear: 2027,
    gain: '',
    funding: 'within_budget',
    ...o,
  };
}

const work = (w: Partial<TableWork> = {}): TableWork => ({
  links: [],
  judgements: {},
  questions: [],
  ...w,
});

describe('[OP8] the goal × oppdrag-kind matrix', () => {
  it('puts each oppdrag in the cells of the goals the list names, by its kind', () => {
    const m = buildOppdragMatrix(
      areas,
      [
        oppdrag({ id: 'a', kind: 'endring', goalIds: ['S1-1', 'S1-2'] }),
        oppdrag({ id: 'b', kind: 'utvikling', goalIds: ['S1-1'] }),
      ],
      {},
    );
    const row = m.rows.find((r) => r.goalId === 'S1-1')!;
    expect(row.cells.endring.map((c) => c.id)).toEqual(['a']);
    expect(row.cells.utvikling.map((c) => c.id)).toEqual(['b']);
    expect(row.cells.omstilling).toEqual([]);
    expect(row.cells.endring[0]).toMatchObject({ fromList: true, addedBy: [] });
    expect(m.rows.map((r) => r.goalId)).toEqual(['S1-1', 'S1-2', 'S2-1']);
  });

  it('adds the links tables made themselves, naming the tables', () => {
    const m = buildOppdragMatrix(areas, [oppdrag({ id: 'a', kind: 'omstilling', goalIds: [] })], {
      t2: work({ links: [{ goalId: 'S2-1', oppdragId: 'a' }] }),
      t1: work({ links: [{ goalId: 'S2-1', oppdragId: 'a' }] }),
    });
    const row = m.rows.find((r) => r.goalId === 'S2-1')!;
    expect(row.cells.omstilling).toEqual([
      { id: 'a', title: 'a', fromList: false, addedBy: ['t1', 't2'], funded: true },
    ]);
    expect(row.noOppdrag).toBe(false);
  });

  it('counts the judgements and how many tables agree with the verdict', () => {
    const m = buildOppdragMatrix(areas, [], {
      t1: work({ judgements: { 'S1-1': 'weak' } }),
      t2: work({ judgements: { 'S1-1': 'weak' } }),
      t3: work({ judgements: { 'S1-1': 'followed' } }),
    });
    const row = m.rows[0]!;
    expect(row.counts).toEqual({ followed: 1, weak: 2, not_followed: 0 });
    expect(row).toMatchObject({ judged: 3, verdict: 'weak', agreeing: 2, disagreement: true });
    expect(m.disagreements).toEqual(['S1-1']);
  });

  it('gives no verdict on a tie, and none where no table judged', () => {
    const m = buildOppdragMatrix(areas, [], {
      t1: work({ judgements: { 'S1-1': 'weak' } }),
      t2: work({ judgements: { 'S1-1': 'followed' } }),
    });
    expect(m.rows[0]).toMatchObject({ verdict: null, agreeing: 0, disagreement: true });
    expect(m.rows[1]).toMatchObject({ verdict: null, judged: 0, disagreement: false });
  });

  it('agrees without disagreement when every table judged alike', () => {
    const m = buildOppdragMatrix(areas, [], {
      t1: work({ judgements: { 'S1-2': 'not_followed' } }),
      t2: work({ judgements: { 'S1-2': 'not_followed' } }),
    });
    expect(m.rows[1]).toMatchObject({ verdict: 'not_followed', agreeing: 2, disagreement: false });
  });

  it('marks goals with no oppdrag, and goals whose oppdrag have no money, as uncovered', () => {
    const m = buildOppdragMatrix(
      areas,
      [
        oppdrag({ id: 'a', kind: 'endring', goalIds: ['S1-1'] }),
        oppdrag({ id: 'b', kind: 'utvikling', goalIds: ['S2-1'], funding: 'none' }),
      ],
      {},
    );
    const [s11, s12, s21] = m.rows;
    expect(s11).toMatchObject({ noOppdrag: false, noMoney: false });
    expect(s12).toMatchObject({ noOppdrag: true, noMoney: true });
    expect(s21).toMatchObject({ noOppdrag: false, noMoney: true });
    expect(m.uncovered).toEqual(['S1-2', 'S2-1']);
  });

  it('counts external funding as money', () => {
    const m = buildOppdragMatrix(
      areas,
      [oppdrag({ id: 'a', kind: 'endring', goalIds: ['S1-2'], funding: 'external' })],
      {},
    );
    expect(m.rows[1]!.noMoney).toBe(false);
  });

  it('counts the proposals made for each goal', () => {
    const proposal = {
      id: 'p',
      goalId: 'S1-2',
      title: 'Nytt',
      kind: 'endring' as const,
      gain: '',
      tableIds: ['t1'],
      passOn: false,
    };
    const m = buildOppdragMatrix(areas, [], {}, [proposal, { ...proposal, id: 'q' }]);
    expect(m.rows.map((r) => r.proposals)).toEqual([0, 2, 0]);
  });
});

describe('the goals a table works through', () => {
  it('are its focus area’s, or all where it has none or all', () => {
    expect(goalsForTable(areas, 'S2').map((a) => a.id)).toEqual(['S2']);
    expect(goalsForTable(areas, 'all').map((a) => a.id)).toEqual(['S1', 'S2']);
    expect(goalsForTable(areas, undefined).map((a) => a.id)).toEqual(['S1', 'S2']);
    expect(goalsForTable(areas, 'gone').map((a) => a.id)).toEqual(['S1', 'S2']);
  });
});
