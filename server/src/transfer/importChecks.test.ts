import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { runDemoWorkshop } from '../testing/demoWorkshop';
import { inProcessApp } from '../testing/inProcessApp';
import { exportChecksum } from './exporter';
import type { WorkshopExport } from './format';

type App = ReturnType<typeof inProcessApp>;
interface Refusal {
  error?: {
    code: string;
    field?: string;
    message: string;
    details?: { problem: string; params: Record<string, unknown>; problems: unknown[] };
  };
}

async function demoExport(): Promise<{ t: App; data: WorkshopExport; other: string[] }> {
  const t = inProcessApp();
  const { id, f } = await runDemoWorkshop(t);
  const res = await t.app.request(`/api/workshops/${id}/export`, {
    headers: { authorization: `Bearer ${f}` },
  });
  return { t, data: (await res.json()) as WorkshopExport, other: [id, f] };
}

/** Changes a copy of the export and signs it again, as anyone can (the checksum is unkeyed). */
function forge(data: WorkshopExport, change: (x: WorkshopExport) => void): string {
  const copy = structuredClone(data);
  change(copy);
  const { checksum: _old, ...body } = copy;
  return JSON.stringify({ ...body, checksum: exportChecksum(body) });
}

const count = (t: App, table: string) =>
  (t.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function importText(t: App, text: string) {
  const res = await t.app.request('/api/workshops/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
  });
  return { status: res.status, body: (await res.json()) as CreateWorkshopResponse & Refusal };
}

/** A Yjs update (v1) written byte by byte; every number here fits one varuint byte. */
function yUpdate(...parts: Array<number | string>): string {
  const bytes: number[] = [];
  for (const p of parts) {
    if (typeof p === 'number') bytes.push(p);
    else bytes.push(p.length, ...Buffer.from(p));
  }
  return Buffer.from(bytes).toString('base64');
}

/** Client 5: "a" at the root text `t`, then "b" whose left origin is "b" itself. */
const FOLLOWS_ITSELF = yUpdate(1, 2, 5, 0, 0x04, 1, 't', 'a', 0x84, 5, 1, 'b', 0);
/** Client 5's structs from clock 3: clocks 0–2 are not in the file. */
const FIRST_PART_MISSING = yUpdate(1, 1, 5, 3, 0x04, 1, 't', 'a', 0);

describe('importing checks every aggregate against the others', () => {
  const refusals: Array<[string, string, (x: WorkshopExport) => void]> = [
    [
      'turnout_above_eligible',
      'planbehov.rounds.0.turnout',
      (x) => {
        x.planbehov.rounds[0]!.turnout.voted = 500;
      },
    ],
    [
      'decisions_not_ballots',
      'planbehov.rounds.0.plans.1.all',
      (x) => {
        x.planbehov.rounds[0]!.plans[1]!.all!.decisions.continue += 1;
      },
    ],
    [
      'points_above_budget',
      'planbehov.rounds.0.plans.1.all',
      (x) => {
        const all = x.planbehov.rounds[0]!.plans[1]!.all!;
        all.points = all.ballots * x.planbehov.voting.pointsBudget + 1;
      },
    ],
    [
      'rounds_mismatch',
      'planbehov.rounds',
      (x) => {
        x.planbehov.voting.round += 3;
      },
    ],
    [
      'ballots_above_turnout',
      'planbehov.rounds.0.plans.1.all.ballots',
      (x) => {
        const all = x.planbehov.rounds[0]!.plans[1]!.all!;
        all.ballots += 10;
        all.decisions.unsure += 10;
      },
    ],
    [
      'self_reference',
      'arguments.entries.1.parentId',
      (x) => {
        x.arguments.entries[1]!.parentId = x.arguments.entries[1]!.id;
      },
    ],
    [
      'reference_cycle',
      'arguments.entries.0.parentId',
      (x) => {
        const [a, b] = x.arguments.entries;
        a!.parentId = b!.id;
        b!.parentId = a!.id;
      },
    ],
    [
      'unknown_reference',
      'arguments.entries.0.mergedInto',
      (x) => {
        x.arguments.entries[0]!.mergedInto = 'nowhere';
      },
    ],
    [
      'supports_above_participants',
      'arguments.entries.0.supports',
      (x) => {
        x.arguments.entries[0]!.supports = 1000;
      },
    ],
  ];

  it.each(refusals)(
    '[T4] refuses %s at %s with a code and params the client can word, storing nothing',
    async (problem, path, change) => {
      const { t, data } = await demoExport();
      const before = ['workshops', 'participants'].map((table) => count(t, table));
      const res = await importText(t, forge(data, change));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'import_invalid' });
      const problems = res.body.error!.details!.problems as Array<{
        problem: string;
        path: string;
      }>;
      expect(problems).toContainEqual(expect.objectContaining({ problem, path }));
      expect(res.body.error!.message).toMatch(/\S/);
      expect(['workshops', 'participants'].map((table) => count(t, table))).toEqual(before);
    },
  );

  it('[T4] the forged "500 of 3 voted" names the numbers', async () => {
    const { t, data } = await demoExport();
    const res = await importText(
      t,
      forge(data, (x) => {
        x.planbehov.rounds[0]!.turnout.voted = 500;
      }),
    );
    expect(res.body.error?.details).toMatchObject({
      problem: 'turnout_above_eligible',
      params: { voted: 500, eligible: data.planbehov.rounds[0]!.turnout.eligible },
    });
  });

  it('[T2] a file changed without a new checksum is refused as changed', async () => {
    const { t, data } = await demoExport();
    const copy = structuredClone(data);
    copy.workshop.setup.title = 'Endret';
    const res = await importText(t, JSON.stringify(copy));
    expect(res.body.error?.details).toMatchObject({ problem: 'checksum_mismatch' });
  });
});

describe('importing applies the shared document in a sandbox first', () => {
  it('[T5] an item that claims to follow itself is refused, and the server carries on', async () => {
    const { t, data, other } = await demoExport();
    const before = count(t, 'workshops');
    const res = await importText(
      t,
      forge(data, (x) => {
        x.content = FOLLOWS_ITSELF;
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'import_invalid', field: 'content' });
    expect(res.body.error?.details?.problem).toBe('content_not_applicable');
    expect(count(t, 'workshops')).toBe(before);
    const [id, f] = other;
    const outcome = await t.app.request(`/api/workshops/${id}/outcome/md`, {
      headers: { authorization: `Bearer ${f}` },
    });
    expect(outcome.status).toBe(200);
  });

  it('[T5] a document whose first part is missing is refused, not stored as pending', async () => {
    const { t, data } = await demoExport();
    const res = await importText(
      t,
      forge(data, (x) => {
        x.content = FIRST_PART_MISSING;
      }),
    );
    expect(res.body.error?.details?.problem).toBe('content_incomplete');
  });

  it('[T5] a document larger than MAX_DOCUMENT_BYTES once applied is refused', async () => {
    const { data } = await demoExport();
    const small = inProcessApp({ maxDocumentBytes: 64 });
    const res = await importText(
      small,
      forge(data, () => {}),
    );
    expect(res.body.error?.details).toMatchObject({
      problem: 'content_too_large',
      params: { maxBytes: 64 },
    });
    expect(count(small, 'workshops')).toBe(0);
  });

  it('[T5] what is stored is the re-encoded state, and it reads back', async () => {
    const { t, data } = await demoExport();
    const res = await importText(
      t,
      forge(data, () => {}),
    );
    expect(res.status).toBe(201);
    const md = await t.app.request(`/api/workshops/${res.body.workshop.id}/outcome/md`, {
      headers: { authorization: `Bearer ${res.body.facilitatorToken}` },
    });
    expect(md.status).toBe(200);
  });
});
