import type { Block } from '@samskap/shared/outcome';

export type { Block };

export interface OutcomeDocument {
  title: string;
  /** BCP 47: nb, nn or en. */
  language: string;
  subject: string;
  blocks: Block[];
}
