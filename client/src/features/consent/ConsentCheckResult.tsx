import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { ConsentLimits, type ConsentCheck, type ConsentCounts } from '@samskap/shared/consent';
import type { ParticipantRole } from '@samskap/shared/workshop';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { consentBars, hasConsent } from './scale';
import './consent.css';

const ROLES: readonly ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];

export interface ConsentCheckResultProps {
  readonly check: ConsentCheck;
  readonly headingLevel: 3 | 4 | 5;
  /** `large` for the projector, read from 5 m. */
  readonly size?: 'normal' | 'large';
  /**
   * `folded`: each role's bars behind "By role", opened with a tap (the tablet's event, where
   * the result stands above the writer's work).
   */
  readonly roles?: 'shown' | 'folded';
}

/**
 * A check's result as aggregates, frozen when it closed: everyone's answers per step, then each
 * role's where the server shows it ([D1]: a role with fewer than three answers, or one whose
 * removal from "all" would leave fewer than three, is not split out, so that nobody's answer can
 * be read off). Before the facilitator reveals it, only how many have answered.
 */
export function ConsentCheckResult({
  check,
  headingLevel,
  size = 'normal',
  roles = 'shown',
}: ConsentCheckResultProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { result } = check;
  return (
    <section
      className="consent-result"
      data-size={size}
      data-testid="consent-result"
      aria-labelledby={headingId}
    >
      <Heading level={headingLevel} data-size={size === 'large' ? 'xs' : '2xs'} id={headingId}>
        {t('consent.result.heading')}
      </Heading>
      {result === null ? (
        <Paragraph>
          {t('consent.answered', { count: check.answered })}. {t('consent.result.hidden')}
        </Paragraph>
      ) : result.all === null ? (
        // [D1] on the server: with one or two answers, no numbers at all.
        <Paragraph data-testid="consent-withheld">
          {t('consent.answered', { count: check.answered })}.{' '}
          {t('consent.result.withheld', { min: ConsentLimits.minGroupSize })}
        </Paragraph>
      ) : (
        <>
          <Verdict check={check} />
          <ResultPart check={check} part="all" />
          {roles === 'folded' ? (
            <details className="consent-result__roles">
              <summary className="consent-result__by-role">{t('consent.result.byRole')}</summary>
              {ROLES.map((role) => (
                <ResultPart key={role} check={check} part={role} />
              ))}
            </details>
          ) : (
            <>
              <p className="consent-result__by-role">{t('consent.result.byRole')}</p>
              {ROLES.map((role) => (
                <ResultPart key={role} check={check} part={role} />
              ))}
            </>
          )}
        </>
      )}
    </section>
  );
}

/** One piece of a result with numbers: everyone's bars, or one role's (bars or why not). */
export type ResultPartKey = 'all' | ParticipantRole;

/** The pieces of a revealed result with numbers, in order; none before that. */
export function resultParts(check: ConsentCheck): readonly ResultPartKey[] {
  return check.result?.all ? ['all', ...ROLES] : [];
}

/** "Nobody blocks: there is consent", or how many cannot accept. */
export function Verdict({ check }: { readonly check: ConsentCheck }) {
  const { t } = useTranslation();
  const all = check.result?.all;
  if (!all) return null;
  return (
    <Paragraph className="consent-result__verdict">
      {hasConsent(all)
        ? t('consent.result.consent')
        : all.counts[4] > 0
          ? t('consent.result.blocked', { count: all.counts[4] })
          : t('consent.answered', { count: all.answers })}
    </Paragraph>
  );
}

/** One piece: everyone's bars, or a role's bars, or why a role is not split out ([D1]). */
export function ResultPart({
  check,
  part,
}: {
  readonly check: ConsentCheck;
  readonly part: ResultPartKey;
}) {
  const { t } = useTranslation();
  const result = check.result;
  if (!result?.all) return null;
  if (part === 'all') {
    return (
      <Bars label={t('consent.result.all', { count: result.all.answers })} counts={result.all} />
    );
  }
  const counts = result.byRole[part];
  const name = t(`workshop.rolesPlural.${part}`);
  return counts === null ? (
    <p className="consent-result__too-few" data-testid="consent-too-few">
      {result.withheld[part] === 'wouldReveal'
        ? t('consent.result.merged', { role: name, min: ConsentLimits.minGroupSize })
        : t('consent.result.tooFew', { role: name, min: ConsentLimits.minGroupSize })}
    </p>
  ) : (
    <Bars label={t('consent.result.role', { role: name, count: counts.answers })} counts={counts} />
  );
}

function Bars({ label, counts }: { readonly label: string; readonly counts: ConsentCounts }) {
  const { t } = useTranslation();
  return (
    <div className="consent-bars">
      <p className="consent-bars__label">{label}</p>
      <ul className="consent-bars__list">
        {consentBars(counts).map((bar) => (
          <li key={bar.step} className="consent-bars__row" data-step={bar.step}>
            <span className="consent-bars__step">
              {t('consent.result.bar', {
                label: t(`consent.scale.s${bar.step}`),
                count: bar.count,
              })}
            </span>
            <span className="consent-bars__track" aria-hidden="true">
              <span className="consent-bars__fill" style={{ inlineSize: `${bar.percent}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
