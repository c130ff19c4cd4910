/*
 * What every spreadsheet import (the planbehov list, the oppdrag list) does before it reads
 * rows: take the bytes as UTF-8 text or say why not, find the delimiter, and match headers
 * whatever their case, spacing or Norwegian letters.
 */

/** Why a file is not CSV text, as the importers' problem codes name it. */
export type CsvFileProblem = 'file_empty' | 'file_utf16' | 'file_binary' | 'file_not_utf8';

const FILE_PROBLEMS: Record<CsvFileProblem, string> = {
  file_empty: 'The file is empty.',
  file_utf16: 'The file is saved as UTF-16. Save it as "CSV UTF-8" and try again.',
  file_binary: 'This is not a text file (it contains binary data).',
  file_not_utf8: 'The file is not UTF-8 text. Save it as "CSV UTF-8" and try again.',
};

/** The file as text (a leading BOM removed), or the problem that keeps it from being text. */
export function decodeCsvText(
  bytes: Uint8Array,
): { readonly text: string } | { readonly problem: CsvFileProblem; readonly message: string } {
  const refuse = (problem: CsvFileProblem) => ({ problem, message: FILE_PROBLEMS[problem] });
  if (bytes.length === 0) return refuse('file_empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return refuse('file_utf16');
  if (bytes.includes(0)) return refuse('file_binary');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return refuse('file_not_utf8');
  }
}

/** Semicolon (Excel in Norway) or comma: whichever the header line has more of, outside quotes. */
export function detectDelimiter(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const semis = (unquoted.match(/;/g) ?? []).length;
  const commas = (unquoted.match(/,/g) ?? []).length;
  return commas > semis ? ',' : ';';
}

/** A header as the importers look it up: lower case, no spaces, æøå as ae, o, a. */
export function normalizeHeader(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/å/g, 'a')
    .replace(/[æä]/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/\s+/g, '');
}
