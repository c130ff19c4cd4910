import type { ConsentCheck } from '@samskap/shared/consent';
import type { Activity } from '@samskap/shared/workshop';
import { defineActivity, type ActivityTransfer } from '../activities/module';
import { consentExportSchema, type ConsentExport } from './transfer';
import { SqliteConsentRepository, type ConsentRepository } from './repository';
import { PostgresConsentRepository } from './postgresRepository';
import { repositories } from '../persistence/storage';
import { consentRoutes } from './routes';
import { ConsentService } from './service';

/** Consent checks on ambitions and syntheses: answers in, aggregates out once revealed. */
export const consentModule = defineActivity({
  key: 'consent',
  create({ storage, workshops, archived }) {
    const archive = archived<ConsentCheck[]>('consent');
    const repos = repositories<ConsentRepository>(storage, {
      sqlite: (db) => new SqliteConsentRepository(db),
      postgres: (sql) => new PostgresConsentRepository(sql),
    });
    const service = new ConsentService(repos.main, workshops, archive, storage.mutex('consent'));
    const transfer: ActivityTransfer<ConsentExport> = {
      schema: consentExportSchema,
      // Aggregates as the screens had them: an unrevealed result stays unrevealed.
      export: (workshopId) => service.view(workshopId),
      async import(part, { workshopId, tx }) {
        await archive.put(workshopId, part, tx);
      },
    };
    return {
      service,
      routes: consentRoutes(workshops, service),
      async live(workshopId: string) {
        const checks = await service.view(workshopId);
        return () => checks;
      },
      outcome: { collect: (workshopId: string) => service.view(workshopId) },
      transfer,
      // Answers keep the activity whose text they answer: ambitions, or arguments (syntheses).
      async storedWork(workshopId: string) {
        const work = new Map<Activity, 'answers'>();
        for (const check of await service.view(workshopId)) {
          if (check.answered === 0) continue;
          if (check.subject.kind === 'ambition') work.set('ambitions', 'answers');
          if (check.subject.kind === 'synthesis') work.set('arguments', 'answers');
        }
        return work;
      },
    };
  },
});

export { consentBlocks } from './outcome';
export type { ConsentService } from './service';
export { SqliteConsentRepository } from './repository';
