import {
  chooseBaselineSchema,
  evaluationActionSchema,
  evaluationAnswerSchema,
  evaluationStatementsSchema,
} from '@samskap/shared/evaluering';
import { Hono } from 'hono';
import { z } from 'zod';
import { validate } from '../http/validate';
import { voterOf } from '../planbehov';
import { capabilityCheck, type Env } from '../workshops/authMiddleware';
import type { WorkshopService } from '../workshops/service';
import type { EvaluationService } from './service';

/** The closing evaluation, mounted under /api. */
export function evalueringRoutes(workshops: WorkshopService, evaluation: EvaluationService) {
  const app = new Hono<Env>();
  const requireCapability = capabilityCheck(workshops);
  const base = '/workshops/:id/evaluering';

  app.get(base, requireCapability('facilitator', 'participant', 'projector'), async (c) =>
    c.json(await evaluation.view(c.req.param('id')!)),
  );
  app.put(
    `${base}/statements`,
    requireCapability('facilitator'),
    validate('json', z.union([evaluationStatementsSchema, z.object({ statements: z.null() })])),
    async (c) => {
      await evaluation.setStatements(c.req.param('id')!, c.req.valid('json').statements);
      return c.json(await evaluation.planned(c.req.param('id')!));
    },
  );
  app.post(
    `${base}/actions`,
    requireCapability('facilitator'),
    validate('json', evaluationActionSchema),
    async (c) => {
      await evaluation.act(c.req.param('id')!, c.req.valid('json').action);
      return c.json({ ok: true });
    },
  );
  app.put(
    `${base}/baseline`,
    requireCapability('facilitator'),
    validate('json', chooseBaselineSchema),
    async (c) => {
      await evaluation.chooseBaseline(c.req.param('id')!, c.req.valid('json'));
      return c.json({ ok: true });
    },
  );
  app.get(`${base}/answer`, requireCapability('participant'), async (c) =>
    c.json({ answer: await evaluation.own(c.req.param('id')!, voterOf(c)) }),
  );
  app.put(
    `${base}/answer`,
    requireCapability('participant'),
    validate('json', evaluationAnswerSchema),
    async (c) => {
      await evaluation.answer(c.req.param('id')!, voterOf(c), c.req.valid('json'));
      return c.json({ answer: await evaluation.own(c.req.param('id')!, voterOf(c)) });
    },
  );
  return app;
}
