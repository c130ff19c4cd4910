import type { ConsentCheck, ConsentSubject } from '@samskap/shared/consent';

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
