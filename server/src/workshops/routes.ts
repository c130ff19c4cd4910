import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import {
  createWorkshopRequestSchema,
  facilitatorActionSchema,
  joinLookupRequestSchema,
  joinRequestSchema,
  languageSchema,
} from '@samskap/shared/workshop';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { ApiProblem } from '../errors';
import { IpLimiter } from '../http/ipLimiter';
import { validate } from '../http/validate';
import { capabilityCheck, type Env } from './authMiddleware';
import type { WorkshopService } from './service';
import { publicView, selfView } from './service';
import { projectorTokenFor } from './tokens';
import type { Presence } from './presence';

function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

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
  presence: Presence;
  /** Failed join-code attempts per address: burst and refill per minute. */
  joinFailures?: { burst: number; perMinute: number };
}

/** The workshop API, mounted under /api. */
export function workshopRoutes({ service, presence, joinFailures }: WorkshopRoutesOptions) {
  const failures = new IpLimiter(joinFailures?.perMinute ?? 10, joinFailures?.burst ?? 60);
  const creations = new IpLimiter(30, 60);
  const app = new Hono<Env>();

  const requireCapability = capabilityCheck(service);

  const trackFailure = async <T>(c: Context, work: () => Promise<T>): Promise<T> => {
    const ip = clientIp(c);
    if (!failures.allowed(ip)) {
      throw new ApiProblem(
        429,
        'too_many_attempts',
        'Too many wrong codes from this network. Wait a minute and try again.',
      );
    }
    try {
      return await work();
    } catch (err) {
      if (err instanceof ApiProblem && err.code === 'unknown_code') failures.hit(ip);
      throw err;
    }
  };

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
    const ip = clientIp(c);
    if (!creations.allowed(ip))
      throw new ApiProblem(429, 'too_many_workshops', 'Too many new workshops from this network.');
    creations.hit(ip);
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

  app.post('/workshops/:id/duplicate', requireCapability('facilitator'), async (c) =>
    c.json(created(await service.duplicate(c.req.param('id')!)), 201),
  );

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
    const list = await service.listParticipants(id);
    return c.json({
      participants: list
        .filter((p) => p.removedAt === null)
        .map((p) => ({ ...selfView(p), connected: presence.isConnected(id, p.id) })),
    });
  });

  app.post('/join/lookup', validate('json', joinLookupRequestSchema), async (c) =>
    c.json(await trackFailure(c, () => service.lookup(c.req.valid('json').code))),
  );

  app.post('/join', validate('json', joinRequestSchema), async (c) =>
    c.json(await trackFailure(c, () => service.join(c.req.valid('json'))), 201),
  );

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
