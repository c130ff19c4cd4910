import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@samskap/shared/workshop';
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A capability token: 256 random bits, URL- and subprotocol-safe. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a token: what the database keeps, so a copy of the database grants nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The projector's token follows from the facilitator's, one way: whoever holds the console link
 * can open the projector link again on another device, and the projector link reveals nothing
 * of the console's. Nothing secret is stored to make this possible.
 */
export function projectorTokenFor(facilitatorToken: string): string {
  return createHash('sha256').update(`samskap/projector/${facilitatorToken}`).digest('base64url');
}

/** A short id for workshops and participants: 12 base64url characters (72 bits). */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}

/** A join code drawn uniformly from the unambiguous alphabet. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++)
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Caret and presence colours: distinct, and dark enough for white text (WCAG AA). */
export const PARTICIPANT_COLOURS = [
  '#1f5fa8',
  '#a3361f',
  '#2e7d32',
  '#7b3fa0',
  '#8a5a00',
  '#00727a',
  '#b0245a',
  '#4a5a8a',
  '#6d4c41',
  '#3d6b00',
  '#9c3d00',
  '#005f8f',
] as const;
