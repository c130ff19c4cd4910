import { z } from 'zod';
import { isPlainLine, PLAIN_LINE_MESSAGE } from './plainText';
import { JOIN_CODE_PATTERN, normalizeJoinCode } from './joinCode';
import type { languageSchema, periodSchema } from './model';
import {
  modeSchema,
  roleSchema,
  runStateSchema,
  WorkshopLimits,
  workshopSetupSchema,
  type FocusArea,
  type Phase,
  type WorkshopTable,
} from './model';

/**
 * The error body of every failed API call: a stable code (listed in `@samskap/shared/errors`), a
 * sentence in English for logs, the field at fault, and the parameters the client's sentence
 * needs (`{code, params}`, worded in the reader's language).
 */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    /** More to show (every problem in a refused file, for instance). */
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const joinCodeSchema = z
  .string()
  .transform(normalizeJoinCode)
  .pipe(
    z
      .string()
      .regex(JOIN_CODE_PATTERN, 'six characters: letters A–Z without I, L, O, and digits 2–9'),
  );

/** `POST /api/workshops` and `PUT /api/workshops/:id/setup` */
export const createWorkshopRequestSchema = workshopSetupSchema;

/** The workshop as every participant may see it. */
export interface WorkshopPublic {
  id: string;
  title: string;
  municipality: string;
  date: string;
  language: z.infer<typeof languageSchema>;
  period: z.infer<typeof periodSchema>;
  agenda: Phase[];
  tables: WorkshopTable[];
  focusAreas: FocusArea[];
  showNames: boolean;
  joinCode: string;
  createdAt: number;
  endedAt: number | null;
}

/** `POST /api/workshops` answers: the secret console link is shown once; keep it. */
export interface CreateWorkshopResponse {
  workshop: WorkshopPublic;
  facilitatorToken: string;
  projectorToken: string;
  links: { console: string; projector: string; join: string };
}

/** `POST /api/join/lookup` */
export const joinLookupRequestSchema = z.object({ code: joinCodeSchema });
export interface JoinLookupResponse {
  workshopId: string;
  title: string;
  municipality: string;
  date: string;
  language: z.infer<typeof languageSchema>;
  tables: Array<{ id: string; name: string; capacity: number; seated: number }>;
}

/** `POST /api/join` */
export const joinRequestSchema = z.object({
  code: joinCodeSchema,
  displayName: z
    .string()
    .trim()
    .max(WorkshopLimits.displayNameMax)
    .refine(isPlainLine, PLAIN_LINE_MESSAGE)
    .optional(),
  role: roleSchema,
  party: z
    .string()
    .trim()
    .max(WorkshopLimits.partyMax)
    .refine(isPlainLine, PLAIN_LINE_MESSAGE)
    .optional(),
  /** A table of the workshop; left out, the server seats the participant at the emptiest table. */
  tableId: z.string().max(40).optional(),
});
export type JoinRequest = z.input<typeof joinRequestSchema>;

export interface ParticipantSelf {
  id: string;
  displayName: string | null;
  role: z.infer<typeof roleSchema>;
  party: string | null;
  tableId: string;
  colour: string;
}

export interface JoinResponse {
  participantToken: string;
  participant: ParticipantSelf;
  workshopId: string;
}

/** `POST /api/workshops/:id/actions`: what the facilitator can do while the workshop runs. */
export const facilitatorActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('phase.next') }),
  z.object({ type: z.literal('phase.previous') }),
  z.object({ type: z.literal('phase.goto'), index: z.number().int().nonnegative() }),
  z.object({ type: z.literal('timer.start') }),
  z.object({ type: z.literal('timer.pause') }),
  z.object({ type: z.literal('timer.reset') }),
  z.object({
    type: z.literal('timer.add'),
    minutes: z.number().int().min(-WorkshopLimits.addMinutesMax).max(WorkshopLimits.addMinutesMax),
  }),
  z.object({ type: z.literal('input.lock') }),
  z.object({ type: z.literal('input.unlock') }),
  z.object({ type: z.literal('mode.set'), mode: modeSchema }),
  z.object({ type: z.literal('stage.hold'), held: z.boolean() }),
  z.object({ type: z.literal('stage.step') }),
  z.object({ type: z.literal('stage.join'), compact: z.boolean() }),
  z.object({
    type: z.literal('participant.move'),
    participantId: z.string().max(40),
    tableId: z.string().max(40),
  }),
  z.object({ type: z.literal('participant.remove'), participantId: z.string().max(40) }),
  z.object({ type: z.literal('workshop.end') }),
]);
export type FacilitatorAction = z.infer<typeof facilitatorActionSchema>;

export const runStateResponseSchema = runStateSchema;
