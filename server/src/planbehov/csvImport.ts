import {
  PlanbehovLimits,
  planInputSchema,
  type Decision,
  type PlanInput,
} from '@samskap/shared/planbehov';
import { parse } from 'csv-parse/sync';

/** One thing wrong with an imported file, where a person can find it. */
export interface ImportProblem {
  /** 1-based line in the file as a spreadsheet shows it (the header is line 1); 0 for the file. */
  line: number;
  /** The column's header as written in the file, where the problem is in one field. */
  field?: string;
  message: string;
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

function normalizeHeader(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/å/g, 'a')
    .replace(/[æä]/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/\s+/g, '');
}

/** Semicolon (Excel in Norway) or comma: whichever the header line has more of, outside quotes. */
function detectDelimiter(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const semis = (unquoted.match(/;/g) ?? []).length;
  const commas = (unquoted.match(/,/g) ?? []).length;
  return commas > semis ? ',' : ';';
}

function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: 'The file is empty.' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'The file is saved as UTF-16. Save it as "CSV UTF-8" and try again.' };
  }
  if (bytes.includes(0)) return { problem: 'This is not a text file (it contains binary data).' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { problem: 'The file is not UTF-8 text. Save it as "CSV UTF-8" and try again.' };
  }
}

const yearPattern = /^\d{4}$/;

/**
 * Reads a planbehov list as a planning office keeps it in a spreadsheet. The file is refused
 * whole if anything in it is wrong: every problem is listed with its line and column.
 */
export function parsePlanbehovCsv(bytes: Uint8Array): ImportResult {
  if (bytes.length > PlanbehovLimits.importBytesMax) {
    const mib = (PlanbehovLimits.importBytesMax / 1024 / 1024).toFixed(0);
    return { ok: false, problems: [{ line: 0, message: `The file is larger than ${mib} MiB.` }] };
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { ok: false, problems: [{ line: 0, message: decoded.problem }] };
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
        { line: e.lines ?? 0, message: `The file could not be read as CSV: ${e.message}` },
      ],
    };
  }
  if (rows.length > PlanbehovLimits.importRowsMax + 1) {
    return {
      ok: false,
      problems: [
        { line: 0, message: `The file has more than ${PlanbehovLimits.importRowsMax} plans.` },
      ],
    };
  }
  const [header, ...data] = rows;
  if (!header) return { ok: false, problems: [{ line: 0, message: 'The file is empty.' }] };

  const columns: Array<Column | null> = header.map((h) => HEADERS[normalizeHeader(h)] ?? null);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    const names = missing.map((c) => Object.keys(HEADERS).find((k) => HEADERS[k] === c)).join(', ');
    return {
      ok: false,
      problems: [{ line: 1, message: `The header line lacks the column(s): ${names}.` }],
    };
  }
  if (data.length === 0)
    return {
      ok: false,
      problems: [{ line: 2, message: 'The file has no plans below the header.' }],
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
      problems.push({
        line,
        message: `The line has ${cells.length} fields; the header has ${columns.length}.`,
      });
      return;
    }
    const get = (c: Column): { value: string; header: string } => {
      const index = columns.indexOf(c);
      return {
        value: index >= 0 ? (cells[index] ?? '').trim() : '',
        header: index >= 0 ? header[index]!.trim() : c,
      };
    };
    const problem = (c: Column, message: string) =>
      problems.push({ line, field: get(c).header, message });

    const year = (c: Column): number | null => {
      const { value } = get(c);
      if (value === '') return null;
      if (!yearPattern.test(value)) {
        problem(c, `"${value}" is not a year (four digits, e.g. 2026).`);
        return null;
      }
      return Number(value);
    };
    const proposalText = get('proposal').value.toLowerCase();
    const proposal = DECISIONS[proposalText];
    if (!proposal) {
      problem(
        'proposal',
        `"${get('proposal').value}" is not a decision; use videreføre, revidere, ny or avvikle.`,
      );
    }
    const lawText = get('law').value.toLowerCase();
    let requiredByLaw: boolean | null = null;
    if (lawText === 'ja') requiredByLaw = true;
    else if (lawText === 'nei') requiredByLaw = false;
    else if (lawText !== '') problem('law', `"${get('law').value}" should be ja or nei.`);

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
        const empty = get(column).value === '';
        problem(column, empty ? 'This field is empty, and it is required.' : issue.message);
      }
      return;
    }
    plans.push(parsed.data);
  });
  if (problems.length > 0) return { ok: false, problems };
  if (plans.length > PlanbehovLimits.plansMax) {
    return {
      ok: false,
      problems: [{ line: 0, message: `The file has more than ${PlanbehovLimits.plansMax} plans.` }],
    };
  }
  return { ok: true, plans };
}
