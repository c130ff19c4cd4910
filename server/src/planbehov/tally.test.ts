import type { Plan } from '@samskap/shared/planbehov';
import type { ParticipantRole } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { tallyRound, type TallyBallot } from './tally';

const plan = (id: string): Plan => ({
  id,
  position: 0,
  title: id,
  planType: 'temaplan',
  adoptedYear: null,
  proposal: 'revise',
  proposalYear: 2026,
  requiredByLaw: null,
  focusArea: null,
  description: null,
});

const eligible: Record<ParticipantRole, number> = { folkevalgt: 4, administrasjon: 3, annen: 1 };
const roleOf = (key: string): ParticipantRole =>
  key.startsWith('a') ? 'administrasjon' : key.startsWith('o') ? 'annen' : 'folkevalgt';

function ballot(
  voterKey: string,
  planId: string,
  decision: TallyBallot['decision'],
  extra: Partial<TallyBallot> = {},
): TallyBallot {
  return {
    voterKey,
    planId,
    decision,
    role: roleOf(voterKey),
    startYear: null,
    comment: '',
    points: 0,
    ...extra,
  };
}

describe('tallying a round', () => {
  it('counts each ballot once and the points and start years with it', () => {
    const { results: r } = tallyRound(
      1,
      [plan('p')],
      [
        ballot('e1', 'p', 'revise', { startYear: 2026, points: 2 }),
        ballot('e2', 'p', 'revise', { startYear: 2027, points: 1 }),
        ballot('e3', 'p', 'revise', { startYear: 2026 }),
        ballot('a1', 'p', 'continue', { points: 3 }),
      ],
      eligible,
    );
    const p = r.plans[0]!;
    expect(p.all?.ballots).toBe(4);
    expect(p.all?.decisions).toEqual({ continue: 1, revise: 3, new: 0, drop: 0, unsure: 0 });
    expect(p.all?.points).toBe(6);
    expect(p.all?.startYears).toEqual([
      { year: 2026, count: 2 },
      { year: 2027, count: 1 },
    ]);
    expect(p.leading).toBe('revise');
    expect(p.leadingYear).toBe(2026);
  });

  it('[D1] withholds the elected members’ split where "all" minus it would be one administrator’s ballot', () => {
    const { results: r } = tallyRound(
      1,
      [plan('p')],
      ['e1', 'e2', 'e3', 'a1'].map((k) => ballot(k, 'p', 'revise')),
      eligible,
    );
    expect(r.plans[0]!.all?.ballots).toBe(4);
    expect(r.plans[0]!.byRole.folkevalgt).toBeNull();
    expect(r.plans[0]!.withheld).toEqual({
      folkevalgt: 'wouldReveal',
      administrasjon: 'tooFew',
      annen: null,
    });
  });

  it('[D1] shows a role split whose complement counts at least three', () => {
    const { results: r } = tallyRound(
      1,
      [plan('p')],
      [
        ...['e1', 'e2', 'e3'].map((k) => ballot(k, 'p', 'drop')),
        ballot('a1', 'p', 'continue'),
        ballot('a2', 'p', 'continue'),
        ballot('o1', 'p', 'unsure'),
      ],
      eligible,
    );
    expect(r.plans[0]!.byRole.folkevalgt?.ballots).toBe(3);
    expect(r.plans[0]!.byRole.administrasjon).toBeNull();
    expect(r.plans[0]!.withheld.administrasjon).toBe('tooFew');
    expect(r.plans[0]!.rolesDisagree).toBe(false);
  });

  it('[D1] shows nothing of a plan with one or two ballots', () => {
    const { results: r, comments } = tallyRound(
      1,
      [plan('p')],
      [ballot('e1', 'p', 'drop', { points: 2, comment: 'Min grunn' })],
      eligible,
    );
    expect(r.plans[0]).toMatchObject({ all: null, leading: null, leadingYear: null });
    expect(r.ranking).toEqual([]);
    expect(comments).toEqual([]);
  });

  it('marks a plan where elected members and the administration lean different ways', () => {
    const { results: r } = tallyRound(
      1,
      [plan('p')],
      [
        ...['e1', 'e2', 'e3'].map((k) => ballot(k, 'p', 'new')),
        ...['a1', 'a2', 'a3'].map((k) => ballot(k, 'p', 'drop')),
      ],
      eligible,
    );
    expect(r.plans[0]!.rolesDisagree).toBe(true);
    expect(r.plans[0]!.leading).toBeNull();
  });

  it('[D4] counts voters by key and shows turnout by role only where no role is singled out', () => {
    const { results: r } = tallyRound(
      1,
      [plan('p'), plan('q')],
      [
        ballot('e1', 'p', 'new'),
        ballot('e1', 'q', 'new'),
        ballot('e2', 'p', 'new'),
        ballot('e3', 'p', 'new'),
        ballot('a1', 'p', 'new'),
      ],
      eligible,
    );
    expect(r.turnout.voted).toBe(4);
    expect(r.turnout.eligible).toBe(8);
    expect(r.turnout.byRole.folkevalgt).toEqual({
      voted: null,
      eligible: 4,
      withheld: 'wouldReveal',
    });
    expect(r.turnout.byRole.administrasjon.voted).toBeNull();
  });

  it('never shows fewer entitled to vote than voted (a removed voter’s ballot still counts)', () => {
    const { results: r } = tallyRound(
      1,
      [plan('p')],
      ['o1', 'o2', 'o3'].map((k) => ballot(k, 'p', 'new')),
      eligible,
    );
    expect(r.turnout.byRole.annen).toEqual({ voted: 3, eligible: 3, withheld: null });
  });

  it('[D5] keeps the comments of a shown plan sorted by text, not by who wrote first', () => {
    const { comments } = tallyRound(
      1,
      [plan('p')],
      [
        ballot('e3', 'p', 'new', { comment: 'Cecilie skrev først' }),
        ballot('e1', 'p', 'new', { comment: 'Arne skrev sist' }),
        ballot('e2', 'p', 'new', { comment: 'Bente' }),
      ],
      eligible,
    );
    expect(comments).toEqual([
      { planId: 'p', comments: ['Arne skrev sist', 'Bente', 'Cecilie skrev først'] },
    ]);
  });

  it('ranks plans by priority points, most first, in list order on a tie', () => {
    const three = (planId: string, points: number[]) =>
      points.map((p, i) => ballot(`e${i + 1}`, planId, 'new', { points: p }));
    const { results: r } = tallyRound(
      1,
      [plan('a'), plan('b'), plan('c')],
      [...three('b', [1, 1, 1]), ...three('c', [1, 0, 0]), ...three('a', [0, 1, 0])],
      eligible,
    );
    expect(r.ranking).toEqual([
      { planId: 'b', points: 3 },
      { planId: 'a', points: 1 },
      { planId: 'c', points: 1 },
    ]);
  });
});
