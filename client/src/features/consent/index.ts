/**
 * Consent checks, shared by every activity that asks "can you live with this?" (syntheses in
 * the argument map, ambitions). The checks arrive in `state.consent` on the live channel:
 *
 * - `ConsentCheckAnswer` (tablet): five large buttons; with `useConsentAnswers(workshopId,
 *   participantToken)` called once per screen.
 * - `ConsentCheckResult`: the aggregate by role once revealed; "too few to split" for a role
 *   with fewer than three answers. `ConsentStageResult`: the same on the projector, its groups
 *   on pages ([G3]); `ConsentVerdict`, `ConsentResultPart` and `consentResultParts` for a stage
 *   that pages the groups itself (the argument map's side column).
 * - `ConsentCheckControls` (console): start a check for a subject, close, reopen, reveal, hide.
 * - `latestCheckFor(state.consent, subject)`: the check that belongs to a subject.
 * - `ConsentEvent` (tablet page, [K2]): the check of the moment at the top, whatever activity;
 *   `ConsentStatement` renders a statement's headings, paragraphs and lists ([K3]).
 *
 * Its strings live under `consent.` (`locales.ts`), including the scale `consent.scale.s1…s5`.
 */
export { consentEventCheck, latestCheckFor, statementBlocksOf } from './checks';
export { ConsentEvent, ConsentEventJump, useConsentEvent } from './ConsentEvent';
export type { ConsentEventProps } from './ConsentEvent';
export { ConsentStatement } from './ConsentStatement';
export { ConsentCheckAnswer } from './ConsentCheckAnswer';
export type { ConsentCheckAnswerProps } from './ConsentCheckAnswer';
export { ConsentCheckControls } from './ConsentCheckControls';
export type { ConsentCheckControlsProps } from './ConsentCheckControls';
export {
  ConsentCheckResult,
  ResultPart as ConsentResultPart,
  resultParts as consentResultParts,
  Verdict as ConsentVerdict,
} from './ConsentCheckResult';
export type { ResultPartKey as ConsentResultPartKey } from './ConsentCheckResult';
export type { ConsentCheckResultProps } from './ConsentCheckResult';
export { ConsentStageResult } from './ConsentStageResult';
export type { ConsentStageResultProps } from './ConsentStageResult';
export { consentLocales } from './locales';
export { useConsentAnswers } from './useConsentAnswers';
export type { ConsentAnswers } from './useConsentAnswers';
