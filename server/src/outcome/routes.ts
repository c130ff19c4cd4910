import { Hono } from 'hono';
import { languageSchema } from '@samskap/shared/workshop';
import { z } from 'zod';
import { validate } from '../http/validate';
import { capabilityCheck, type Env } from '../workshops/authMiddleware';
import type { WorkshopService } from '../workshops/service';
import { buildOutcomeDocument } from './build';
import { collectOutcome, type OutcomeSources } from './collect';
import { renderDocx } from './render/docx';
import { renderMarkdown } from './render/markdown';
import { renderPdf } from './render/pdf';
import { buildSummary, SummaryCache } from './summary';

const FORMATS = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** A file name a municipality's archive accepts: letters, digits and dashes. */
export function outcomeFileName(title: string, date: string, ext: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[åÅ]/g, 'a')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${base || 'samskap'}-${date}.${ext}`;
}

/** The outcome documents, generated on the server from the stored state; mounted under /api. */
export function outcomeRoutes(workshops: WorkshopService, sources: OutcomeSources) {
  const app = new Hono<Env>();
  const requireCapability = capabilityCheck(workshops);
  const summaries = new SummaryCache((id) => collectOutcome(sources, id));
  workshops.events.on('changed', (id) => summaries.invalidate(id));
  workshops.events.on('runChanged', (id) => summaries.invalidate(id));

  app.get(
    '/workshops/:id/outcome/:format',
    requireCapability('facilitator'),
    validate('param', z.object({ id: z.string(), format: z.enum(['md', 'docx', 'pdf']) })),
    async (c) => {
      const { id, format } = c.req.valid('param');
      const data = await collectOutcome(sources, id);
      const doc = buildOutcomeDocument(data, Date.now());
      const body =
        format === 'md'
          ? renderMarkdown(doc)
          : format === 'docx'
            ? await renderDocx(doc)
            : await renderPdf(doc);
      const name = outcomeFileName(data.workshop.title, data.workshop.date, format);
      return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
        'content-type': FORMATS[format],
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      });
    },
  );

  // [O1] The summary phase's content for every screen of the workshop, in the reader's language.
  app.get(
    '/workshops/:id/summary',
    requireCapability('facilitator', 'participant', 'projector'),
    validate('query', z.object({ language: languageSchema.optional() })),
    async (c) => {
      const data = await summaries.get(c.req.param('id')!);
      const language = c.req.valid('query').language ?? data.workshop.language;
      c.header('cache-control', 'no-store');
      return c.json(buildSummary(data, language));
    },
  );

  return app;
}
