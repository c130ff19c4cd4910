import {
  consentActionSchema,
  consentAnswerSchema,
  createConsentCheckSchema,
} from '@samskap/shared/consent';
import { Hono } from 'hono';
import { validate } from '../http/validate';
import { voterOf } from '../planbehov';
import { capabilityCheck, type Env } from '../workshops/authMiddleware';
import type { WorkshopService } from '../workshops/service';
import type { ConsentService } from './service';

/** Consent checks, mounted under /api. */
export function consentRoutes(workshops: WorkshopService, consent: ConsentService) {
  const app = new Hono<Env>();
  const requireCapability = capabilityCheck(workshops);
  const base = '/workshops/:id/consent';

  app.get(base, requireCapability('facilitator', 'participant', 'projector'), async (c) =>
    c.json({ checks: await consent.view(c.req.param('id')!) }),
  );
  app.post(
    base,
    requireCapability('facilitator'),
    validate('json', createConsentCheckSchema),
    async (c) => c.json({ id: await consent.create(c.req.param('id')!, c.req.valid('json')) }, 201),
  );
  app.post(
    `${base}/:checkId/actions`,
    requireCapability('facilitator'),
    validate('json', consentActionSchema),
    async (c) => {
      await consent.act(c.req.param('id')!, c.req.param('checkId')!, c.req.valid('json').action);
      return c.json({ ok: true });
    },
  );
  app.get(`${base}/answers`, requireCapability('participant'), async (c) =>
    c.json({ answers: await consent.own(c.req.param('id')!, voterOf(c)) }),
  );
  app.put(
    `${base}/:checkId/answer`,
    requireCapability('participant'),
    validate('json', consentAnswerSchema),
    async (c) => {
      await consent.answer(
        c.req.param('id')!,
        voterOf(c),
        c.req.param('checkId')!,
        c.req.valid('json').value,
      );
      return c.json({ answers: await consent.own(c.req.param('id')!, voterOf(c)) });
    },
  );
  return app;
}
