import {
  conflictHandlingSchema,
  conflictStatusSchema,
  entryKindSchema,
  problemTypeSchema,
} from '@samskap/shared/arguments';
import { z } from 'zod';
import { count, id } from '../activities/transferSchemas';

/** The argument map's part of the export file: authors as indexes, supports as counts. */
export const argumentsExportSchema = z.object({
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
});

export type ArgumentsExport = z.infer<typeof argumentsExportSchema>;
