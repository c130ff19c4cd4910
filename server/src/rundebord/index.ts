import { defineActivity, type ImportContext } from '../activities/module';
import type { Principal } from '../workshops/service';
import { collectRundebordOutcome, rundebordSection } from './outcome';
import { SqliteRundebordRepository, type RundebordRepository } from './repository';
import { PostgresRundebordRepository } from './postgresRepository';
import { repositories } from '../persistence/storage';
import { rundebordRoutes, rundebordViewerOf } from './routes';
import { RundebordService } from './service';
import {
  exportRundebord,
  importRundebord,
  rundebordPartSchema,
  type RundebordPart,
} from './transfer';

/** The round table: cards per table, top three, report-back, themes and points, per viewer. */
export const rundebordModule = defineActivity({
  key: 'rundebord',
  outcomeSection: rundebordSection,
  create({ storage, workshops }) {
    const repos = repositories<RundebordRepository>(storage, {
      sqlite: (db) => new SqliteRundebordRepository(db),
      postgres: (sql) => new PostgresRundebordRepository(sql),
    });
    const repo = repos.main;
    const service = new RundebordService(repo, workshops, storage.mutex('rundebord'));
    return {
      service,
      repo,
      routes: rundebordRoutes(workshops, service),
      async live(workshopId: string) {
        const viewer = await service.viewer(workshopId);
        // [RT2] [RT4] A tablet sees its own table's cards, and who marked them.
        return (principal: Principal) => viewer(rundebordViewerOf(principal));
      },
      async storedWork(workshopId: string) {
        return new Map(
          (await service.hasWork(workshopId)) ? [['rundebord', 'entries'] as const] : [],
        );
      },
      outcome: {
        async collect(workshopId: string) {
          const w = await workshops.require(workshopId);
          return collectRundebordOutcome(await service.state(workshopId), w);
        },
      },
      transfer: {
        schema: rundebordPartSchema,
        async export(workshopId, ctx) {
          return exportRundebord(
            await service.state(workshopId),
            ctx.participantIndex,
            ctx.workshop.setup.tables.map((t) => t.id),
          );
        },
        async import(part: RundebordPart, ctx: ImportContext) {
          // References to tables are checked against the imported workshop's own tables.
          const tableIds = ctx.setup.tables.map((t) => t.id);
          const state = importRundebord(part, ctx.participantIds, tableIds);
          await repos.in(ctx.tx).save(ctx.workshopId, state);
        },
      },
    };
  },
});

export type { RundebordService } from './service';
export { rundebordBlocks } from './outcome';
