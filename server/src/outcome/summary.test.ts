import { describe, expect, it } from 'vitest';
import { runDemoWorkshop } from '../testing/demoWorkshop';
import { inProcessApp } from '../testing/inProcessApp';
import type { OutcomeData } from './collect';
import type { Block } from './document';
import { SummaryCache } from './summary';

interface Summary {
  language: string;
  title: string;
  blocks: Block[];
}

const textOf = (blocks: Block[]) =>
  blocks
    .map((b) =>
      b.type === 'table'
        ? [b.caption, ...b.header, ...b.rows.flat()].join(' | ')
        : b.type === 'list'
          ? b.items.join(' | ')
          : b.text,
    )
    .join('\n');

describe('the summary phase’s content', () => {
  it('[O1] gives projector and tablets the outcome’s sections in the document’s words, and nothing hidden', async () => {
    const t = inProcessApp();
    const { id, w, people } = await runDemoWorkshop(t);
    for (const token of [w.projectorToken, people[0]!.participantToken]) {
      const res = await t.call<Summary>('GET', `/workshops/${id}/summary`, undefined, token);
      expect(res.status).toBe(200);
      const text = textOf(res.body.blocks);
      const headings = res.body.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
      expect(headings).toEqual(
        expect.arrayContaining(['Politiske ambisjoner', 'Planbehov', 'Argumenter', 'Runde 2']),
      );
      expect(text).toContain('Alle barn skal ha en trygg skolevei innen 2028.');
      expect(text).toContain('Tidslinje for perioden');
      expect(text).toContain('Konfliktregister');
      // Brief: the latest round only, no names, no positions, nothing hidden.
      expect(headings).not.toContain('Runde 1');
      expect(text).not.toContain('I sentrum (Folkevalgte');
      expect(text).not.toContain('UPASSENDE-TEKST');
      for (const p of people) expect(text).not.toContain(p.participant.id);
    }
  });

  it('[O1] shows no planbehov result once the facilitator hides it', async () => {
    const t = inProcessApp();
    const { id, w, f } = await runDemoWorkshop(t);
    await t.call('POST', `/workshops/${id}/planbehov/voting`, { action: 'hide' }, f);
    const res = await t.call<Summary>(
      'GET',
      `/workshops/${id}/summary`,
      undefined,
      w.projectorToken,
    );
    const text = textOf(res.body.blocks);
    expect(text).toContain('Resultatet av denne runden er ikke vist.');
    expect(text).not.toMatch(/Runde \d/);
    expect(text).not.toContain('Tidslinje for perioden');
  });

  it('[O1] speaks the reader’s language when asked, and is refused without a token', async () => {
    const t = inProcessApp();
    const { id, w } = await runDemoWorkshop(t);
    const en = await t.call<Summary>(
      'GET',
      `/workshops/${id}/summary?language=en`,
      undefined,
      w.projectorToken,
    );
    expect(en.body.language).toBe('en');
    expect(en.body.blocks.map((b) => (b.type === 'heading' ? b.text : ''))).toContain(
      'Planning needs',
    );
    expect((await t.call('GET', `/workshops/${id}/summary`)).status).toBe(401);
  });
});

describe('the summary cache', () => {
  it('[O2] answers a burst of screens with one read, and reads again after a change or a while', async () => {
    let reads = 0;
    let clock = 0;
    const cache = new SummaryCache(
      async () => {
        reads++;
        return {} as OutcomeData;
      },
      2_000,
      () => clock,
    );
    await Promise.all(Array.from({ length: 60 }, () => cache.get('w1')));
    expect(reads).toBe(1);
    cache.invalidate('w1');
    await cache.get('w1');
    expect(reads).toBe(2);
    clock += 2_000;
    await cache.get('w1');
    expect(reads).toBe(3);
    await cache.get('w2');
    expect(reads).toBe(4);
  });

  it('[O2] does not keep a failed read', async () => {
    let fail = true;
    const cache = new SummaryCache(async () => {
      if (fail) throw new Error('storage');
      return {} as OutcomeData;
    });
    await expect(cache.get('w1')).rejects.toThrow('storage');
    fail = false;
    await expect(cache.get('w1')).resolves.toEqual({});
  });
});
