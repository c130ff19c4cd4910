import { createHmac } from 'node:crypto';
import type { Context } from 'hono';
import { participantOf, type Env } from '../workshops/authMiddleware';
import type { ParticipantRecord } from '../workshops/repository';

/** A participant as a ballot box knows them: their record, and the token they came with. */
export interface Voter {
  participant: ParticipantRecord;
  /** The bearer token of this request; only its HMAC is ever stored ([D7]). */
  token: string;
}

/**
 * The key a voter's ballots or answers are stored under for one question ([D7]): an HMAC keyed
 * by their token, which the database holds only as a SHA-256 hash. The server can find a voter's
 * own ballot while they present their token; a copy of the database cannot link it to anyone.
 */
export function voterKey(token: string, scope: string): string {
  return createHmac('sha256', token).update(`samskap/ballot/${scope}`).digest('base64url');
}

/** The voter behind a route that only participants reach (after `capabilityCheck`). */
export function voterOf(c: Context<Env>): Voter {
  const header = c.req.header('authorization') ?? '';
  return { participant: participantOf(c), token: header.replace(/^Bearer /, '') };
}
