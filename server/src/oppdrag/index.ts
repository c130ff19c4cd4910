import { defineActivity, type ActivityTransfer } from '../activities/module';
import { Problems } from '../transfer/problems';
import {
  checkOppdragExport,
  exportOppdrag,
  oppdragExportSchema,
  stateFromExport,
  type OppdragExport,
} from './transfer';
import { emptyOppdragState, SqliteOppdragRepository, type OppdragRepository } from './repository';
import { PostgresOppdragRepository } from './postgresRepository';
import { repositories } from '../persistence/storage';
import { oppdragSection } from './outcome';
import { oppdragRoutes } from './routes';
import { OppdragService } from './service';

/**
 * HØP oppdrag against the samfunnsdel: the list, each table's judgements, links, questions and
 * proposals, plenary marks and priority points. Screens read it through its own route on every
 * live push, so it has no live section.
 */
export const oppdragModule = defineActivity({
  key: 'oppdrag',
  outcomeSection: oppdragSection,
  create({ storage, workshops }) {
    const repos = repositories<OppdragRepository>(storage, {
      sqlite: (db) => new SqliteOppdragRepository(db),
      postgres: (sql) => new PostgresOppdragRepository(sql),
    });
    const repo = repos.main;
    const service = new OppdragService(repo, workshops, storage.mutex('oppdrag'));
    // Optional, so that exports from before the activity still import.
    const transfer: ActivityTransfer<OppdragExport | undefined> = {
      schema: oppdragExportSchema.optional(),
      // [AM5] A workshop that never had the activity exports without its part, as before it.
      async export(workshopId) {
        const part = await exportOppdrag(service, workshopId);
        const untouched =
          part.oppdrag.length === 0 &&
          part.proposals.length === 0 &&
          Object.keys(part.tables).length === 0 &&
          Object.keys(part.tableFocus).length === 0 &&
          part.points.voters === 0 &&
          part.points.status === 'closed' &&
          part.points.budget === emptyOppdragState().points.budget;
        return untouched ? undefined : part;
      },
      async import(part, { workshopId, setup, tx }) {
        if (!part) return;
        // [T3] Every id it names is in the file or the setup; a refusal here rolls back the
        // import's one transaction, so nothing is left behind.
        const problems = new Problems();
        checkOppdragExport(part, setup, problems);
        problems.check();
        await repos.in(tx).save(workshopId, stateFromExport(part));
      },
    };
    return {
      service,
      repo,
      routes: oppdragRoutes(workshops, service),
      // [OP7] The outcome says what every screen saw.
      outcome: { collect: (workshopId: string) => service.view(workshopId) },
      transfer,
      async storedWork(workshopId: string) {
        const s = await service.state(workshopId);
        const judged = Object.values(s.tables).some(
          (t) => Object.keys(t.judgements).length > 0 || t.links.length > 0,
        );
        return new Map(judged || s.proposals.length > 0 ? [['oppdrag', 'entries'] as const] : []);
      },
    };
  },
});

export type { OppdragService } from './service';
export type { OppdragRepository } from './repository';
export { oppdragBlocks } from './outcome';
