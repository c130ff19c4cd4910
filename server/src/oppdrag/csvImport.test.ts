import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FJORDVIK_FOCUS_AREAS } from '@samskap/shared/templates';
import { parseOppdragCsv } from './csvImport';

const goals = new Set(FJORDVIK_FOCUS_AREAS.flatMap((a) => a.goals.map((g) => g.id)));
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const csv = (text: string) => new TextEncoder().encode(text);
const HEADER = 'type;tittel;mål;ansvarlig;start;slutt;forventet gevinst;finansiering\n';

describe('[OP1] the oppdrag CSV import', () => {
  it('reads the Fjordvik list: 16 oppdrag of three kinds with goals, owner, years, gain and funding', () => {
    const r = parseOppdragCsv(fixture('oppdrag-fjordvik.csv'), goals);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.oppdrag).toHaveLength(16);
    expect(new Set(r.oppdrag.map((o) => o.kind))).toEqual(
      new Set(['omstilling', 'endring', 'utvikling']),
    );
    expect(r.oppdrag[0]).toEqual({
      kind: 'omstilling',
      title: 'Gjennomføre prosjekt helhetlig ressursforvaltning',
      goalIds: ['S1-2', 'S3-6'],
      owner: 'Rådmannens stab',
      startYear: 2026,
      endYear: 2027,
      gain: 'Lavere driftskostnader, 4 mill. kr per år fra 2028',
      funding: 'within_budget',
    });
    expect(r.oppdrag[1]!.goalIds).toEqual([]);
    expect(r.oppdrag.filter((o) => o.funding === 'none')).toHaveLength(5);
    expect(r.oppdrag.filter((o) => o.funding === 'external')).toHaveLength(3);
  });

  it('refuses the bad file whole, naming each problem by line and column', () => {
    const r = parseOppdragCsv(fixture('oppdrag-unknown-goal.csv'), goals);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(
      r.problems.map(({ line, field, code, params }) => ({ line, field, code, params })),
    ).toEqual([
      { line: 3, field: 'mål', code: 'unknown_goal', params: { value: 'S9-4' } },
      { line: 4, field: 'slutt', code: 'years_reversed', params: { start: 2029, end: 2027 } },
    ]);
  });

  it('names an unknown kind and funding, and a year that is not one', () => {
    const r = parseOppdragCsv(csv(`${HEADER}forbedring;X;S1-1;;20x6;;;kanskje\n`), goals);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [2, 'type', 'unknown_kind'],
      [2, 'finansiering', 'unknown_funding'],
      [2, 'start', 'not_a_year'],
    ]);
  });

  it('asks for the columns it needs, and refuses empty and non-UTF-8 files', () => {
    const r = parseOppdragCsv(csv('tittel;ansvarlig\nX;Y\n'), goals);
    expect(r).toMatchObject({ ok: false, problems: [{ line: 1, code: 'missing_columns' }] });
    expect(parseOppdragCsv(new Uint8Array(), goals)).toMatchObject({
      ok: false,
      problems: [{ code: 'file_empty' }],
    });
    expect(parseOppdragCsv(new Uint8Array([0x74, 0xe6, 0x0a]), goals)).toMatchObject({
      ok: false,
      problems: [{ code: 'file_not_utf8' }],
    });
    expect(parseOppdragCsv(csv(HEADER), goals)).toMatchObject({
      ok: false,
      problems: [{ code: 'no_rows' }],
    });
  });

  it('refuses an empty title and a control character', () => {
    const r = parseOppdragCsv(
      csv(`${HEADER}endring;;S1-1;;;;;innenfor ramme\nendring;A\u001bB;S1-1;;;;;innenfor ramme\n`),
      goals,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [2, 'tittel', 'field_required'],
      [3, 'tittel', 'field_invalid'],
    ]);
  });
});
