import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../persistence/database';
import { MemoryDocStore } from '../persistence/memoryDocStore';
import { sqliteStorage } from '../persistence/storage';
import { WorkshopService } from '../workshops/service';
import { SqliteWorkshopRepository } from '../workshops/sqliteRepository';
import { buildActivities } from './compose';
import { defineActivity, type ActivityDeps } from './module';
import { activityModules } from './registry';

function deps(): ActivityDeps {
  const db = openDatabase(':memory:', { synchronous: 'normal' });
  return {
    storage: sqliteStorage(db),
    workshops: new WorkshopService(new SqliteWorkshopRepository(db)),
    store: new MemoryDocStore(),
    log: pino({ level: 'silent' }),
    archived: () => ({ get: async () => null, put: async () => undefined }),
  };
}

describe('activity modules', () => {
  it('[AM1] builds every registered module once, in registry order', () => {
    let built = 0;
    const counted = defineActivity({
      key: 'counted',
      create: () => {
        built++;
        return { service: null };
      },
    });
    const result = buildActivities(deps(), [...activityModules, counted]);
    expect(result.list.map((a) => a.key)).toEqual([
      ...activityModules.map((m) => m.key),
      'counted',
    ]);
    expect(built).toBe(1);
  });

  it('[AM1] refuses two modules with one key', () => {
    const twin = defineActivity({ key: 'planbehov', create: () => ({ service: null }) });
    expect(() => buildActivities(deps(), [...activityModules, twin])).toThrow(/planbehov/);
  });
});
