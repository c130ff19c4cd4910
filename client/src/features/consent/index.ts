/**
 * Consent checks, shared by every activity that asks "can you live with this?" (syntheses in
 * the argument map, ambitions). The checks arrive in `state.consent` on the live channel:
 *
 * - `ConsentCheckAnswer` (tablet): five large buttons; with `useConsentAnswers(workshopId,
 *   participantToken)` called once per screen.
 * - `ConsentCheckResult`: the aggregate by role once revealed; "too few to split" for a role
 *   with fewer than three answers.
 * - `ConsentCheckControls` (console): start a check for a subject, close, reopen, reveal, hide.
 * - `latestCheckFor(state.consent, subject)`: the check that belongs to a subject.
 *
 * Its strings live under `consent.` (`locales.ts`), including the scale `consent.scale.s1…s5`.
 */
export { latestCheckFor } from './checks';
export { ConsentCheckAnswer } from './ConsentCheckAnswer';
export type { ConsentCheckAnswerProps } from './ConsentCheckAnswer';
export { ConsentCheckControls } from './ConsentCheckControls';
export type { ConsentCheckControlsProps } from './ConsentCheckControls';
export { ConsentCheckResult } from './ConsentCheckResult';
export type { ConsentCheckResultProps } from './ConsentCheckResult';
export { consentLocales } from './locales';
export { useConsentAnswers } from './useConsentAnswers';
export type { ConsentAnswers } from './useConsentAnswers';
