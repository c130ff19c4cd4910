import type { GroupTally, Plan, PlanResult, RoundResults } from '@samskap/shared/planbehov';
import { planstrategiTemplate } from '@samskap/shared/templates';
import { INITIAL_STAGE, workshopSetupSchema } from '@samskap/shared/workshop';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activityModules } from '../activities/registry';
import { activitySections, buildOutcomeDocument } from './build';
import type { OutcomeData } from './collect';
import { renderMarkdown } from './render/markdown';
import { renderDocx } from './render/docx';
import { renderPdf } from './render/pdf';

const setup = workshopSetupSchema.parse(planstrategiTemplate('nb', 2027));

function plan(id: string, position: number, proposalYear: number | null = null): Plan {
  return {
    id,
    position,
    title: `Plan ${id.toUpperCase()}`,
    planType: 'temaplan',
    adoptedYear: null,
    proposal: 'revise',
    proposalYear,
    requiredByLaw: null,
    focusArea: null,
    description: null,
  };
}

function tally(ballots: number, decision: 'revise' | 'new' | 'drop', points = 0): GroupTally {
  const decisions = { continue: 0, revise: 0, new: 0, drop: 0, unsure: 0 };
  decisions[decision] = ballots;
  return { ballots, decisions, startYears: [], points };
}

function result(
  planId: string,
  all: GroupTally,
  leading: PlanResult['leading'],
  year: number | null,
): PlanResult {
  return {
    planId,
    all,
    byRole: { folkevalgt: null, administrasjon: null, annen: null },
    withheld: { folkevalgt: null, administrasjon: null, annen: null },
    leading,
    leadingYear: year,
    rolesDisagree: false,
  };
}

function round(n: number, plans: PlanResult[]): RoundResults {
  const none = { voted: 0, eligible: 0 };
  return {
    round: n,
    turnout: {
      voted: 4,
      eligible: 4,
      byRole: { folkevalgt: none, administrasjon: none, annen: none },
    },
    plans,
    ranking: plans.map((p) => ({ planId: p.planId, points: p.all?.points ?? 0 })),
  };
}

function data(rounds: RoundResults[], phaseLog: OutcomeData['phaseLog'] = []): OutcomeData {
  return {
    workshop: {
      ...setup,
      id: 'w1',
      joinCode: 'ABCDEF',
      createdAt: 0,
      endedAt: null,
    },
    run: {
      phaseIndex: 2,
      timer: { durationMs: 0, elapsedMs: 0, runningSince: null },
      locked: false,
      mode: 'plenary',
      stage: INITIAL_STAGE,
    },
    phaseLog,
    attendance: {
      total: 0,
      connected: 0,
      byRole: { folkevalgt: 0, administrasjon: 0, annen: 0 },
      byTable: [],
    },
    named: null,
    ambitions: { areas: [] },
    evaluering: {
      statements: [],
      edited: false,
      status: 'planned',
      revealed: false,
      answered: 0,
      result: null,
      baseline: null,
      comparison: null,
    },
    consent: [],
    planbehov: {
      plans: [plan('a', 0), plan('b', 1), plan('c', 2, 2026), plan('d', 3)],
      voting: {
        round: rounds.length,
        status: 'closed',
        revealed: true,
        pointsBudget: 0,
        eligibleRoles: ['folkevalgt'],
      },
      rounds,
    },
    arguments: {
      questions: [],
      shownQuestionId: null,
      norms: [],
      paused: false,
      floorTableId: null,
      controlled: false,
      groups: [],
      entries: [],
      syntheses: [],
      conflicts: [],
    },
    oppdrag: {
      oppdrag: [],
      tableFocus: {},
      tables: {},
      proposals: [],
      points: { status: 'closed', budget: 5, results: null, voters: 0 },
    },
    rundebord: {
      question: '',
      handout: '',
      tables: [],
      themes: [],
      points: { used: false, budget: 0, voters: 0, withheld: null },
    },
  } as OutcomeData;
}

const md = (d: OutcomeData) => renderMarkdown(buildOutcomeDocument(d, Date.UTC(2027, 0, 20)));

describe('the planbehov part of the outcome document', () => {
  const round1 = round(1, [
    result('a', tally(4, 'revise'), 'revise', 2028),
    result('b', tally(4, 'new'), 'new', null),
    result('c', tally(4, 'revise'), 'revise', 2026),
  ]);
  const round2 = round(2, [
    result('a', tally(0, 'revise'), null, null),
    result('b', tally(4, 'drop'), 'drop', null),
    result('c', tally(0, 'revise'), null, null),
  ]);

  it('[P2] keeps a plan voted on only in round 1 on the timeline, saying which round placed it', () => {
    const text = md(data([round1, round2]));
    expect(text).toContain('### Runde 1');
    expect(text).toContain('### Runde 2');
    expect(text).toMatch(/\| 2028 \| Plan A \(Revidere, runde 1\) \|/);
    expect(text).not.toMatch(/Plan B \(Ny/);
  });

  it('[P1] lists plans without a year in the period as unplaced instead of dropping them', () => {
    const text = md(data([round1]));
    expect(text).toMatch(/\| Uten år i perioden \| Plan B \(Ny\); Plan C \(Revidere, 2026\) \|/);
  });

  it('[P1] lists the unplaced plans in the Word and PDF documents too', async () => {
    const doc = buildOutcomeDocument(data([round1]), Date.UTC(2027, 0, 20));
    const zip = await JSZip.loadAsync(await renderDocx(doc));
    const xml = await zip.file('word/document.xml')!.async('string');
    // Each table cell's text, as Word shows it.
    const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ''),
    );
    const at = cells.indexOf('Uten år i perioden');
    expect(at).toBeGreaterThan(-1);
    expect(cells[at + 1]).toBe('Plan B (Ny); Plan C (Revidere, 2026)');

    const pdf = await getDocument({ data: new Uint8Array(await renderPdf(doc)) }).promise;
    let text = '';
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + ' ';
    }
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Uten år i perioden');
    expect(flat).toMatch(/Plan B \(Ny\); ?Plan C \(Revidere, ?2026\)/);
  });

  it('never prints a ranking heading over an empty list, nor a table for a round nobody voted in', () => {
    const text = md(data([round1, round(2, [result('a', tally(0, 'revise'), null, null)])]));
    expect(text).not.toContain('Rangering etter prioriteringspoeng (runde');
    expect(text).toContain('Ingen stemte i denne runden.');
    // A heading followed straight by one of its own level or higher has nothing under it.
    const headings = text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => /^(#{1,3}) /.exec(l)?.[1]?.length ?? 0);
    headings.forEach((level, i) => {
      const next = headings[i + 1] ?? 1;
      if (level > 0) expect(next === 0 || next > level).toBe(true);
    });
  });

  it('[D1] says how many plans are withheld for too few votes instead of leaving them out silently', () => {
    const withheld: PlanResult = { ...result('b', tally(0, 'new'), null, null), all: null };
    const text = md(data([round(1, [result('a', tally(4, 'revise'), 'revise', 2028), withheld])]));
    expect(text).toContain('1 av planene vises ikke: de fikk færre enn 3 stemmer');
    expect(text).toMatch(/\| Plan A \| Revidere/);
  });

  it('does not call a phase that ran "ikke kjørt": the first one, and the one running now', () => {
    const text = md(data([], [{ phaseIndex: 1, at: Date.UTC(2027, 0, 20, 9) }]));
    const rows = text.split('\n').filter((l) => l.startsWith('| ') && l.includes('kjørt'));
    const titles = setup.agenda.map((p) => p.title);
    expect(rows.find((r) => r.startsWith(`| ${titles[0]} |`))).toContain('kjørt (uten tidtaker)');
    expect(rows.find((r) => r.startsWith(`| ${titles[2]} |`))).toContain('kjørt (uten tidtaker)');
    expect(rows.find((r) => r.startsWith(`| ${titles[3]} |`))).toContain('ikke kjørt');
  });
});

describe('[AM7] each activity builds its own section of the outcome', () => {
  const heading = (text: string) => ({ type: 'heading' as const, level: 2 as const, text });
  const modules = [
    {
      outcomeSection: {
        inSummary: true,
        blocks: (_d: OutcomeData, language: string, o: { brief?: boolean }) => [
          heading(`a ${language}${o.brief ? ' brief' : ''}`),
        ],
      },
    },
    { outcomeSection: { blocks: () => [heading('b')] } },
    {},
  ];

  it('prints every section in registry order, and only the summary ones in brief', () => {
    const d = data([]);
    expect(activitySections(d, 'nn', {}, modules)).toEqual([heading('a nn'), heading('b')]);
    expect(activitySections(d, 'en', { brief: true }, modules)).toEqual([heading('a en brief')]);
  });

  it('the registered modules give the documents their sections, in registry order', () => {
    const headings = md(data([]))
      .split('\n')
      .filter((l) => l.startsWith('## '));
    const order = ['## Politiske ambisjoner', '## Planbehov', '## Argumenter'];
    const at = order.map((h) => headings.findIndex((x) => x.startsWith(h)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('the outcome folder imports no activity folder: a new activity does not touch it', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const activityFolders = activityModules.map((m) => m.key);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const folder of activityFolders)
        expect(text, `${file} imports ../${folder}`).not.toMatch(
          new RegExp(`from '\\.\\./${folder}['/]`),
        );
    }
  });
});
