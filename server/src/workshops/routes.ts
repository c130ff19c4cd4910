import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import {
  createWorkshopRequestSchema,
  facilitatorActionSchema,
  joinLookupRequestSchema,
  joinRequestSchema,
  languageSchema,
} from '@samskap/shared/workshop';
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiProblem } from '../errors';
import { clientAddress } from '../http/clientAddress';
import { CreationGuard, defaultCreationLimits } from '../http/creationGuard';
import { validate } from '../http/validate';
import { capabilityCheck, type Env } from './authMiddleware';
import type { WorkshopService } from './service';
import { publicView, selfView } from './service';
import { projectorTokenFor } from './tokens';
import {
  defaultJoinCodeLimits,
  JoinGuard,
  type JoinCodeLimits,
  type SharedJoinCodes,
} from './joinGuard';
import type { ConnectedParticipants } from './presence';

function created(w: Awaited<ReturnType<WorkshopService['create']>>): CreateWorkshopResponse {
  return {
    workshop: publicView(w.workshop),
    facilitatorToken: w.facilitatorToken,
    projectorToken: w.projectorToken,
    // Tokens ride in the fragment: browsers never send it, so it reaches no server log.
    links: {
      console: `/f/${w.workshop.id}#${w.facilitatorToken}`,
      projector: `/p/${w.workshop.id}#${w.projectorToken}`,
      join: `/j/${w.workshop.joinCode}`,
    },
  };
}

export interface WorkshopRoutesOptions {
  service: WorkshopService;
  presence: ConnectedParticipants;
  /** Wrong join codes checked, per address and server-wide [J2–J3]; shared ones with [F10]. */
  joinCodes?: JoinCodeLimits | SharedJoinCodes;
  /** The creation budget shared with duplicate and import [L1]. */
  creations?: CreationGuard;
}

/** The workshop API, mounted under /api. */
export function workshopRoutes({
  service,
  presence,
  joinCodes = defaultJoinCodeLimits,
  creations = new CreationGuard(defaultCreationLimits),
}: WorkshopRoutesOptions) {
  const guard = new JoinGuard(joinCodes);
  const app = new Hono<Env>();

  const requireCapability = capabilityCheck(service);

  app.get(
    '/templates/planstrategi',
    validate(
      'query',
      z.object({
        language: languageSchema.default('nb'),
        year: z.coerce.number().int().min(2000).max(2100).optional(),
      }),
    ),
    (c) => {
      const { language, year } = c.req.valid('query');
      return c.json(planstrategiTemplate(language, year ?? new Date().getFullYear() + 1));
    },
  );

  app.post('/workshops', validate('json', createWorkshopRequestSchema), async (c) => {
    await creations.spend(c);
    return c.json(created(await service.create(c.req.valid('json'))), 201);
  });

  app.get(
    '/workshops/:id',
    requireCapability('facilitator', 'participant', 'projector'),
    async (c) => {
      const w = await service.require(c.req.param('id')!);
      return c.json({
        workshop: publicView(w),
        run: w.run,
        capability: c.get('principal').capability,
      });
    },
  );

  app.put(
    '/workshops/:id/setup',
    requireCapability('facilitator'),
    validate('json', createWorkshopRequestSchema),
    async (c) => {
      const w = await service.updateSetup(c.req.param('id')!, c.req.valid('json'));
      return c.json({ workshop: publicView(w), run: w.run });
    },
  );

  // The projector link again, for a facilitator on another device than the one that created it.
  app.get('/workshops/:id/projector-link', requireCapability('facilitator'), (c) => {
    const token = c.req.header('authorization')!.slice('Bearer '.length);
    return c.json({ projector: `/p/${c.req.param('id')}#${projectorTokenFor(token)}` });
  });

  app.post('/workshops/:id/duplicate', requireCapability('facilitator'), async (c) => {
    await creations.spend(c);
    return c.json(created(await service.duplicate(c.req.param('id')!)), 201);
  });

  app.post(
    '/workshops/:id/actions',
    requireCapability('facilitator'),
    validate('json', facilitatorActionSchema),
    async (c) => {
      const w = await service.act(c.req.param('id')!, c.req.valid('json'));
      return c.json({ workshop: publicView(w), run: w.run });
    },
  );

  app.get('/workshops/:id/participants', requireCapability('facilitator'), async (c) => {
    const id = c.req.param('id')!;
    const [list, connected] = await Promise.all([
      service.listParticipants(id),
      presence.connected(id),
    ]);
    return c.json({
      participants: list
        .filter((p) => p.removedAt === null)
        .map((p) => ({ ...selfView(p), connected: connected.has(p.id) })),
    });
  });

  app.post('/join/lookup', validate('json', joinLookupRequestSchema), async (c) => {
    const { code } = c.req.valid('json');
    return c.json(await guard.check(clientAddress(c), code, () => service.lookup(code)));
  });

  app.post('/join', validate('json', joinRequestSchema), async (c) => {
    const input = c.req.valid('json');
    return c.json(await guard.check(clientAddress(c), input.code, () => service.join(input)), 201);
  });

  app.get('/me', requireCapability('participant'), (c) => {
    const principal = c.get('principal');
    if (principal.capability !== 'participant')
      throw new ApiProblem(403, 'forbidden', 'Participants only.');
    return c.json({
      participant: selfView(principal.participant),
      workshopId: principal.workshopId,
    });
  });

  return app;
}
