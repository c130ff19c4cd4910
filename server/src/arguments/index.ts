import { defineActivity } from '../activities/module';
import { SqliteArgumentsRepository } from './repository';
import { argumentsRoutes, viewerOf } from './routes';
import { ArgumentsService } from './service';

/** The argument map: questions, entries, groups, syntheses and conflicts, per viewer. */
export const argumentsModule = defineActivity({
  key: 'arguments',
  create({ db, workshops }) {
    const repo = new SqliteArgumentsRepository(db);
    const service = new ArgumentsService(repo, workshops);
    return {
      service,
      repo,
      routes: argumentsRoutes(workshops, service),
      async live(workshopId: string) {
        const viewer = await service.viewer(workshopId);
        // A pending entry is its author's and the facilitator's only.
        return (principal: Parameters<typeof viewerOf>[0]) => viewer(viewerOf(principal));
      },
      async storedWork(workshopId: string) {
        const viewer = await service.viewer(workshopId);
        const { entries } = viewer({ participantId: null, isFacilitator: true });
        return new Map(entries.length > 0 ? [['arguments', 'entries'] as const] : []);
      },
    };
  },
});

export type { ArgumentsService } from './service';
export type { ArgumentsRepository } from './repository';
