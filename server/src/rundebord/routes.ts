import { facilitatorActionSchema, tableActionSchema } from '@samskap/shared/rundebord';
import { Hono } from 'hono';
import { validate } from '../http/validate';
import { capabilityCheck, participantOf, type Env } from '../workshops/authMiddleware';
import type { Principal, WorkshopService } from '../workshops/service';
import type { RundebordService } from './service';
import type { Viewer } from './state';

export function rundebordViewerOf(principal: Principal): Viewer {
  return principal.capability === 'participant'
    ? {
        capability: 'participant',
        participantId: principal.participant.id,
        tableId: principal.participant.tableId,
      }
    : { capability: principal.capability, participantId: null, tableId: null };
}

/** The round table, mounted under /api. */
export function rundebordRoutes(workshops: WorkshopService, rundebord: RundebordService) {
  const app = new Hono<Env>();
  const requireCapability = capabilityCheck(workshops);
  const base = '/workshops/:id/rundebord';

  app.get(base, requireCapability('facilitator', 'participant', 'projector'), async (c) => {
    const view = await rundebord.viewer(c.req.param('id')!);
    return c.json(view(rundebordViewerOf(c.get('principal'))));
  });

  app.post(
    `${base}/table`,
    requireCapability('participant'),
    validate('json', tableActionSchema),
    async (c) => {
      const result = await rundebord.tableAct(
        c.req.param('id')!,
        participantOf(c),
        c.req.valid('json'),
      );
      return c.json(result);
    },
  );

  app.post(
    `${base}/actions`,
    requireCapability('facilitator'),
    validate('json', facilitatorActionSchema),
    async (c) => {
      await rundebord.act(c.req.param('id')!, c.req.valid('json'));
      return c.json({ ok: true });
    },
  );

  return app;
}
