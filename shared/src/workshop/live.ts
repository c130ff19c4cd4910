import { z } from 'zod';
import type { roleSchema } from './model';
import { languageSchema, runStateSchema, type RunState } from './model';
import type { ArgumentsView } from '../arguments/model';
import type { ConsentCheck } from '../consent/model';
import type { PlanbehovView } from '../planbehov/model';
import type { ParticipantSelf, WorkshopPublic } from './api';

/** Where the live channel is mounted: `/live/<workshopId>`. */
export const LIVE_PATH_PREFIX = '/live/';

/**
 * The websocket subprotocol both channels speak. The credential travels as a second offered
 * subprotocol, `auth.<token>`, so that it is never part of a URL (and so never in a log).
 */
export const SUBPROTOCOL = 'samskap.v1';
export const AUTH_SUBPROTOCOL_PREFIX = 'auth.';

/** The protocols a client offers when opening either websocket. */
export function websocketProtocols(token: string): string[] {
  return [SUBPROTOCOL, `${AUTH_SUBPROTOCOL_PREFIX}${token}`];
}

export type Capability = 'facilitator' | 'participant' | 'projector';

/** A participant as the facilitator's console sees them. */
export interface ParticipantSummary {
  id: string;
  /** Null unless given; shared screens show it only where the workshop shows names. */
  displayName: string | null;
  role: z.infer<typeof roleSchema>;
  party: string | null;
  tableId: string;
  colour: string;
  connected: boolean;
}

/** Counts for the projector and tablets: nobody's name unless the workshop shows names. */
export interface Attendance {
  total: number;
  connected: number;
  byRole: Record<z.infer<typeof roleSchema>, number>;
  byTable: Array<{
    tableId: string;
    total: number;
    connected: number;
    byRole: Record<z.infer<typeof roleSchema>, number>;
  }>;
}

/**
 * The activities' sections of the live state, each under its server module's key (server
 * README, "Adding an activity"). A new activity adds its section from its own shared model:
 *
 *     declare module '../workshop/live' {
 *       interface LiveSections { rundebord: RundebordView }
 *     }
 */
export interface LiveSections {
  /** The planbehov list, voting and turnout; results as aggregates once revealed. */
  planbehov: PlanbehovView;
  /** Consent checks with their answer counts; aggregates once revealed. */
  consent: ConsentCheck[];
  /** The argument map as this connection may see it. */
  arguments: ArgumentsView;
}

/** What the server pushes on the live channel after every change. */
export interface LiveState extends LiveSections {
  capability: Capability;
  /** The server's clock when sent: clients correct their countdown by it. */
  serverTime: number;
  workshop: WorkshopPublic;
  run: RunState;
  attendance: Attendance;
  /** The facilitator sees everyone; others see names only where the workshop shows names. */
  participants: ParticipantSummary[];
  /** The participant's own record (participants only). */
  you: ParticipantSelf | null;
}

export type LiveMessage =
  | { type: 'state'; state: LiveState }
  /** The connection's credential stopped working (removed participant, ended session). */
  | { type: 'revoked'; reason: 'removed' | 'unknown_token' };

/** Validates what arrives on the client: a client trusts nothing it has not checked. */
export const liveMessageEnvelopeSchema = z.object({
  type: z.enum(['state', 'revoked']),
});

export const liveStateCoreSchema = z.object({
  capability: z.enum(['facilitator', 'participant', 'projector']),
  serverTime: z.number(),
  run: runStateSchema,
  workshop: z.object({ id: z.string(), language: languageSchema }).passthrough(),
});

export type { RunState };
