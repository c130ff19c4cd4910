import { describe, expect, it } from 'vitest';
import { runDemoWorkshop } from '../testing/demoWorkshop';
import { inProcessApp } from '../testing/inProcessApp';
import type { Block } from './document';

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
