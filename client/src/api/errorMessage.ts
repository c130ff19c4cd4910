import {
  COMMON_ERROR_CODES,
  TRANSFER_ERROR_CODES,
  WORKSHOP_ERROR_CODES,
} from '@samskap/shared/errors';
import { WorkshopLimits } from '@samskap/shared/workshop';
import { ApiRequestError } from './http';
import type { ApiErrorKey, GeneralErrorCode } from './locales';

/** A translation key under `errors.` and what to fill into it. */
export interface ApiErrorText {
  readonly key: ApiErrorKey;
  readonly values: Readonly<Record<string, string | number>>;
}

const GENERAL_CODES: ReadonlySet<string> = new Set<GeneralErrorCode>([
  ...COMMON_ERROR_CODES,
  ...WORKSHOP_ERROR_CODES,
  ...TRANSFER_ERROR_CODES,
]);

/** A code the shared error words cover (the lists in `@samskap/shared/errors`), or `network`. */
function isGeneralCode(code: string): code is GeneralErrorCode | 'network' {
  return GENERAL_CODES.has(code) || code === 'network';
}

const ACTIVITY_KEYS = new Set<string>([
  'activity_in_use_planbehov',
  'activity_in_use_arguments',
  'activity_in_use_ambitions',
]);

function isActivityKey(key: string): key is ApiErrorKey {
  return ACTIVITY_KEYS.has(key);
}

/**
 * Which sentence explains an error. The server's English `message` is for logs and tools; a
 * reader gets a sentence in their own language, chosen by the stable `code` (and `field`), with
 * the server's `params` filled in.
 */
export function apiErrorText(error: unknown): ApiErrorText {
  if (!(error instanceof ApiRequestError)) return { key: 'unexpected', values: {} };
  if (error.code === 'invalid_input') {
    if (error.field === 'displayName') {
      return { key: 'displayName', values: { max: WorkshopLimits.displayNameMax } };
    }
    if (error.field === 'party') return { key: 'party', values: { max: WorkshopLimits.partyMax } };
    return { key: 'invalid_input', values: { field: error.field ?? '—' } };
  }
  // Setup changes refused by the server's rules ([U2]–[U4] in server/README.md).
  const phase = /^agenda\.(\d+)/.exec(error.field ?? '');
  if ((error.code === 'phase_started' || error.code === 'phase_running') && phase) {
    return { key: error.code, values: { number: Number(phase[1]) + 1 } };
  }
  if (error.code === 'activity_in_use') {
    const key = `activity_in_use_${error.field ?? ''}`;
    if (isActivityKey(key)) return { key, values: {} };
  }
  if (error.code === 'import_invalid')
    return { key: 'import_invalid', values: { field: error.field ?? '—' } };
  if (isGeneralCode(error.code)) return { key: error.code, values: error.params };
  return { key: 'unexpected', values: {} };
}
