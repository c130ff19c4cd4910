import {
  PlanbehovLimits,
  planInputSchema,
  type Decision,
  type ImportProblem,
  type ImportProblemCode,
  type PlanInput,
} from '@samskap/shared/planbehov';
import { parse } from 'csv-parse/sync';
import { decodeCsvText, detectDelimiter, normalizeHeader } from '../csv/csvText';

export type { ImportProblem };

type Params = ImportProblem['params'];

/** A problem of the whole file (line 0) or of one line. */
function problemAt(
  line: number,
  code: ImportProblemCode,
  message: string,
  params: Params = {},
): ImportProblem {
  return { line, code, params, message };
}

export type ImportResult =
  { ok: true; plans: PlanInput[] } | { ok: false; problems: ImportProblem[] };

type Column =
  'title' | 'planType' | 'adopted' | 'proposal' | 'year' | 'law' | 'focusArea' | 'description';

/** Headers as planning offices write them (case, accents and spaces vary). */
const HEADERS: Record<string, Column> = {
  tittel: 'title',
  plan: 'title',
  plannavn: 'title',
  plantype: 'planType',
  type: 'planType',
  vedtatt: 'adopted',
  vedteke: 'adopted',
  forslag: 'proposal',
  aar: 'year',
  ar: 'year',
  oppstart: 'year',
  lovpalagt: 'law',
  satsingsomrade: 'focusArea',
  beskrivelse: 'description',
  kommentar: 'description',
};
const REQUIRED: Column[] = ['title', 'planType', 'proposal'];

const DECISIONS: Record<string, Decision> = {
  videreføre: 'continue',
  videreføres: 'continue',
  vidareføre: 'continue',
  vidareførast: 'continue',
  revidere: 'revise',
  revideres: 'revise',
  reviderast: 'revise',
  rullere: 'revise',
  ny: 'new',
  nye: 'new',
  'ny plan': 'new',
  avvikle: 'drop',
  avvikles: 'drop',
  avviklast: 'drop',
};

function decodeText(bytes: Uint8Array): { text: string } | { problem: ImportProblem } {
  const decoded = decodeCsvText(bytes);
  return 'text' in decoded
    ? { text: decoded.text }
    : { problem: problemAt(0, decoded.problem, decoded.message) };
}

const yearPattern = /^\d{4}$/;

/**
 * Reads a planbehov list as a planning office keeps it in a spreadsheet. The file is refused
 * whole if anything in it is wrong: every problem is listed with its line and column.
 */
export function parsePlanbehovCsv(bytes: Uint8Array): ImportResult {
  if (bytes.length > PlanbehovLimits.importBytesMax) {
    const mib = (PlanbehovLimits.importBytesMax / 1024 / 1024).toFixed(0);
    return {
      ok: false,
      problems: [problemAt(0, 'file_too_large', `The file is larger than ${mib} MiB.`, { mib })],
    };
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  const text = decoded.text.replace(/^\uFEFF/, '');

  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
      bom: true,
      to: PlanbehovLimits.importRowsMax + 2,
    }) as string[][];
  } catch (err) {
    const e = err as { lines?: number; message: string };
    return {
      ok: false,
      problems: [
        problemAt(
          e.lines ?? 0,
          'csv_unreadable',
          `The file could not be read as CSV: ${e.message}`,
        ),
      ],
    };
  }
  if (rows.length > PlanbehovLimits.importRowsMax + 1) {
    return {
      ok: false,
      problems: [
        problemAt(
          0,
          'too_many_rows',
          `The file has more than ${PlanbehovLimits.importRowsMax} plans.`,
          {
            max: PlanbehovLimits.importRowsMax,
          },
        ),
      ],
    };
  }
  const [header, ...data] = rows;
  if (!header) return { ok: false, problems: [problemAt(0, 'file_empty', 'The file is empty.')] };

  const columns: Array<Column | null> = header.map((h) => HEADERS[normalizeHeader(h)] ?? null);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    const names = missing.map((c) => Object.keys(HEADERS).find((k) => HEADERS[k] === c)).join(', ');
    return {
      ok: false,
      problems: [
        problemAt(1, 'missing_columns', `The header line lacks the column(s): ${names}.`, {
          columns: names,
        }),
      ],
    };
  }
  if (data.length === 0)
    return {
      ok: false,
      problems: [problemAt(2, 'no_plans', 'The file has no plans below the header.')],
    };

  const problems: ImportProblem[] = [];
  const plans: PlanInput[] = [];
  data.forEach((raw, i) => {
    const line = i + 2;
    // An unquoted semicolon in the last, free-text column splits it; put it back together.
    const last = columns.length - 1;
    const cells =
      raw.length > columns.length && columns[last] === 'description'
        ? [...raw.slice(0, last), raw.slice(last).join(detectDelimiter(text))]
        : raw;
    if (cells.length > columns.length) {
      problems.push(
        problemAt(
          line,
          'field_count',
          `The line has ${cells.length} fields; the header has ${columns.length}.`,
          { count: cells.length, expected: columns.length },
        ),
      );
      return;
    }
    const get = (c: Column): { value: string; header: string } => {
      const index = columns.indexOf(c);
      return {
        value: index >= 0 ? (cells[index] ?? '').trim() : '',
        header: index >= 0 ? header[index]!.trim() : c,
      };
    };
    const problem = (c: Column, code: ImportProblemCode, message: string, params: Params = {}) =>
      problems.push({ line, field: get(c).header, code, params, message });

    const year = (c: Column): number | null => {
      const { value } = get(c);
      if (value === '') return null;
      if (!yearPattern.test(value)) {
        problem(c, 'not_a_year', `"${value}" is not a year (four digits, e.g. 2026).`, { value });
        return null;
      }
      return Number(value);
    };
    const proposalText = get('proposal').value.toLowerCase();
    const proposal = DECISIONS[proposalText];
    if (!proposal) {
      const value = get('proposal').value;
      problem(
        'proposal',
        'unknown_decision',
        `"${value}" is not a decision; use videreføre, revidere, ny or avvikle.`,
        { value },
      );
    }
    const lawText = get('law').value.toLowerCase();
    let requiredByLaw: boolean | null = null;
    if (lawText === 'ja') requiredByLaw = true;
    else if (lawText === 'nei') requiredByLaw = false;
    else if (lawText !== '') {
      const value = get('law').value;
      problem('law', 'not_yes_no', `"${value}" should be ja or nei.`, { value });
    }

    const candidate = {
      title: get('title').value,
      planType: get('planType').value,
      adoptedYear: year('adopted'),
      proposal: proposal ?? 'continue',
      proposalYear: year('year'),
      requiredByLaw,
      focusArea: get('focusArea').value || null,
      description: get('description').value || null,
    };
    const parsed = planInputSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof typeof candidate;
        const column: Column =
          key === 'adoptedYear' ? 'adopted' : key === 'proposalYear' ? 'year' : (key as Column);
        if (get(column).value === '')
          problem(column, 'field_required', 'This field is empty, and it is required.');
        else if (issue.code === 'too_big')
          problem(column, 'field_too_long', issue.message, { max: Number(issue.maximum) });
        else problem(column, 'field_invalid', issue.message);
      }
      return;
    }
    plans.push(parsed.data);
  });
  if (problems.length > 0) return { ok: false, problems };
  if (plans.length > PlanbehovLimits.plansMax) {
    return {
      ok: false,
      problems: [
        problemAt(0, 'too_many_rows', `The file has more than ${PlanbehovLimits.plansMax} plans.`, {
          max: PlanbehovLimits.plansMax,
        }),
      ],
    };
  }
  return { ok: true, plans };
}
