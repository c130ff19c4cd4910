import type { Plan } from '@samskap/shared/planbehov';
import { describe, expect, it } from 'vitest';
import { tallyRound, type TallyBallot, type Voter } from './tally';

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

const voters: Voter[] = [
  ...['e1', 'e2', 'e3', 'e4'].map((id) => ({ id, role: 'folkevalgt' as const })),
  ...['a1', 'a2', 'a3'].map((id) => ({ id, role: 'administrasjon' as const })),
  { id: 'o1', role: 'annen' },
];

function ballot(
  participantId: string,
  planId: string,
  decision: TallyBallot['decision'],
  extra: Partial<TallyBallot> = {},
): TallyBallot {
  const role = voters.find((v) => v.id === participantId)?.role ?? 'folkevalgt';
  return {
    participantId,
    planId,
    decision,
    role,
    startYear: null,
    comment: '',
    points: 0,
    ...extra,
  };
}

describe('tallying a round', () => {
  it('counts each ballot once and the points and start years with it', () => {
    const r = tallyRound(
      1,
      [plan('p')],
      [
        ballot('e1', 'p', 'revise', { startYear: 2026, points: 2 }),
        ballot('e2', 'p', 'revise', { startYear: 2027, points: 1 }),
        ballot('e3', 'p', 'revise', { startYear: 2026 }),
        ballot('a1', 'p', 'continue', { points: 3 }),
      ],
      voters,
    );
    const p = r.plans[0]!;
    expect(p.all.ballots).toBe(4);
    expect(p.all.decisions).toEqual({ continue: 1, revise: 3, new: 0, drop: 0, unsure: 0 });
    expect(p.all.points).toBe(6);
    expect(p.all.startYears).toEqual([
      { year: 2026, count: 2 },
      { year: 2027, count: 1 },
    ]);
    expect(p.leading).toBe('revise');
    expect(p.leadingYear).toBe(2026);
  });

  it('splits by role only where the role has at least three ballots on the plan', () => {
    const r = tallyRound(
      1,
      [plan('p')],
      [
        ballot('e1', 'p', 'drop'),
        ballot('e2', 'p', 'drop'),
        ballot('e3', 'p', 'drop'),
        ballot('a1', 'p', 'continue'),
        ballot('a2', 'p', 'continue'),
        ballot('o1', 'p', 'unsure'),
      ],
      voters,
    );
    expect(r.plans[0]!.byRole.folkevalgt?.ballots).toBe(3);
    expect(r.plans[0]!.byRole.administrasjon).toBeNull();
    expect(r.plans[0]!.byRole.annen).toBeNull();
    expect(r.plans[0]!.rolesDisagree).toBe(false);
  });

  it('marks a plan where elected members and the administration lean different ways', () => {
    const r = tallyRound(
      1,
      [plan('p')],
      [
        ...['e1', 'e2', 'e3'].map((id) => ballot(id, 'p', 'new')),
        ...['a1', 'a2', 'a3'].map((id) => ballot(id, 'p', 'drop')),
      ],
      voters,
    );
    expect(r.plans[0]!.rolesDisagree).toBe(true);
    expect(r.plans[0]!.leading).toBeNull();
  });

  it('counts turnout among those entitled to vote only, and ignores ballots of anyone else', () => {
    const r = tallyRound(
      1,
      [plan('p'), plan('q')],
      [
        ballot('e1', 'p', 'new'),
        ballot('e1', 'q', 'new'),
        ballot('a1', 'p', 'new'),
        ballot('removed', 'p', 'drop'),
      ],
      voters,
    );
    expect(r.turnout.voted).toBe(2);
    expect(r.turnout.eligible).toBe(8);
    expect(r.turnout.byRole.folkevalgt).toEqual({ voted: 1, eligible: 4 });
    expect(r.plans[0]!.all.decisions.drop).toBe(0);
  });

  it('ranks plans by priority points, most first, in list order on a tie', () => {
    const r = tallyRound(
      1,
      [plan('a'), plan('b'), plan('c')],
      [
        ballot('e1', 'b', 'new', { points: 3 }),
        ballot('e2', 'c', 'new', { points: 1 }),
        ballot('e3', 'a', 'new', { points: 1 }),
      ],
      voters,
    );
    expect(r.ranking).toEqual([
      { planId: 'b', points: 3 },
      { planId: 'a', points: 1 },
      { planId: 'c', points: 1 },
    ]);
  });
});
