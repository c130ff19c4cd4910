import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { ConsentLimits, type ConsentCheck } from '@samskap/shared/consent';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StagePager } from '../projector/StagePager';
import { ResultPart, resultParts, Verdict, type ResultPartKey } from './ConsentCheckResult';
import './consent.css';

export interface ConsentStageResultProps {
  readonly check: ConsentCheck;
  readonly headingLevel: 3 | 4 | 5;
  /** The heading, when the caller's own says more than "Result" ("Consent check"). */
  readonly title?: string;
  /** After the last page (for a stage that rotates between sections). */
  readonly onWrap?: () => void;
}

type StagePart = ResultPartKey | 'note';

/**
 * A check's result on the projector, which never scrolls ([G1], [G3]): the verdict stays up,
 * everyone's bars and each role's go on pages that turn by themselves. Everyone's and three
 * roles' bars, five steps each, are more than a side column holds at 1280×720; one group is not.
 * The same aggregates as `ConsentCheckResult` ([D1]), only laid out in time.
 */
export function ConsentStageResult({
  check,
  headingLevel,
  title,
  onWrap,
}: ConsentStageResultProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { result } = check;
  const parts: readonly StagePart[] = result?.all ? resultParts(check) : ['note'];
  return (
    <section
      className="consent-result consent-result--stage"
      data-size="large"
      data-testid="consent-result"
      aria-labelledby={headingId}
    >
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {title ?? t('consent.result.heading')}
      </Heading>
      <Verdict check={check} />
      <StagePager
        as="div"
        items={parts}
        label={t('consent.result.heading')}
        listClassName="consent-result__pages"
        onWrap={onWrap}
        renderItem={(part) => (
          <div key={part} className="consent-result__page">
            {part === 'note' ? (
              result === null ? (
                <Paragraph>
                  {t('consent.answered', { count: check.answered })}. {t('consent.result.hidden')}
                </Paragraph>
              ) : (
                // [D1] on the server: with one or two answers, no numbers at all.
                <Paragraph data-testid="consent-withheld">
                  {t('consent.answered', { count: check.answered })}.{' '}
                  {t('consent.result.withheld', { min: ConsentLimits.minGroupSize })}
                </Paragraph>
              )
            ) : (
              <ResultPart check={check} part={part} />
            )}
          </div>
        )}
      />
    </section>
  );
}
