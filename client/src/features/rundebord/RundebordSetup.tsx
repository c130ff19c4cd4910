import type { LiveState } from '@samskap/shared/workshop';
import { ConsoleSetup } from './ConsoleSetup';
import './rundebord.css';

export interface RundebordSetupProps {
  readonly state: LiveState;
  /** The facilitator's token. */
  readonly token: string;
}

/**
 * On the setup page, where the agenda has a round-table phase: the question for every table
 * (the template's until set), a table's own question and the handout, each saved on its own
 * (they are the round table's, not the setup's), so they are ready before the seminar starts.
 */
export function RundebordSetup({ state, token }: RundebordSetupProps) {
  if (!state.workshop.agenda.some((p) => p.activity === 'rundebord')) return null;
  return (
    <ConsoleSetup
      state={state}
      token={token}
      view={state.rundebord}
      headingLevel={2}
      place="setup"
    />
  );
}
