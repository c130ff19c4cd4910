import { discussedRounds as roundsDiscussed, type RoundResults } from '@samskap/shared/planbehov';
import { defineActivity, type ActivityTransfer } from '../activities/module';
import { planbehovExportSchema, type PlanbehovExport } from './transfer';
import { planbehovSection } from './outcome';
import { planbehovRoutes } from './routes';
import { PlanbehovService } from './service';
import type { PlanbehovRepository } from './repository';
import { SqlitePlanbehovRepository } from './sqliteRepository';
import { PostgresPlanbehovRepository } from './postgresRepository';
import { repositories } from '../persistence/storage';

/** [RL4] Rounds whose results were discussed: earlier rounds, and the current one once revealed. */
async function discussedRounds(service: PlanbehovService, workshopId: string) {
  const voting = await service.voting(workshopId);
  const rounds: RoundResults[] = [];
  for (const round of roundsDiscussed(voting))
    rounds.push(await service.results(workshopId, round));
  return { voting, rounds };
}

/** Planbehov: the plan list, voting rounds with secret ballots, results as aggregates. */
export const planbehovModule = defineActivity({
  key: 'planbehov',
  outcomeSection: planbehovSection,
  create({ storage, workshops, archived }) {
    const repos = repositories<PlanbehovRepository>(storage, {
      sqlite: (db) => new SqlitePlanbehovRepository(db),
      postgres: (sql) => new PostgresPlanbehovRepository(sql),
    });
    const repo = repos.main;
    // An imported workshop's rounds: the archive's `rounds` part.
    const archive = archived<RoundResults[]>('rounds');
    const service = new PlanbehovService(repo, workshops, archive, storage.mutex('planbehov'));
    const transfer: ActivityTransfer<PlanbehovExport> = {
      schema: planbehovExportSchema,
      async export(workshopId) {
        const { voting, rounds } = await discussedRounds(service, workshopId);
        const { plans } = await service.view(workshopId);
        return { plans: plans.map(({ position: _position, ...p }) => p), voting, rounds };
      },
      async import(part, { workshopId, tx }) {
        const r = repos.in(tx);
        await r.replacePlans(workshopId, part.plans);
        await r.saveVoting(workshopId, part.voting);
        // Ballots never leave a server: the archive shows the rounds' aggregates instead.
        await archive.put(workshopId, part.rounds, tx);
      },
    };
    return {
      service,
      repo,
      routes: planbehovRoutes(workshops, service),
      async live(workshopId: string) {
        const view = await service.view(workshopId);
        return () => view;
      },
      outcome: {
        async collect(workshopId: string) {
          const { voting, rounds } = await discussedRounds(service, workshopId);
          return { plans: (await service.view(workshopId)).plans, voting, rounds };
        },
      },
      transfer,
      async storedWork(workshopId: string) {
        const { voting } = await service.view(workshopId);
        return new Map(voting.round > 0 ? [['planbehov', 'ballots'] as const] : []);
      },
    };
  },
});

export type { PlanbehovService } from './service';
// The secrecy machinery consent checks share ([D1], [D2], [D7]).
export { discloseArchivedCheck } from './archived';
export { disclose } from './disclosure';
export { sealLegacyConsentAnswers } from './legacy';
export { voterKey, voterOf, type Voter } from './sealing';
export type { PlanbehovRepository } from './repository';
