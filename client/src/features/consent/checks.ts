import {
  statementFromText,
  type ConsentCheck,
  type ConsentSubject,
  type StatementBlock,
} from '@samskap/shared/consent';
import type { Activity } from '@samskap/shared/workshop';

/**
 * The check that belongs to a subject now: the newest one started for it, or null. (A subject
 * gets a new check when its statement changed enough to ask again; earlier ones stay on record.)
 */
export function latestCheckFor(
  checks: readonly ConsentCheck[],
  subject: ConsentSubject,
): ConsentCheck | null {
  let latest: ConsentCheck | null = null;
  for (const check of checks) {
    if (check.subject.kind !== subject.kind || check.subject.id !== subject.id) continue;
    if (latest === null || check.createdAt >= latest.createdAt) latest = check;
  }
  return latest;
}

/** The activity in whose phases a subject's checks are asked. */
const ACTIVITY_OF: Record<ConsentSubject['kind'], Activity> = {
  ambition: 'ambitions',
  synthesis: 'arguments',
};

/**
 * [K2] The check every tablet shows at the top: the newest open one, whatever its subject and
 * whatever the tablet is doing; when none is open, the newest check while the room is still in
 * a phase of its activity (its result as the room saw it), until the facilitator moves on.
 */
export function consentEventCheck(
  checks: readonly ConsentCheck[],
  activity: Activity | null,
): ConsentCheck | null {
  let newest: ConsentCheck | null = null;
  let open: ConsentCheck | null = null;
  for (const check of checks) {
    if (newest === null || check.createdAt >= newest.createdAt) newest = check;
    if (check.status === 'open' && (open === null || check.createdAt >= open.createdAt)) {
      open = check;
    }
  }
  if (open !== null) return open;
  return newest !== null && ACTIVITY_OF[newest.subject.kind] === activity ? newest : null;
}

/** A check's statement with its structure; a check from before [K3] is its lines as paragraphs. */
export function statementBlocksOf(check: ConsentCheck): readonly StatementBlock[] {
  return check.blocks ?? statementFromText(check.statement);
}
