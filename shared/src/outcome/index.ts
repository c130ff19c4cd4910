import type { Language } from '../workshop/model';

/**
 * The outcome as a small document tree: what every format renders, and what the summary phase
 * shows on screens. Headings, lists and tables are structure here, so each renderer can make
 * them real structure (not styled text).
 */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; emphasis?: 'note' }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; caption: string; header: string[]; rows: string[][] };

/** `GET /api/workshops/:id/summary`: the outcome's sections, as shared screens may see them. */
export interface SummaryDocument {
  language: Language;
  title: string;
  blocks: Block[];
}
