import { consentSubjectSchema, statementBlocksSchema } from '@samskap/shared/consent';
import { z } from 'zod';
import { byRole, count, id, withheld } from '../activities/transferSchemas';

const consentCounts = z.object({
  answers: count,
  counts: z.tuple([count, count, count, count, count]),
});

/** Consent's part of the export file: the checks with their aggregates as the screens had them. */
export const consentExportSchema = z.array(
  z.object({
    id,
    subject: consentSubjectSchema,
    statement: z.string().min(1).max(2000),
    /** Since [K3]; older exports have none and read as plain text. */
    blocks: statementBlocksSchema.nullable().optional(),
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
);

export type ConsentExport = z.infer<typeof consentExportSchema>;
