import { planstrategiTemplate } from '@samskap/shared/templates';
import { workshopSetupSchema } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import type { WorkshopRecord } from '../workshops/repository';
import { collectRundebordOutcome, rundebordBlocks } from './outcome';
import { emptyRundebordState, type RundebordState, type StoredCard } from './state';
import { exportRundebord, importRundebord, RundebordImportProblem } from './transfer';

const w = {
  id: 'w1',
  joinCode: 'ABCDEF',
  setup: workshopSetupSchema.parse(planstrategiTemplate('nb', 2028)),
  run: {} as WorkshopRecord['run'],
  createdAt: 0,
  endedAt: null,
} satisfies WorkshopRecord;

function card(id: string, tableId: string, text: string, extra: Partial<StoredCard> = {}) {
  return {
    id,
    tableId,
    authorId: `p-${tableId}`,
    authorRole: 'folkevalgt' as const,
    text,
    hidden: false,
    topBy: null,
    themeId: null,
    createdAt: 1,
    ...extra,
  };
}

function sample(): RundebordState {
  const s = emptyRundebordState();
  s.themes = [{ id: 'th1', name: 'Tidlig inn' }];
  s.summaries = { 'table-1': 'Møt oss før saken er skrevet' };
  s.cards = [
    card('c1', 'table-1', 'Arbeidsmøter i mars', { topBy: 'p-table-1', themeId: 'th1' }),
    card('c2', 'table-1', 'Skjult tekst', { hidden: true }),
    card('c3', 'table-2', 'Oppdragsliste tidlig', { themeId: 'th1' }),
  ];
  s.points = {
    state: 'closed',
    budget: 5,
    revealed: true,
    ballots: { a: { th1: 2 }, b: { th1: 1 } },
  };
  return s;
}

describe('the round table in the outcome and the export', () => {
  it('[RT5] [RT6] the outcome holds top three, themes with their tables, and no hidden card', () => {
    const d = collectRundebordOutcome(sample(), w);
    expect(d.question).toMatch(/tidligere politisk involvering/);
    expect(d.tables[0]).toMatchObject({ top: ['Arbeidsmøter i mars'], others: [] });
    expect(d.themes[0]).toMatchObject({ tables: ['Bord 1', 'Bord 2'], points: null });
    const text = JSON.stringify(rundebordBlocks(d, 'nb'));
    expect(text).not.toContain('Skjult tekst');
    expect(text).toContain('Oppdragsliste tidlig (Bord 2)');
    expect(text).toContain('Poeng vises ikke');
  });

  it('[RT8] the export carries no ballot: voters and the totals the room saw, and imports back', () => {
    const s = sample();
    s.points.ballots.c = { th1: 4 };
    const index = new Map([
      ['p-table-1', 0],
      ['p-table-2', 1],
    ]);
    const part = exportRundebord(s, index, ['table-1', 'table-2']);
    expect(JSON.stringify(part)).not.toContain('ballots');
    expect(part.points).toMatchObject({ voters: 3, totals: { th1: 7 } });
    const back = importRundebord(part, ['n0', 'n1', 'n2'], ['table-1', 'table-2']);
    expect(back.cards.map((c) => [c.authorId, c.topBy])).toEqual([
      ['n0', 'n0'],
      ['n0', null],
      ['n1', null],
    ]);
    expect(collectRundebordOutcome(back, w).themes[0]!.points).toBe(7);
  });

  it('an import with a card of an unknown theme or too many top cards is refused', () => {
    const part = exportRundebord(
      sample(),
      new Map([
        ['p-table-1', 0],
        ['p-table-2', 1],
      ]),
      ['table-1', 'table-2'],
    );
    const ghost = { ...part, cards: [{ ...part.cards[0]!, themeId: 'nope' }] };
    expect(() => importRundebord(ghost, ['a', 'b'], ['table-1', 'table-2'])).toThrow(
      RundebordImportProblem,
    );
    const four = {
      ...part,
      cards: ['1', '2', '3', '4'].map((n) => ({ ...part.cards[0]!, id: n, topBy: 0 })),
    };
    expect(() => importRundebord(four, ['a', 'b'], ['table-1', 'table-2'])).toThrow(/top cards/);
  });
});
