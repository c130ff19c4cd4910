import {
  ballotDecisionSchema,
  planInputSchema,
  votingSettingsSchema,
} from '@samskap/shared/planbehov';
import { z } from 'zod';
import { byRole, count, id, reason, withheld } from '../activities/transferSchemas';

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

/** Planbehov's part of the export file: the plans, the voting, the discussed rounds. */
export const planbehovExportSchema = z.object({
  plans: z.array(planInputSchema.extend({ id })).max(300),
  voting: votingSettingsSchema.extend({
    round: count,
    status: z.enum(['draft', 'open', 'closed']),
    revealed: z.boolean(),
  }),
  rounds: z.array(roundResults),
});

export type PlanbehovExport = z.infer<typeof planbehovExportSchema>;
