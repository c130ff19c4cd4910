import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normalizeJoinCode } from '@samskap/shared/workshop';

/*
 * The alphabet, length and normalisation are the server's too (`shared/src/workshop/joinCode.ts`);
 * what this file adds is *why* a typed code is wrong, so the form can say so in words.
 */
export type JoinCodeResult =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly error: 'empty' }
  | { readonly ok: false; readonly error: 'length'; readonly length: number }
  | { readonly ok: false; readonly error: 'characters'; readonly characters: readonly string[] };

/** Checks a typed code, case-insensitively; on success `code` is the canonical upper-case form. */
export function parseJoinCode(input: string): JoinCodeResult {
  const code = normalizeJoinCode(input);
  if (code.length === 0) return { ok: false, error: 'empty' };
  // Bad characters are the more useful message: "ABC1" is wrong because of the 1, not its length.
  const characters = [...new Set([...code].filter((c) => !JOIN_CODE_ALPHABET.includes(c)))];
  if (characters.length > 0) return { ok: false, error: 'characters', characters };
  if (code.length !== JOIN_CODE_LENGTH) return { ok: false, error: 'length', length: code.length };
  return { ok: true, code };
}
