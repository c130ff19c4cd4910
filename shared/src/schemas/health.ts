import { z } from 'zod';

/** What `GET /api/health` answers. */
export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  /** The instance that answered (`INSTANCE_ID`, or a random one), where several run. */
  instance: z.string().optional(),
  uptimeSeconds: z.number().nonnegative(),
  rooms: z.number().int().nonnegative(),
  connections: z.number().int().nonnegative(),
});

export type Health = z.infer<typeof healthSchema>;
