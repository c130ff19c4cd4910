/*
 * The codes the server answers a refusal with, one `as const` list per feature. The server's
 * `ApiProblem` takes only a code listed here (an unlisted one fails the typecheck), and the
 * client words every listed code in nb, nn and en ([X1] in client/README.md).
 */

/** Refusals of the HTTP layer itself, and of any route: input, size, limits, failures. */
export const COMMON_ERROR_CODES = [
  'invalid_input',
  'bad_request',
  'not_found',
  'too_large',
  'file_too_large',
  'internal',
  'storage_failed',
  'too_many_workshops',
  'creation_paused',
] as const;

/** The workshop: joining, access links, setup rules, the run and the shared document. */
export const WORKSHOP_ERROR_CODES = [
  'unknown_code',
  'workshop_ended',
  // The facilitator has locked input: any activity's participant change is refused.
  'input_locked',
  'table_full',
  'workshop_full',
  'unknown_table',
  'too_many_attempts',
  'join_codes_paused',
  'unknown_token',
  'unauthenticated',
  'participant_removed',
  'forbidden',
  'workshop_not_found',
  'table_in_use',
  'phase_started',
  'phase_running',
  'activity_in_use',
  'no_such_phase',
  'participant_not_found',
  'room_unavailable',
  'unappliable_update',
] as const;

/** Restoring a workshop from its export file. */
export const TRANSFER_ERROR_CODES = ['import_invalid'] as const;

/** The planbehov activity: the plan list, its CSV import, voting and ballots. */
export const PLANBEHOV_ERROR_CODES = [
  'import_refused',
  'voting_started',
  'ballots_cast',
  'voting_open',
  'voting_not_open',
  'voting_not_closed',
  'no_plans',
  'over_budget',
  'year_outside_period',
  'not_eligible',
  'plan_not_found',
  'too_many_plans',
  'period_too_long',
] as const;

/** The argument map. */
export const ARGUMENTS_ERROR_CODES = [
  'input_paused',
  'floor_elsewhere',
  'question_not_found',
  'own_entry',
  'entry_not_found',
  'group_not_found',
  'conflict_not_found',
  'too_many_questions',
  'too_many_entries',
  'too_many_groups',
  'too_many_conflicts',
] as const;

/** Consent checks on the ambitions. */
export const CONSENT_ERROR_CODES = [
  'check_closed',
  'check_not_closed',
  'check_not_found',
  'too_many_checks',
] as const;

/**
 * HØP oppdrag against the samfunnsdel: the list, a table's work, proposals and points. It also
 * answers with `import_refused` and `over_budget` (planbehov) and `input_locked` (workshop).
 */
export const OPPDRAG_ERROR_CODES = [
  'not_your_table',
  'table_not_found',
  'goal_not_found',
  'oppdrag_not_found',
  'proposal_not_found',
  'focus_area_not_found',
  'too_many_oppdrag',
  'too_many_items',
  'points_open',
  'points_opened',
  'points_closed',
] as const;

/** The round table: cards, the top three, summaries, report-back, themes and points. */
export const RUNDEBORD_ERROR_CODES = [
  'card_not_found',
  'not_your_card',
  'top_three_full',
  'not_secretary',
  'theme_not_found',
  'too_many_cards',
  'too_many_themes',
  'no_table_reporting',
  'card_hidden',
  'no_themes',
] as const;

/** The closing evaluation (its form, result and baseline). */
export const EVALUERING_ERROR_CODES = [
  'evaluation_opened',
  'evaluation_not_open',
  'evaluation_closed',
  'evaluation_not_closed',
  'baseline_without_result',
  'baseline_invalid',
  'baseline_forbidden',
  'baseline_same_workshop',
] as const;

export type CommonErrorCode = (typeof COMMON_ERROR_CODES)[number];
export type WorkshopErrorCode = (typeof WORKSHOP_ERROR_CODES)[number];
export type TransferErrorCode = (typeof TRANSFER_ERROR_CODES)[number];
export type PlanbehovErrorCode = (typeof PLANBEHOV_ERROR_CODES)[number];
export type ArgumentsErrorCode = (typeof ARGUMENTS_ERROR_CODES)[number];
export type ConsentErrorCode = (typeof CONSENT_ERROR_CODES)[number];
export type OppdragErrorCode = (typeof OPPDRAG_ERROR_CODES)[number];
export type RundebordErrorCode = (typeof RUNDEBORD_ERROR_CODES)[number];
export type EvalueringErrorCode = (typeof EVALUERING_ERROR_CODES)[number];

/** Every list by feature, for checks that walk them all (each code is in exactly one). */
export const API_ERROR_CODES = {
  common: COMMON_ERROR_CODES,
  workshop: WORKSHOP_ERROR_CODES,
  transfer: TRANSFER_ERROR_CODES,
  planbehov: PLANBEHOV_ERROR_CODES,
  arguments: ARGUMENTS_ERROR_CODES,
  consent: CONSENT_ERROR_CODES,
  oppdrag: OPPDRAG_ERROR_CODES,
  rundebord: RUNDEBORD_ERROR_CODES,
  evaluering: EVALUERING_ERROR_CODES,
} as const;

/** A code the API may answer with. */
export type ApiErrorCode =
  | CommonErrorCode
  | WorkshopErrorCode
  | TransferErrorCode
  | PlanbehovErrorCode
  | ArgumentsErrorCode
  | ConsentErrorCode
  | OppdragErrorCode
  | RundebordErrorCode
  | EvalueringErrorCode;

/** The numbers and names a refusal's sentence needs (`{{mib}}`, `{{number}}`, …). */
export type ErrorParams = Record<string, string | number>;

/** Whether `code` is in `list` (narrows a wire string to the list's codes). */
export function isErrorCode<const T extends readonly string[]>(
  list: T,
  code: string,
): code is T[number] {
  return (list as readonly string[]).includes(code);
}
