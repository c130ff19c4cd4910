/**
 * What can be wrong with an imported plan list. The server names the problem by code, with the
 * details (line, column, value) as parameters; the client words it in the reader's language.
 */
export const IMPORT_PROBLEM_CODES = [
  'file_too_large',
  'file_empty',
  'file_utf16',
  'file_binary',
  'file_not_utf8',
  'csv_unreadable',
  'too_many_rows',
  'missing_columns',
  'no_plans',
  'field_count',
  'not_a_year',
  'unknown_decision',
  'not_yes_no',
  'field_required',
  'field_too_long',
  'field_invalid',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** One thing wrong with an imported file, where a person can find it. */
export interface ImportProblem {
  /** 1-based line in the file as a spreadsheet shows it (the header is line 1); 0 for the file. */
  line: number;
  /** The column's header as written in the file, where the problem is in one field. */
  field?: string;
  code: ImportProblemCode;
  /** The details the sentence names: `value`, `max`, `count`, `expected`, `columns`, `mib`. */
  params: Record<string, string | number>;
  /** The problem in English, for logs and tools; readers get `code` worded in their language. */
  message: string;
}
