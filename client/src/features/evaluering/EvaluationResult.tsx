import { Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  EvaluationLimits,
  scaleMean,
  type EvaluationView,
  type ScaleCounts,
  type StatementChange,
} from '@samskap/shared/evaluering';
import type { ParticipantRole } from '@samskap/shared/workshop';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StagePager } from '../projector/StagePager';

const ROLES: readonly ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];
const STEPS = [1, 2, 3, 4, 5] as const;

export interface EvaluationResultProps {
  readonly view: EvaluationView;
  readonly headingLevel: 2 | 3 | 4;
  /** `large` on the projector: the texts turn pages instead of growing the screen. */
  readonly size?: 'normal' | 'large';
}

/** A number with one decimal in the reader's language. */
function useDecimal() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'nb', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'auto',
  });
  const signed = new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'nb', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return { mean: (n: number | null) => (n === null ? '–' : format.format(n)), change: signed };
}

/**
 * The closed form's result as the server froze it ([EV2]): per statement everyone's answers per
 * step with the mean, the role means where shown, and the change since the baseline; then the
 * free texts without order or author ([EV4]). Before it is revealed, only how many answered.
 */
export function EvaluationResult({ view, headingLevel, size = 'normal' }: EvaluationResultProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { result } = view;
  const fmt = useDecimal();
  const sub = (headingLevel + 1) as 3 | 4 | 5;
  if (result === null) {
    return (
      <Paragraph data-testid="evaluation-hidden">
        {t('evaluering.answered', { count: view.answered })}. {t('evaluering.result.hidden')}
      </Paragraph>
    );
  }
  if (result.all === null) {
    return (
      <Paragraph data-testid="evaluation-withheld">
        {t('evaluering.answered', { count: view.answered })}.{' '}
        {t('evaluering.result.withheld', { min: EvaluationLimits.minGroupSize })}
      </Paragraph>
    );
  }
  const all = result.all;
  const shownRoles = ROLES.filter((r) => result.byRole[r] !== null);
  const comparison = view.comparison;
  const rows: {
    label: string;
    counts: ScaleCounts;
    byRole: (ScaleCounts | null)[];
    change: StatementChange | null;
    scale: 'agree' | 'returnOnTime';
  }[] = [
    ...view.statements.map((s, i) => ({
      label: s,
      counts: all.statements[i] ?? [0, 0, 0, 0, 0],
      byRole: shownRoles.map((r) => result.byRole[r]?.statements[i] ?? null),
      change: comparison?.statements[i] ?? null,
      scale: 'agree' as const,
    })),
    {
      label: t('evaluering.returnOnTime.short'),
      counts: all.returnOnTime,
      byRole: shownRoles.map((r) => result.byRole[r]?.returnOnTime ?? null),
      change: comparison?.returnOnTime ?? null,
      scale: 'returnOnTime' as const,
    },
  ];
  const withheldNotes = ROLES.filter((r) => result.withheld[r] !== null).map((r) =>
    t(
      result.withheld[r] === 'wouldReveal'
        ? 'evaluering.result.merged'
        : 'evaluering.result.tooFew',
      {
        role: t(`workshop.rolesPlural.${r}`),
        min: EvaluationLimits.minGroupSize,
      },
    ),
  );
  const texts = result.texts;
  return (
    <section
      className="ev-result"
      data-size={size}
      data-testid="evaluation-result"
      aria-labelledby={headingId}
    >
      <Heading level={headingLevel} data-size={size === 'large' ? 'sm' : 'xs'} id={headingId}>
        {t('evaluering.result.heading')} · {t('evaluering.answered', { count: all.answers })}
      </Heading>
      <div className="ev-result__body">
        <table className="ev-table">
          <thead>
            <tr>
              <th scope="col">{t('evaluering.result.statement')}</th>
              <th scope="col">{t('evaluering.result.all', { count: all.answers })}</th>
              {shownRoles.map((r) => (
                <th scope="col" key={r}>
                  {t('evaluering.result.role', {
                    role: t(`workshop.rolesPlural.${r}`),
                    count: result.byRole[r]!.answers,
                  })}
                </th>
              ))}
              {comparison && (
                <>
                  <th scope="col">{t('evaluering.result.then')}</th>
                  <th scope="col">{t('evaluering.result.change')}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} data-testid="evaluation-row">
                <th scope="row">{row.label}</th>
                <td>
                  <Distribution counts={row.counts} scale={row.scale} />
                  <span className="ev-mean">{fmt.mean(scaleMean(row.counts))}</span>
                </td>
                {row.byRole.map((c, i) => (
                  <td key={shownRoles[i]} className="ev-mean">
                    {c ? fmt.mean(scaleMean(c)) : '–'}
                  </td>
                ))}
                {comparison && (
                  <>
                    <td className="ev-mean">{fmt.mean(row.change?.baselineMean ?? null)}</td>
                    <td className="ev-change" data-testid="evaluation-change">
                      {row.change?.change == null
                        ? t('evaluering.result.new')
                        : fmt.change.format(row.change.change)}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="ev-result__side">
          {withheldNotes.map((note) => (
            <p key={note} className="ev-note">
              {note}
            </p>
          ))}
          {texts && (
            <section className="ev-texts" aria-label={t('evaluering.result.texts')}>
              <p className="ev-texts__label">{t('evaluering.result.texts')}</p>
              <TextList
                heading={t('evaluering.worked')}
                texts={texts.worked}
                level={sub}
                size={size}
              />
              <TextList
                heading={t('evaluering.change')}
                texts={texts.change}
                level={sub}
                size={size}
              />
            </section>
          )}
        </div>
      </div>
    </section>
  );
}

function Distribution({
  counts,
  scale,
}: {
  readonly counts: ScaleCounts;
  readonly scale: 'agree' | 'returnOnTime';
}) {
  const { t } = useTranslation();
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  const words = STEPS.map((s) =>
    t('evaluering.result.bar', { label: t(`evaluering.${scale}.s${s}`), count: counts[s - 1] }),
  ).join(', ');
  return (
    <span className="ev-bar" role="img" aria-label={words} title={words}>
      {STEPS.map((s) =>
        counts[s - 1] ? (
          <span
            key={s}
            className="ev-bar__part"
            data-step={s}
            style={{ inlineSize: `${(counts[s - 1]! / total) * 100}%` }}
          />
        ) : null,
      )}
    </span>
  );
}

function TextList({
  heading,
  texts,
  level,
  size,
}: {
  readonly heading: string;
  readonly texts: readonly string[];
  readonly level: 3 | 4 | 5;
  readonly size: 'normal' | 'large';
}) {
  const { t } = useTranslation();
  return (
    <div className="ev-texts__group">
      <Heading level={level} data-size="2xs">
        {heading}
      </Heading>
      {texts.length === 0 ? (
        <Paragraph>{t('evaluering.result.noTexts')}</Paragraph>
      ) : size === 'large' ? (
        <StagePager
          items={texts}
          label={heading}
          listClassName="ev-texts__list"
          renderItem={(text, i) => <li key={i}>{text}</li>}
          contentKey={texts.join('\n').length.toString()}
        />
      ) : (
        <ul className="ev-texts__list">
          {texts.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
