import type { ConsentCheck } from '@samskap/shared/consent';
import type { RoundResults } from '@samskap/shared/planbehov';
import { disclosedRoles, redisclose, ROLES } from './disclosure';
import { leadingOf } from './tally';

/** An imported round under [D1]/[D4] ([D6]): whatever the exporting server showed. */
export function discloseArchivedRound(r: RoundResults): RoundResults {
  const plans = r.plans.map((p) => {
    const d = redisclose(p, (t) => t.ballots);
    const elected = d.byRole.folkevalgt;
    const admin = d.byRole.administrasjon;
    return {
      ...p,
      ...d,
      leading: d.all ? p.leading : null,
      leadingYear: d.all ? p.leadingYear : null,
      rolesDisagree: elected !== null && admin !== null && leadingOf(elected) !== leadingOf(admin),
    };
  });
  const voted = Object.fromEntries(
    ROLES.map((role) => [role, r.turnout.byRole[role].voted ?? 0]),
  ) as Record<(typeof ROLES)[number], number>;
  const known = ROLES.every((role) => r.turnout.byRole[role].voted !== null);
  const turnoutRoles = known ? disclosedRoles(voted) : null;
  const byRole = Object.fromEntries(
    ROLES.map((role) => {
      const t = r.turnout.byRole[role];
      // Where a role was withheld already, the others were shown under [D4] by the exporter.
      const show = turnoutRoles ? turnoutRoles.shown.has(role) : t.voted !== null;
      return [
        role,
        {
          eligible: t.eligible,
          voted: show ? t.voted : null,
          withheld: show ? null : (turnoutRoles?.withheld[role] ?? t.withheld ?? null),
        },
      ];
    }),
  ) as RoundResults['turnout']['byRole'];
  const shownPlans = new Set(plans.filter((p) => p.all !== null).map((p) => p.planId));
  return {
    ...r,
    turnout: { ...r.turnout, byRole },
    plans,
    ranking: r.ranking.filter((x) => shownPlans.has(x.planId)),
  };
}

/** An imported consent check under [D1] ([D6]). */
export function discloseArchivedCheck(c: ConsentCheck): ConsentCheck {
  return c.result ? { ...c, result: redisclose(c.result, (t) => t.answers) } : c;
}
