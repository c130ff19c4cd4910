import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentCheckResult, latestCheckFor, useConsentEvent } from '../consent';
import type { ActivityProps } from '../workshop/activity';

export interface TabletSynthesesProps extends Pick<ActivityProps, 'state' | 'token'> {
  readonly questionId: string;
  readonly headingLevel: 3 | 4;
}

/** The "new discourse" step: statements that bring positions together, each to consent to. */
export function TabletSyntheses({ state, questionId, headingLevel }: TabletSynthesesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  // [K2] The check of the moment is answered at the top of the tablet; earlier results stay here.
  const event = useConsentEvent(state);
  const syntheses = state.arguments.syntheses.filter((s) => s.questionId === questionId);
  return (
    <section className="syntheses" aria-labelledby={headingId} data-testid="syntheses">
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {t('arguments.syntheses.heading')}
      </Heading>
      {syntheses.length === 0 ? (
        <Paragraph>{t('arguments.syntheses.empty')}</Paragraph>
      ) : (
        <ul className="syntheses__list">
          {syntheses.map((synthesis) => {
            const check = latestCheckFor(state.consent, { kind: 'synthesis', id: synthesis.id });
            return (
              <li key={synthesis.id} className="synthesis" data-testid="synthesis">
                <p className="synthesis__text">{synthesis.text}</p>
                {check !== null && check.id === event?.id && (
                  <p className="synthesis__event">{t('consent.event.above')}</p>
                )}
                {check?.revealed && check.id !== event?.id && (
                  <ConsentCheckResult check={check} headingLevel={(headingLevel + 1) as 4 | 5} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
