import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityProps } from '../workshop/activity';
import { EvaluationResult } from './EvaluationResult';
import { useEvaluation } from './useEvaluation';
import './evaluering.css';

/** The big screen: how many have answered while the form is open, then the revealed result. */
export function EvaluationProjector({ state, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { view } = useEvaluation(state);
  return (
    <section className="ev ev--projector" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="md" id={headingId}>
        {t('evaluering.heading')}
      </Heading>
      {view === null ? null : view.status === 'planned' ? (
        <Paragraph data-size="lg">{t('evaluering.planned')}</Paragraph>
      ) : view.result === null ? (
        <Paragraph data-size="lg" data-testid="evaluation-count">
          {t('evaluering.answered', { count: view.answered })}
          {view.status === 'open' ? '' : `. ${t('evaluering.result.hidden')}`}
        </Paragraph>
      ) : (
        <EvaluationResult view={view} headingLevel={(headingLevel + 1) as 3 | 4} size="large" />
      )}
      {view?.baseline && (
        <p className="ev-note">
          {t('evaluering.baseline.chosen', {
            title: view.baseline.title,
            date: view.baseline.date,
          })}
        </p>
      )}
    </section>
  );
}
