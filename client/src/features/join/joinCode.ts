/**
 * Join codes: six characters from an alphabet without the look-alikes 0/O, 1/I/L, so that a code
 * read off a projector from the back of a council chamber is typed right the first time.
 *
 * The server generates these codes too; the alphabet belongs in `shared/` once the workshops
 * issue adds the server side, and this file should then import it from there.
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export type JoinCodeResult =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly error: 'empty' }
  | { readonly ok: false; readonly error: 'length'; readonly length: number }
  | { readonly ok: false; readonly error: 'characters'; readonly characters: readonly string[] };

/** Upper-cases and drops the spaces and dashes people type when they copy "ABC 234" or "ABC-234". */
export function normalizeJoinCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}

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
