import { CONSENT_SCALE, type ConsentCounts, type ConsentValue } from '@samskap/shared/consent';

/** The five steps in order, 1 = fully agree … 5 = cannot accept. */
export const CONSENT_STEPS: readonly ConsentValue[] = CONSENT_SCALE;

/** Narrows a stored answer (a plain number from the server) to a step of the scale. */
export function isConsentValue(value: unknown): value is ConsentValue {
  return typeof value === 'number' && (CONSENT_STEPS as readonly number[]).includes(value);
}

export interface ConsentBar {
  readonly step: ConsentValue;
  readonly count: number;
  /** Share of the group's answers, 0–100, rounded to whole percent. */
  readonly percent: number;
}

/** One bar per step, with its share of the answers (all zero when nobody answered). */
export function consentBars(counts: ConsentCounts): ConsentBar[] {
  return CONSENT_STEPS.map((step) => {
    const count = counts.counts[step - 1] ?? 0;
    const percent = counts.answers === 0 ? 0 : Math.round((count / counts.answers) * 100);
    return { step, count, percent };
  });
}

/**
 * Whether the group has consent: nobody at "cannot accept". Consent is not agreement; it is
 * that no one blocks (step 4, "disagree but will not block", still consents).
 */
export function hasConsent(counts: ConsentCounts): boolean {
  return counts.answers > 0 && counts.counts[4] === 0;
}
