import {
  evaluationExportSchema,
  type EvaluationExport,
  type EvaluationView,
} from '@samskap/shared/evaluering';
import type { Activity } from '@samskap/shared/workshop';
import { defineActivity, type ImportContext } from '../activities/module';
import { evaluationSection } from './outcome';
import { SqliteEvaluationRepository, type EvaluationRepository } from './repository';
import { PostgresEvaluationRepository } from './postgresRepository';
import { repositories } from '../persistence/storage';
import { evalueringRoutes } from './routes';
import { EvaluationService } from './service';

/**
 * The closing evaluation ("Tilbakemelding", server README [EV1–EV7]): the same view for every
 * screen (counts while open, the frozen result once revealed), in the outcome and the export.
 */
export const evalueringModule = defineActivity({
  key: 'evaluering',
  outcomeSection: evaluationSection,
  create({ storage, workshops }) {
    const repos = repositories<EvaluationRepository>(storage, {
      sqlite: (db) => new SqliteEvaluationRepository(db),
      postgres: (sql) => new PostgresEvaluationRepository(sql),
    });
    const repo = repos.main;
    const service = new EvaluationService(repo, workshops, storage.mutex('evaluering'));
    return {
      service,
      repo,
      routes: evalueringRoutes(workshops, service),
      async live(workshopId: string) {
        const view = await service.view(workshopId);
        return (): EvaluationView => view;
      },
      outcome: {
        collect: (workshopId: string) => service.view(workshopId),
      },
      transfer: {
        // Absent from files written before the evaluation, and from workshops that never had one
        // (such a file exports the same again, [AM5]).
        schema: evaluationExportSchema.optional(),
        async export(workshopId: string): Promise<EvaluationExport | undefined> {
          const part = await service.exportOf(workshopId);
          const untouched =
            part.statements === null && part.form === null && part.baseline === null;
          return untouched ? undefined : part;
        },
        async import(part: EvaluationExport | undefined, ctx: ImportContext) {
          if (part) await repos.in(ctx.tx).restore(ctx.workshopId, part);
        },
      },
      // An opened form holds answers (or their sealed result): it keeps its phase ([U4]).
      async storedWork(workshopId: string) {
        const work = new Map<Activity, 'answers'>();
        if ((await service.view(workshopId)).status !== 'planned')
          work.set('evaluering', 'answers');
        return work;
      },
    };
  },
});

export type { EvaluationService } from './service';
export { evaluationBlocks } from './outcome';
