/**
 * What can be wrong with an imported oppdrag list: the planbehov import's shape
 * (`{line, field, code, params}`), with the codes this list can have.
 */
export const OPPDRAG_IMPORT_PROBLEM_CODES = [
  'file_too_large',
  'file_empty',
  'file_utf16',
  'file_binary',
  'file_not_utf8',
  'csv_unreadable',
  'too_many_rows',
  'missing_columns',
  'no_rows',
  'field_count',
  'not_a_year',
  'years_reversed',
  'unknown_kind',
  'unknown_funding',
  'unknown_goal',
  'field_required',
  'field_too_long',
  'field_invalid',
] as const;
export type OppdragImportProblemCode = (typeof OPPDRAG_IMPORT_PROBLEM_CODES)[number];

/** One thing wrong with an imported file, where a person can find it. */
export interface OppdragImportProblem {
  /** 1-based line as a spreadsheet shows it (the header is line 1); 0 for the whole file. */
  line: number;
  /** The column's header as written in the file. */
  field?: string;
  code: OppdragImportProblemCode;
  /** The details the sentence names: `value`, `max`, `columns`, `mib`, `start`, `end`. */
  params: Record<string, string | number>;
  /** In English, for logs; readers get `code` worded in their language. */
  message: string;
}
