import { defineActivity } from '../activities/module';
import { SqliteOppdragRepository } from './repository';
import { oppdragRoutes } from './routes';
import { OppdragService } from './service';

/**
 * HØP oppdrag against the samfunnsdel: the list, each table's judgements, links, questions and
 * proposals, plenary marks and priority points. Screens read it through its own route on every
 * live push, so it has no live section.
 */
export const oppdragModule = defineActivity({
  key: 'oppdrag',
  create({ db, workshops }) {
    const repo = new SqliteOppdragRepository(db);
    const service = new OppdragService(repo, workshops);
    return {
      service,
      repo,
      routes: oppdragRoutes(workshops, service),
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
