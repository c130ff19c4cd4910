import { defineActivity, type ActivityTransfer } from '../activities/module';
import { argumentsSection } from './outcome';
import { argumentsExportSchema, type ArgumentsExport } from './transfer';
import type { StoredEntry } from './state';
import { SqliteArgumentsRepository, type ArgumentsRepository } from './repository';
import { PostgresArgumentsRepository } from './postgresRepository';
import { repositories } from '../persistence/storage';
import { argumentsRoutes, viewerOf } from './routes';
import { ArgumentsService } from './service';

/** The argument map: questions, entries, groups, syntheses and conflicts, per viewer. */
export const argumentsModule = defineActivity({
  key: 'arguments',
  outcomeSection: argumentsSection,
  create({ storage, workshops }) {
    const repos = repositories<ArgumentsRepository>(storage, {
      sqlite: (db) => new SqliteArgumentsRepository(db),
      postgres: (sql) => new PostgresArgumentsRepository(sql),
    });
    const repo = repos.main;
    const service = new ArgumentsService(repo, workshops, storage.mutex('arguments'));
    const transfer: ActivityTransfer<ArgumentsExport> = {
      schema: argumentsExportSchema,
      async export(workshopId, { participantIndex }) {
        const args = await repo.get(workshopId);
        return {
          questions: args.questions,
          shownQuestionId: args.shownQuestionId,
          norms: args.norms,
          paused: args.paused,
          floorTableId: args.floorTableId,
          controlled: args.controlled,
          groups: args.groups,
          // An author is an index into the file's participants; supports only as counts.
          entries: args.entries.map(({ authorId, supporters, ...e }) => ({
            ...e,
            author: authorId === null ? null : (participantIndex.get(authorId) ?? null),
            supports: supporters.length,
          })),
          syntheses: args.syntheses,
          conflicts: args.conflicts,
        };
      },
      async import(part, { workshopId, participantIds, tx }) {
        const entries: StoredEntry[] = part.entries.map(({ author, supports, ...e }) => ({
          ...e,
          authorId: author === null ? null : participantIds[author]!,
          supporters: Array.from({ length: supports }, (_, i) => `archived-${i}`),
        }));
        await repos.in(tx).save(workshopId, { ...part, entries });
      },
    };
    return {
      service,
      repo,
      routes: argumentsRoutes(workshops, service),
      async live(workshopId: string) {
        const viewer = await service.viewer(workshopId);
        // A pending entry is its author's and the facilitator's only.
        return (principal: Parameters<typeof viewerOf>[0]) => viewer(viewerOf(principal));
      },
      outcome: {
        async collect(workshopId: string) {
          // As a shared screen sees it: nothing hidden, nothing pending.
          const viewer = await service.viewer(workshopId);
          return viewer({ participantId: null, isFacilitator: false });
        },
      },
      transfer,
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
export type { StoredEntry } from './state';
