export { OutcomePanel } from './OutcomePanel';
export type { OutcomePanelProps } from './OutcomePanel';
export { RestorePanel } from './RestorePanel';
export type { RestorePanelProps } from './RestorePanel';
