import {
  ballotSchema,
  PlanbehovLimits,
  planInputSchema,
  votingActionSchema,
  votingSettingsSchema,
} from '@samskap/shared/planbehov';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiProblem } from '../errors';
import { validate } from '../http/validate';
import { capabilityCheck, type Env } from '../workshops/authMiddleware';
import type { WorkshopService } from '../workshops/service';
import { voterOf } from './sealing';
import type { PlanbehovService } from './service';

/** The planbehov API, mounted under /api. */
export function planbehovRoutes(workshops: WorkshopService, planbehov: PlanbehovService) {
  const app = new Hono<Env>();
  const requireCapability = capabilityCheck(workshops);
  const base = '/workshops/:id/planbehov';
  const id = (c: { req: { param(name: 'id'): string | undefined } }) => c.req.param('id')!;

  app.get(base, requireCapability('facilitator', 'participant', 'projector'), async (c) =>
    c.json(await planbehov.view(id(c))),
  );

  app.post(
    `${base}/import`,
    requireCapability('facilitator'),
    bodyLimit({
      maxSize: PlanbehovLimits.importBytesMax,
      onError: () => {
        throw new ApiProblem(413, 'file_too_large', 'The file is larger than 1 MiB.', 'file', {
          params: { mib: PlanbehovLimits.importBytesMax / (1024 * 1024) },
        });
      },
    }),
    async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const count = await planbehov.importCsv(id(c), bytes);
      return c.json({ imported: count, view: await planbehov.view(id(c)) });
    },
  );

  app.post(
    `${base}/plans`,
    requireCapability('facilitator'),
    validate('json', planInputSchema),
    async (c) => c.json({ id: await planbehov.addPlan(id(c), c.req.valid('json')) }, 201),
  );

  app.put(
    `${base}/plans/:planId`,
    requireCapability('facilitator'),
    validate('json', planInputSchema),
    async (c) => {
      await planbehov.updatePlan(id(c), c.req.param('planId')!, c.req.valid('json'));
      return c.json({ ok: true });
    },
  );

  app.delete(`${base}/plans/:planId`, requireCapability('facilitator'), async (c) => {
    await planbehov.deletePlan(id(c), c.req.param('planId')!);
    return c.json({ ok: true });
  });

  app.post(`${base}/widen-period`, requireCapability('facilitator'), async (c) =>
    c.json({ period: await planbehov.widenPeriod(id(c)) }),
  );

  app.put(
    `${base}/settings`,
    requireCapability('facilitator'),
    validate('json', votingSettingsSchema),
    async (c) => c.json(await planbehov.updateSettings(id(c), c.req.valid('json'))),
  );

  app.post(
    `${base}/voting`,
    requireCapability('facilitator'),
    validate('json', votingActionSchema),
    async (c) => c.json(await planbehov.act(id(c), c.req.valid('json').action)),
  );

  app.get(`${base}/comments`, requireCapability('facilitator'), async (c) =>
    c.json({ comments: await planbehov.comments(id(c)) }),
  );

  app.get(`${base}/ballots`, requireCapability('participant'), async (c) =>
    c.json({ ballots: await planbehov.own(id(c), voterOf(c)) }),
  );

  app.put(
    `${base}/ballots/:planId`,
    requireCapability('participant'),
    validate('json', ballotSchema),
    async (c) =>
      c.json({
        ballots: await planbehov.cast(
          id(c),
          voterOf(c),
          c.req.param('planId')!,
          c.req.valid('json'),
        ),
      }),
  );

  app.delete(`${base}/ballots/:planId`, requireCapability('participant'), async (c) =>
    c.json({ ballots: await planbehov.withdraw(id(c), voterOf(c), c.req.param('planId')!) }),
  );

  return app;
}
