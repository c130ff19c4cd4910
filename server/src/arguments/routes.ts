import { argumentActionSchema, newEntrySchema } from '@samskap/shared/arguments';
import { Hono } from 'hono';
import { z } from 'zod';
import { validate } from '../http/validate';
import { capabilityCheck, participantOf, type Env } from '../workshops/authMiddleware';
import type { Principal, WorkshopService } from '../workshops/service';
import type { ArgumentsService } from './service';
import type { Viewer } from './state';

export function viewerOf(principal: Principal): Viewer {
  return {
    participantId: principal.capability === 'participant' ? principal.participant.id : null,
    isFacilitator: principal.capability === 'facilitator',
  };
}

/** The argument map, mounted under /api. */
export function argumentsRoutes(workshops: WorkshopService, args: ArgumentsService) {
  const app = new Hono<Env>();
  const requireCapability = capabilityCheck(workshops);
  const base = '/workshops/:id/arguments';

  app.get(base, requireCapability('facilitator', 'participant', 'projector'), async (c) => {
    const view = await args.viewer(c.req.param('id')!);
    return c.json(view(viewerOf(c.get('principal'))));
  });

  app.post(
    `${base}/entries`,
    requireCapability('facilitator', 'participant'),
    validate('json', newEntrySchema),
    async (c) => {
      const principal = c.get('principal');
      const author = principal.capability === 'participant' ? principal.participant : null;
      return c.json(
        { id: await args.addEntry(c.req.param('id')!, author, c.req.valid('json')) },
        201,
      );
    },
  );

  app.put(
    `${base}/entries/:entryId/support`,
    requireCapability('participant'),
    validate('json', z.object({ on: z.boolean() }).strict()),
    async (c) => {
      await args.support(
        c.req.param('id')!,
        participantOf(c),
        c.req.param('entryId')!,
        c.req.valid('json').on,
      );
      return c.json({ ok: true });
    },
  );

  app.post(
    `${base}/actions`,
    requireCapability('facilitator'),
    validate('json', argumentActionSchema),
    async (c) => {
      await args.act(c.req.param('id')!, c.req.valid('json'));
      return c.json({ ok: true });
    },
  );

  return app;
}
