import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';

const workshopCount = (t: ReturnType<typeof inProcessApp>) =>
  (t.db.prepare('SELECT count(*) AS n FROM workshops').get() as { n: number }).n;

/** Create, duplicate and import, once each, as a facilitator would. */
async function everyRoute(t: ReturnType<typeof inProcessApp>, facilitator: CreateWorkshopResponse) {
  const create = await t.call('POST', '/workshops', planstrategiTemplate('nb', 2028));
  const duplicate = await t.call(
    'POST',
    `/workshops/${facilitator.workshop.id}/duplicate`,
    undefined,
    facilitator.facilitatorToken,
  );
  const imported = await t.call('POST', '/workshops/import', '{"format":"samskap.workshop"}');
  return [create, duplicate, imported];
}

describe('creating workshops', () => {
  it('[L1] create, duplicate and import share one budget per address', async () => {
    const t = inProcessApp({
      creations: {
        perAddress: { burst: 4, perMinute: 0.01 },
        server: { burst: 100, perMinute: 1 },
      },
    });
    const first = await t.call<CreateWorkshopResponse>(
      'POST',
      '/workshops',
      planstrategiTemplate('nb', 2028),
    );
    expect(first.status).toBe(201);
    const allowed = await everyRoute(t, first.body);
    expect(allowed.map((r) => r.status)).toEqual([201, 201, 400]);
    const before = workshopCount(t);
    const refused = await everyRoute(t, first.body);
    for (const r of refused) {
      expect(r.status).toBe(429);
      expect(r.body.error).toMatchObject({ code: 'too_many_workshops' });
    }
    expect(workshopCount(t)).toBe(before);
  });

  it('[L1] the server-wide budget refuses once it is spent, naming the server', async () => {
    const t = inProcessApp({
      creations: { perAddress: { burst: 100, perMinute: 1 }, server: { burst: 2, perMinute: 1 } },
    });
    const first = await t.call<CreateWorkshopResponse>(
      'POST',
      '/workshops',
      planstrategiTemplate('nb', 2028),
    );
    expect(first.status).toBe(201);
    const [create, duplicate, imported] = await everyRoute(t, first.body);
    expect(create!.status).toBe(201);
    for (const r of [duplicate!, imported!]) {
      expect(r.status).toBe(429);
      expect(r.body.error).toMatchObject({
        code: 'creation_paused',
        details: { retryAfterSeconds: 60 },
      });
    }
  });

  it('[L2] a 29 MiB import is refused with the bound in the message, and nothing is stored', async () => {
    const t = inProcessApp();
    const huge = `{"format":"samskap.workshop","content":"${'A'.repeat(29 * 1024 * 1024)}"}`;
    const res = await t.call('POST', '/workshops/import', huge);
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({
      code: 'file_too_large',
      field: 'file',
      details: { maxBytes: 8 * 1024 * 1024 },
    });
    expect(String((res.body.error as { message: string }).message)).toContain('8 MiB');
    expect(workshopCount(t)).toBe(0);
  });

  it('[L2] the import bound is a setting', async () => {
    const t = inProcessApp({ maxImportBytes: 64 * 1024 });
    const res = await t.call('POST', '/workshops/import', `"${'A'.repeat(70 * 1024)}"`);
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ details: { maxBytes: 64 * 1024 } });
  });

  it('[X2] the refusal carries the bound as a parameter the client words', async () => {
    const t = inProcessApp();
    const huge = `"${'A'.repeat(9 * 1024 * 1024)}"`;
    const res = await t.call('POST', '/workshops/import', huge);
    expect(res.body.error).toMatchObject({ code: 'file_too_large', params: { mib: 8 } });
  });
});
