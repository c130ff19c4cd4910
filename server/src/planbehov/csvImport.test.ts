import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanbehovCsv } from './csvImport';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const text = (s: string) => new TextEncoder().encode(s);

function problemsOf(bytes: Uint8Array) {
  const r = parsePlanbehovCsv(bytes);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problems;
}

describe('importing a planbehov CSV', () => {
  it('reads the demo municipality’s list as the planning office keeps it', () => {
    const r = parsePlanbehovCsv(fixture('planbehov-fjordvik.csv'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.plans).toHaveLength(18);
    expect(r.plans[1]).toEqual({
      title: 'Kommuneplanens arealdel 2019–2031',
      planType: 'kommuneplan',
      adoptedYear: 2019,
      proposal: 'revise',
      proposalYear: 2026,
      requiredByLaw: true,
      focusArea: 'Grønt samfunn',
      description: 'Må følge opp arealstrategien i ny samfunnsdel og nye klimakrav.',
    });
    expect(r.plans.find((p) => p.title === 'Boligsosial handlingsplan')).toMatchObject({
      adoptedYear: null,
      proposal: 'new',
    });
    expect(r.plans.find((p) => p.title.startsWith('Digitaliseringsstrategi'))?.proposal).toBe(
      'drop',
    );
  });

  it('keeps an unquoted semicolon in the description as part of it', () => {
    const r = parsePlanbehovCsv(fixture('planbehov-fjordvik.csv'));
    if (!r.ok) throw new Error('refused');
    expect(r.plans.find((p) => p.title.startsWith('Helhetlig'))?.description).toBe(
      'Lovpålagt; nye beredskapshensyn etter krise og krig i Europa.',
    );
  });

  it('reads comma-separated files with quoted fields, a byte-order mark and Windows line ends, as Excel writes them', () => {
    const csv =
      '\uFEFFTittel,Plantype,Vedtatt,Forslag,År\r\n"Plan for ""trygg"" skolevei, del 2",temaplan,2020,Revidere,2027\r\n';
    const r = parsePlanbehovCsv(text(csv));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.plans[0]).toMatchObject({
      title: 'Plan for "trygg" skolevei, del 2',
      proposal: 'revise',
      proposalYear: 2027,
    });
  });

  it('[I1] names the line, field, code and value of a year that is not a year', () => {
    expect(problemsOf(fixture('planbehov-bad-years.csv'))).toEqual([
      {
        line: 2,
        field: 'vedtatt',
        code: 'not_a_year',
        params: { value: 'tjuetjue' },
        message: '"tjuetjue" is not a year (four digits, e.g. 2026).',
      },
      {
        line: 2,
        field: 'aar',
        code: 'not_a_year',
        params: { value: '20266' },
        message: '"20266" is not a year (four digits, e.g. 2026).',
      },
    ]);
  });

  it('names the line and field of an empty title', () => {
    expect(problemsOf(fixture('planbehov-empty-title.csv'))).toEqual([
      {
        line: 2,
        field: 'tittel',
        code: 'field_required',
        params: {},
        message: 'This field is empty, and it is required.',
      },
    ]);
  });

  it('names the line and field of an unknown decision and lists the accepted ones', () => {
    const [p] = problemsOf(fixture('planbehov-unknown-decision.csv'));
    expect(p).toMatchObject({
      line: 2,
      field: 'forslag',
      code: 'unknown_decision',
      params: { value: 'kanskje' },
    });
    expect(p!.message).toMatch(/"kanskje".*videreføre, revidere, ny or avvikle/);
  });

  it('refuses a file that is not text', () => {
    expect(problemsOf(fixture('planbehov-binary.csv'))[0]!.message).toMatch(
      /UTF-16|not a text file/,
    );
    expect(problemsOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))[0]!.message).toMatch(
      /binary/,
    );
    expect(problemsOf(new Uint8Array([0x74, 0xff, 0xfe, 0x41]))[0]!.message).toMatch(/not UTF-8/);
  });

  it('refuses a very large file quickly and whole', () => {
    const row =
      'Kommunedelplan for noe;kommunedelplan;2019;revidere;2026;nei;alle;' + 'x'.repeat(60) + '\n';
    const big = text(
      'tittel;plantype;vedtatt;forslag;aar;lovpalagt;satsingsomrade;beskrivelse\n' +
        row.repeat(200_000),
    );
    expect(big.length).toBeGreaterThan(16_000_000);
    expect(problemsOf(big)).toEqual([
      {
        line: 0,
        code: 'file_too_large',
        params: { mib: '1' },
        message: 'The file is larger than 1 MiB.',
      },
    ]);
    const many = text('tittel;plantype;forslag\n' + 'P;temaplan;ny\n'.repeat(5000));
    expect(problemsOf(many)[0]!.message).toMatch(/more than 1000 plans/);
  });

  it('refuses a header without the required columns, and a file with no plans', () => {
    expect(problemsOf(text('navn;type\nA;B\n'))[0]).toMatchObject({
      line: 1,
      code: 'missing_columns',
      params: { columns: 'tittel, forslag' },
    });
    expect(problemsOf(text('tittel;plantype;forslag\n'))[0]).toMatchObject({
      line: 2,
      code: 'no_plans',
    });
    expect(problemsOf(text(''))[0]!.message).toBe('The file is empty.');
  });

  it('refuses a line with more fields than the header where the last column is not free text', () => {
    expect(problemsOf(text('tittel;plantype;forslag\nA;temaplan;ny;extra\n'))[0]).toMatchObject({
      line: 2,
      code: 'field_count',
      params: { count: 4, expected: 3 },
    });
  });
});
