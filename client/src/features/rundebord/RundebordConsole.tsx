import { Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityProps } from '../workshop/activity';
import { ConsolePoints } from './ConsolePoints';
import { ConsoleReport } from './ConsoleReport';
import { ConsoleSetup } from './ConsoleSetup';
import { SynthesisBoard } from './SynthesisBoard';
import './rundebord.css';

/** The facilitator's round table: setup, report-back, the plenary's themes and points. */
export function RundebordConsole({ state, token, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const view = state.rundebord;
  const headingId = useId();
  const sub = (headingLevel + 1) as 3 | 4;
  return (
    <section className="rundebord rundebord--console" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="sm" id={headingId}>
        {t('rundebord.heading')}
      </Heading>
      <ConsoleSetup state={state} token={token} view={view} headingLevel={sub} />
      <ConsoleReport state={state} token={token} view={view} headingLevel={sub} />
      <SynthesisBoard state={state} token={token} view={view} headingLevel={sub} />
      {view.themes.length > 0 && (
        <ConsolePoints state={state} token={token} view={view} headingLevel={sub} />
      )}
    </section>
  );
}
