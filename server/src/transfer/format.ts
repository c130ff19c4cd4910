import { roleSchema, runStateSchema, workshopSetupSchema } from '@samskap/shared/workshop';
import { z } from 'zod';
import type { TransferParts } from '../activities/compose';
import { count, id } from '../activities/transferSchemas';

/**
 * Bounds on an import. A workshop export is a few hundred kilobytes; the default file bound
 * (MAX_IMPORT_BYTES) is room to spare, and the schema's own bounds hold under any setting.
 */
export const TransferLimits = {
  fileBytesDefault: 8 * 1024 * 1024,
  fileBytesMax: 256 * 1024 * 1024,
  participantsMax: 2000,
} as const;

/**
 * A whole workshop as one JSON file: the backup, and the way to move a workshop between
 * installations. It holds what the screens show — the shared document, the server-decided
 * state and aggregates — and no credential and no individual ballot or answer. Its checksum
 * (unkeyed SHA-256 over the rest) catches accidental damage only; anyone can recompute it, so
 * the import cross-checks everything (server/README [T2–T4]).
 */
export const coreExportSchema = z.object({
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
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The whole file: the core, then each activity module's part under its key ([AM5]). */
export type WorkshopExport = z.infer<typeof coreExportSchema> & TransferParts;

/** The file's schema with the modules' parts: nothing else is allowed in it. */
export function workshopExportSchema(parts: Record<string, z.ZodType>): z.ZodType<WorkshopExport> {
  return coreExportSchema.extend(parts).strict() as unknown as z.ZodType<WorkshopExport>;
}
