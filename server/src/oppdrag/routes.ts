import {
  judgementRequestSchema,
  linkRequestSchema,
  OppdragLimits,
  oppdragInputSchema,
  pointsActionSchema,
  pointsRequestSchema,
  proposalActionSchema,
  proposalRequestSchema,
  questionRequestSchema,
  settingsSchema,
} from '@samskap/shared/oppdrag';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiProblem } from '../errors';
import { validate } from '../http/validate';
import { capabilityCheck, type Env } from '../workshops/authMiddleware';
import type { WorkshopService } from '../workshops/service';
import { voterOf } from '../planbehov';
import type { OppdragService, Writer } from './service';

function writerOf(c: Context<Env>): Writer {
  const p = c.get('principal');
  return p.capability === 'participant'
    ? { facilitator: false, tableId: p.participant.tableId }
    : { facilitator: true };
}

/** The oppdrag API, mounted under /api. */
export function oppdragRoutes(workshops: WorkshopService, oppdrag: OppdragService) {
  const app = new Hono<Env>();
  const requireCapability = capabilityCheck(workshops);
  const base = '/workshops/:id/oppdrag';
  const id = (c: Context<Env>) => c.req.param('id')!;
  const table = (c: Context<Env>) => c.req.param('tableId')!;
  const writers = requireCapability('facilitator', 'participant');
  const facilitator = requireCapability('facilitator');

  app.get(base, requireCapability('facilitator', 'participant', 'projector'), async (c) =>
    c.json(await oppdrag.view(id(c))),
  );

  app.post(
    `${base}/import`,
    facilitator,
    bodyLimit({
      maxSize: OppdragLimits.importBytesMax,
      onError: () => {
        throw new ApiProblem(413, 'file_too_large', 'The file is larger than 1 MiB.', 'file');
      },
    }),
    async (c) => {
      const count = await oppdrag.importCsv(id(c), new Uint8Array(await c.req.arrayBuffer()));
      return c.json({ imported: count });
    },
  );

  app.post(`${base}/items`, facilitator, validate('json', oppdragInputSchema), async (c) =>
    c.json({ id: await oppdrag.add(id(c), c.req.valid('json')) }, 201),
  );

  app.put(
    `${base}/items/:oppdragId`,
    facilitator,
    validate('json', oppdragInputSchema),
    async (c) => {
      await oppdrag.update(id(c), c.req.param('oppdragId')!, c.req.valid('json'));
      return c.json({ ok: true });
    },
  );

  app.post(`${base}/items/:oppdragId/remove`, facilitator, async (c) => {
    await oppdrag.remove(id(c), c.req.param('oppdragId')!);
    return c.json({ ok: true });
  });

  app.put(`${base}/settings`, facilitator, validate('json', settingsSchema), async (c) => {
    await oppdrag.settings(id(c), c.req.valid('json'));
    return c.json({ ok: true });
  });

  app.put(
    `${base}/tables/:tableId/judgements/:goalId`,
    writers,
    validate('json', judgementRequestSchema),
    async (c) => {
      const { judgement } = c.req.valid('json');
      await oppdrag.judge(id(c), writerOf(c), table(c), c.req.param('goalId')!, judgement);
      return c.json({ ok: true });
    },
  );

  app.put(
    `${base}/tables/:tableId/links`,
    writers,
    validate('json', linkRequestSchema),
    async (c) => {
      await oppdrag.link(id(c), writerOf(c), table(c), c.req.valid('json'));
      return c.json({ ok: true });
    },
  );

  app.post(
    `${base}/tables/:tableId/questions`,
    writers,
    validate('json', questionRequestSchema),
    async (c) =>
      c.json(
        { id: await oppdrag.question(id(c), writerOf(c), table(c), c.req.valid('json')) },
        201,
      ),
  );

  app.post(
    `${base}/tables/:tableId/proposals`,
    writers,
    validate('json', proposalRequestSchema),
    async (c) =>
      c.json({ id: await oppdrag.propose(id(c), writerOf(c), table(c), c.req.valid('json')) }, 201),
  );

  app.post(
    `${base}/proposals/:proposalId`,
    facilitator,
    validate('json', proposalActionSchema),
    async (c) => {
      await oppdrag.proposalAction(id(c), c.req.param('proposalId')!, c.req.valid('json'));
      return c.json({ ok: true });
    },
  );

  app.post(`${base}/points`, facilitator, validate('json', pointsActionSchema), async (c) => {
    await oppdrag.pointsAction(id(c), c.req.valid('json').action);
    return c.json({ ok: true });
  });

  app.get(`${base}/points/own`, requireCapability('participant'), async (c) =>
    c.json({ points: await oppdrag.ownPoints(id(c), voterOf(c)) }),
  );

  app.put(
    `${base}/points/:proposalId`,
    requireCapability('participant'),
    validate('json', pointsRequestSchema),
    async (c) =>
      c.json({
        points: await oppdrag.givePoints(
          id(c),
          voterOf(c),
          c.req.param('proposalId')!,
          c.req.valid('json').points,
        ),
      }),
  );

  return app;
}
