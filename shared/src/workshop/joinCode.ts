/**
 * Join codes: short, read aloud in a council hall and typed on a tablet. The alphabet leaves out
 * 0/O, 1/I/L, so nothing is mistaken for something else; 31^6 ≈ 887 million codes.
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
export const JOIN_CODE_PATTERN = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

/** Upper-cases and removes spaces and dashes, as people type them ("abc-def" → "ABCDEF"). */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** "ABCDEF" → "ABC DEF": easier to read aloud and to copy from a projector. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
