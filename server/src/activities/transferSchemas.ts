import { z } from 'zod';

/** The small pieces every module's part of the export file is checked with. */
export const id = z.string().min(1).max(80);
export const count = z.number().int().nonnegative();
export const byRole = <T extends z.ZodType>(t: T) =>
  z.object({ folkevalgt: t, administrasjon: t, annen: t });
/** Why a role's split is withheld (server README, [D1]); absent in exports made before it. */
export const reason = z.enum(['tooFew', 'wouldReveal']).nullable();
export const withheld = byRole(reason).default({
  folkevalgt: null,
  administrasjon: null,
  annen: null,
});
