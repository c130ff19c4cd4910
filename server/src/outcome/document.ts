/**
 * The outcome as a small document tree: what every format renders. Headings, lists and tables
 * are structure here, so each renderer can make them real structure (not styled text).
 */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; emphasis?: 'note' }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; caption: string; header: string[]; rows: string[][] };

export interface OutcomeDocument {
  title: string;
  /** BCP 47: nb, nn or en. */
  language: string;
  subject: string;
  blocks: Block[];
}
