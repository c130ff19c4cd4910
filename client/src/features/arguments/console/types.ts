import type { ArgumentsView } from '@samskap/shared/arguments';
import type { LiveState } from '@samskap/shared/workshop';

/** What each console section is given. */
export interface ConsoleSectionProps {
  readonly state: LiveState;
  readonly view: ArgumentsView;
  /** The facilitator's token. */
  readonly token: string;
  readonly headingLevel: 3 | 4;
  /** The workshop has ended: read only. */
  readonly disabled: boolean;
}
