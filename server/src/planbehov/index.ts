import type { RoundResults } from '@samskap/shared/planbehov';
import { defineActivity } from '../activities/module';
import { planbehovRoutes } from './routes';
import { PlanbehovService } from './service';
import { SqlitePlanbehovRepository } from './sqliteRepository';

/** Planbehov: the plan list, voting rounds with secret ballots, results as aggregates. */
export const planbehovModule = defineActivity({
  key: 'planbehov',
  create({ db, workshops, archived }) {
    const repo = new SqlitePlanbehovRepository(db);
    // An imported workshop's rounds: the archive's `rounds` part.
    const service = new PlanbehovService(repo, workshops, archived<RoundResults[]>('rounds'));
    return {
      service,
      repo,
      routes: planbehovRoutes(workshops, service),
      async live(workshopId: string) {
        const view = await service.view(workshopId);
        return () => view;
      },
      async storedWork(workshopId: string) {
        const { voting } = await service.view(workshopId);
        return new Map(voting.round > 0 ? [['planbehov', 'ballots'] as const] : []);
      },
    };
  },
});

export type { PlanbehovService } from './service';
export type { PlanbehovRepository } from './repository';
