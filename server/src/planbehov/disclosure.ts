import { PlanbehovLimits, type WithheldReason } from '@samskap/shared/planbehov';
import type { ParticipantRole } from '@samskap/shared/workshop';

export const ROLES: readonly ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];

/** What of one question's answers may be shown: "all" and the role splits that keep [D1]. */
export interface Disclosed<T> {
  all: T | null;
  byRole: Record<ParticipantRole, T | null>;
  withheld: Record<ParticipantRole, WithheldReason | null>;
}

const perRole = <V>(f: (r: ParticipantRole) => V) =>
  Object.fromEntries(ROLES.map((r) => [r, f(r)])) as Record<ParticipantRole, V>;

/**
 * Which role splits of one question may be shown ([D1]). The roles are disjoint and together
 * make "all", so what anyone can work out from the shown groups is any union of the "atoms":
 * each shown role, and the rest (all minus the shown roles). Every atom must count no answers
 * or at least `min`. Roles with 1..min-1 answers are withheld (`tooFew`); while the rest is then
 * 1..min-1, the smallest shown role is merged into it as well (`wouldReveal`). Where "all"
 * itself counts 1..min-1, nothing is shown.
 */
export function disclosedRoles(
  counts: Record<ParticipantRole, number>,
  min: number = PlanbehovLimits.minGroupSize,
): { showAll: boolean; shown: Set<ParticipantRole>; withheld: Disclosed<never>['withheld'] } {
  const total = ROLES.reduce((sum, r) => sum + counts[r], 0);
  const withheld = perRole<WithheldReason | null>((r) =>
    counts[r] > 0 && counts[r] < min ? 'tooFew' : null,
  );
  if (total < min) return { showAll: false, shown: new Set(), withheld };
  const shown = new Set(ROLES.filter((r) => counts[r] >= min));
  const rest = () => total - [...shown].reduce((sum, r) => sum + counts[r], 0);
  while (rest() > 0 && rest() < min) {
    // Merge the smallest shown role into the rest (the later role on a tie: a stable choice).
    const smallest = [...shown].sort(
      (a, b) => counts[a] - counts[b] || ROLES.indexOf(b) - ROLES.indexOf(a),
    )[0]!;
    shown.delete(smallest);
    withheld[smallest] = 'wouldReveal';
  }
  return { showAll: true, shown, withheld };
}

/** Summarises one question's answers under [D1]. */
export function disclose<A extends { role: ParticipantRole }, T>(
  answers: readonly A[],
  summarise: (group: A[]) => T,
  min: number = PlanbehovLimits.minGroupSize,
): Disclosed<T> {
  const counts = perRole((r) => answers.filter((a) => a.role === r).length);
  const { showAll, shown, withheld } = disclosedRoles(counts, min);
  return {
    all: showAll ? summarise([...answers]) : null,
    byRole: perRole((r) => (shown.has(r) ? summarise(answers.filter((a) => a.role === r)) : null)),
    withheld,
  };
}

/**
 * [D1] again over aggregates that came from elsewhere (an imported export, perhaps made before
 * these rules): what is known of the groups is the size of "all" and of each shown role; a
 * group that breaks [D1] is withheld now, as if the server had tallied it.
 */
export function redisclose<T>(
  given: {
    all: T | null;
    byRole: Record<ParticipantRole, T | null>;
    withheld?: Disclosed<T>['withheld'];
  },
  size: (t: T) => number,
  min: number = PlanbehovLimits.minGroupSize,
): Disclosed<T> {
  const before = given.withheld ?? perRole(() => null);
  const none = { all: null, byRole: perRole(() => null), withheld: before };
  if (given.all === null || size(given.all) < min) return none;
  const all = given.all;
  const shown = new Set(
    ROLES.filter((r) => given.byRole[r] !== null && size(given.byRole[r]!) >= min),
  );
  const withheld = perRole((r) =>
    given.byRole[r] !== null && !shown.has(r) ? ('tooFew' as const) : before[r],
  );
  const sizeOf = (r: ParticipantRole) => size(given.byRole[r]!);
  const rest = () => size(all) - [...shown].reduce((sum, r) => sum + sizeOf(r), 0);
  while (rest() > 0 && rest() < min) {
    const smallest = [...shown].sort((a, b) => sizeOf(a) - sizeOf(b))[0]!;
    shown.delete(smallest);
    withheld[smallest] = 'wouldReveal';
  }
  return { all, byRole: perRole((r) => (shown.has(r) ? given.byRole[r] : null)), withheld };
}
