import {
  conflictHandlingSchema,
  conflictStatusSchema,
  entryKindSchema,
  problemTypeSchema,
} from '@samskap/shared/arguments';
import { consentSubjectSchema } from '@samskap/shared/consent';
import { evaluationExportSchema } from '@samskap/shared/evaluering';
import {
  ballotDecisionSchema,
  planInputSchema,
  votingSettingsSchema,
} from '@samskap/shared/planbehov';
import { roleSchema, runStateSchema, workshopSetupSchema } from '@samskap/shared/workshop';
import { z } from 'zod';

/**
 * Bounds on an import. A workshop export is a few hundred kilobytes; the default file bound
 * (MAX_IMPORT_BYTES) is room to spare, and the schema's own bounds hold under any setting.
 */
export const TransferLimits = {
  fileBytesDefault: 8 * 1024 * 1024,
  fileBytesMax: 256 * 1024 * 1024,
  participantsMax: 2000,
} as const;

const id = z.string().min(1).max(80);
const count = z.number().int().nonnegative();
const decisions = z.object(
  Object.fromEntries(ballotDecisionSchema.options.map((d) => [d, count])) as Record<
    z.infer<typeof ballotDecisionSchema>,
    typeof count
  >,
);
const groupTally = z.object({
  ballots: count,
  decisions,
  startYears: z.array(z.object({ year: z.number().int(), count })),
  points: count,
});
const byRole = <T extends z.ZodType>(t: T) =>
  z.object({ folkevalgt: t, administrasjon: t, annen: t });
/** Why a role's split is withheld (server README, [D1]); absent in exports made before it. */
const reason = z.enum(['tooFew', 'wouldReveal']).nullable();
const withheld = byRole(reason).default({ folkevalgt: null, administrasjon: null, annen: null });
const roundResults = z.object({
  round: z.number().int().min(1),
  turnout: z.object({
    voted: count,
    eligible: count,
    byRole: byRole(
      z.object({ voted: count.nullable(), eligible: count, withheld: reason.optional() }),
    ),
  }),
  plans: z.array(
    z.object({
      planId: id,
      all: groupTally.nullable(),
      byRole: byRole(groupTally.nullable()),
      withheld,
      leading: ballotDecisionSchema.nullable(),
      leadingYear: z.number().int().nullable(),
      rolesDisagree: z.boolean(),
    }),
  ),
  ranking: z.array(z.object({ planId: id, points: count })),
});
const consentCounts = z.object({
  answers: count,
  counts: z.tuple([count, count, count, count, count]),
});

/**
 * A whole workshop as one JSON file: the backup, and the way to move a workshop between
 * installations. It holds what the screens show — the shared document, the server-decided
 * state and aggregates — and no credential and no individual ballot or answer. Its checksum
 * (unkeyed SHA-256 over the rest) catches accidental damage only; anyone can recompute it, so
 * the import cross-checks everything (server/README [T2–T4]).
 */
export const workshopExportSchema = z
  .object({
    format: z.literal('samskap.workshop'),
    version: z.literal(1),
    exportedAt: z.number().int(),
    workshop: z.object({
      setup: workshopSetupSchema,
      run: runStateSchema,
      createdAt: z.number().int(),
      endedAt: z.number().int().nullable(),
    }),
    phaseLog: z.array(z.object({ phaseIndex: count, at: z.number().int() })).max(10_000),
    participants: z
      .array(
        z.object({
          displayName: z.string().max(60).nullable(),
          role: roleSchema,
          party: z.string().max(60).nullable(),
          tableId: id,
          colour: z.string().regex(/^#[0-9a-f]{6}$/i),
          joinedAt: z.number().int(),
          removedAt: z.number().int().nullable(),
        }),
      )
      .max(TransferLimits.participantsMax),
    /** The shared Yjs document, as one update, base64. */
    content: z
      .string()
      .max(TransferLimits.fileBytesMax)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
    planbehov: z.object({
      plans: z.array(planInputSchema.extend({ id })).max(300),
      voting: votingSettingsSchema.extend({
        round: count,
        status: z.enum(['draft', 'open', 'closed']),
        revealed: z.boolean(),
      }),
      rounds: z.array(roundResults),
    }),
    consent: z.array(
      z.object({
        id,
        subject: consentSubjectSchema,
        statement: z.string().min(1).max(2000),
        status: z.enum(['open', 'closed']),
        revealed: z.boolean(),
        createdAt: z.number().int(),
        answered: count,
        result: z
          .object({
            all: consentCounts.nullable(),
            byRole: byRole(consentCounts.nullable()),
            withheld,
          })
          .nullable(),
      }),
    ),
    arguments: z.object({
      questions: z.array(
        z.object({
          id,
          text: z.string().min(1).max(300),
          problemType: problemTypeSchema.nullable(),
        }),
      ),
      shownQuestionId: id.nullable(),
      norms: z.array(z.string().min(1).max(200)).nullable(),
      paused: z.boolean(),
      floorTableId: id.nullable(),
      controlled: z.boolean(),
      groups: z.array(z.object({ id, questionId: id, label: z.string().min(1).max(300) })),
      entries: z.array(
        z.object({
          id,
          questionId: id,
          kind: entryKindSchema,
          parentId: id.nullable(),
          text: z.string().min(1).max(500),
          status: z.enum(['pending', 'visible', 'hidden']),
          /** Index into `participants`; null for the facilitator. */
          author: count.nullable(),
          authorRole: z.enum(['folkevalgt', 'administrasjon', 'annen', 'facilitator']),
          authorTableId: id.nullable(),
          groupId: id.nullable(),
          supports: count,
          mergedInto: id.nullable(),
          mergedCount: count,
          createdAt: z.number().int(),
        }),
      ),
      syntheses: z.array(z.object({ id, questionId: id, text: z.string().min(1).max(500) })),
      conflicts: z.array(
        z.object({
          id,
          questionId: id,
          positionIds: z.tuple([id, id]),
          description: z.string().min(1).max(1000),
          handling: conflictHandlingSchema.nullable(),
          status: conflictStatusSchema,
          note: z.string().max(1000),
        }),
      ),
    }),
    /** The closing evaluation (server README [EV7]); absent in exports made before it. */
    evaluering: evaluationExportSchema.optional(),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type WorkshopExport = z.infer<typeof workshopExportSchema>;
