import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CreationGuard, defaultCreationLimits } from '../http/creationGuard';
import { outcomeFileName } from '../outcome/routes';
import { capabilityCheck, type Env } from '../workshops/authMiddleware';
import { publicView, type WorkshopService } from '../workshops/service';
import { projectorTokenFor } from '../workshops/tokens';
import { exportWorkshop, type TransferSources } from './exporter';
import { TransferLimits } from './format';
import { fileTooLarge, importWorkshop, type ImportTargets } from './importer';

export interface TransferOptions {
  /** The creation budget shared with create and duplicate [L1]. */
  creations?: CreationGuard;
  /** Largest import file, in bytes [L2]. */
  maxImportBytes?: number;
  /** Largest shared document an import may hold, once applied [T5]. */
  maxDocumentBytes?: number;
}

/** Export of a whole workshop, and import of one as a new read-only archive; under /api. */
export function transferRoutes(
  workshops: WorkshopService,
  sources: TransferSources,
  targets: ImportTargets,
  {
    creations = new CreationGuard(defaultCreationLimits),
    maxImportBytes = TransferLimits.fileBytesDefault,
    maxDocumentBytes = 32 * 1024 * 1024,
  }: TransferOptions = {},
) {
  const app = new Hono<Env>();
  const requireCapability = capabilityCheck(workshops);

  app.get('/workshops/:id/export', requireCapability('facilitator'), async (c) => {
    const data = await exportWorkshop(sources, c.req.param('id')!, Date.now());
    const name = outcomeFileName(data.workshop.setup.title, data.workshop.setup.date, 'json');
    return c.body(JSON.stringify(data, null, 2), 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    });
  });

  app.post(
    '/workshops/import',
    // [L1] Counted before the body is read: a refused import still cost the server its parse.
    async (c, next) => {
      await creations.spend(c);
      await next();
    },
    bodyLimit({
      maxSize: maxImportBytes,
      onError: () => {
        throw fileTooLarge(maxImportBytes);
      },
    }),
    async (c) => {
      const imported = await importWorkshop(targets, await c.req.text(), Date.now(), {
        maxBytes: maxImportBytes,
        maxDocumentBytes,
      });
      const w = await workshops.require(imported.workshopId);
      const body: CreateWorkshopResponse = {
        workshop: publicView(w),
        facilitatorToken: imported.facilitatorToken,
        projectorToken: projectorTokenFor(imported.facilitatorToken),
        links: {
          console: `/f/${w.id}#${imported.facilitatorToken}`,
          projector: `/p/${w.id}#${projectorTokenFor(imported.facilitatorToken)}`,
          join: `/j/${w.joinCode}`,
        },
      };
      workshops.events.emit('runChanged', w.id);
      return c.json(body, 201);
    },
  );

  return app;
}
