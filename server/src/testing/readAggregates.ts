import type { ConsentCheck, ConsentCounts } from '@samskap/shared/consent';
import type { GroupTally, PlanResult, RoundResults, Turnout } from '@samskap/shared/planbehov';
import { ALL_MASK, ROLE_MASK, type Seen } from './differencing';

/*
 * What the attacker of the disclosure property test ([D1]–[D6]) reads off a published aggregate:
 * each shown group as a vector of counts (component 0: how many answers), keyed by question.
 */

type Role = keyof typeof ROLE_MASK;
const ROLES: Role[] = ['folkevalgt', 'administrasjon', 'annen'];
/** The years of the test workshops' period (the template's for 2025). */
export const YEARS = [2025, 2026, 2027, 2028];
export const DECISIONS = ['continue', 'revise', 'new', 'drop', 'unsure'] as const;

const planVec = (g: GroupTally) => [
  g.ballots,
  ...DECISIONS.map((d) => g.decisions[d]),
  g.points,
  ...YEARS.map((y) => g.startYears.find((s) => s.year === y)?.count ?? 0),
];
const consentVec = (c: ConsentCounts) => [c.answers, ...c.counts];

/** The published numbers of one round, as the attacker reads them. */
export function readRound(r: RoundResults, t: number, where: string, out: Seen[]): void {
  readTurnout(r.turnout, `turnout:${r.round}`, t, where, out);
  for (const p of r.plans as PlanResult[]) {
    const question = `plan:${r.round}:${p.planId}`;
    if (p.all)
      out.push({ question, mask: ALL_MASK, vec: planVec(p.all), t, where: `${where} all` });
    for (const role of ROLES) {
      const g = p.byRole[role];
      if (g)
        out.push({
          question,
          mask: ROLE_MASK[role],
          vec: planVec(g),
          t,
          where: `${where} ${role}`,
        });
    }
  }
}

export function readTurnout(
  turnout: Turnout,
  question: string,
  t: number,
  where: string,
  out: Seen[],
) {
  const total = { question, t, peopleOnly: true, where: `${where} turnout` };
  out.push({ ...total, mask: ALL_MASK, vec: [turnout.voted] });
  for (const role of ROLES) {
    const voted = turnout.byRole[role].voted;
    if (voted !== null) out.push({ ...total, mask: ROLE_MASK[role], vec: [voted] });
  }
}

export function readConsent(checks: ConsentCheck[], t: number, where: string, out: Seen[]): void {
  for (const c of checks) {
    if (!c.result) continue;
    const question = `consent:${c.id}`;
    if (c.result.all)
      out.push({ question, mask: ALL_MASK, vec: consentVec(c.result.all), t, where });
    for (const role of ROLES) {
      const g = c.result.byRole[role];
      if (g)
        out.push({
          question,
          mask: ROLE_MASK[role],
          vec: consentVec(g),
          t,
          where: `${where} ${role}`,
        });
    }
  }
}
