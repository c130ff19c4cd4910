import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Radio,
  Select,
  Textarea,
} from '@digdir/designsystemet-react';
import {
  BALLOT_DECISIONS,
  PlanbehovLimits,
  type OwnBallot,
  type Plan,
} from '@samskap/shared/planbehov';
import type { Period } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepPoints } from './budget';
import { planbehovErrorMessage } from './errors';
import { PlanFacts } from './PlanFacts';
import { periodYears } from '@samskap/shared/planbehov';
import { useBallotDraft, type BallotDraft } from './useBallotDraft';

export interface BallotCardProps {
  readonly workshopId: string;
  readonly token: string;
  readonly plan: Plan;
  readonly ballots: readonly OwnBallot[];
  readonly budget: number;
  readonly period: Period;
  /** Voting is open and this participant may vote. */
  readonly editable: boolean;
  readonly headingLevel: 3 | 4;
  onBallots(ballots: OwnBallot[]): void;
}

const NEEDS_YEAR = new Set(['revise', 'new']);

/** One plan and the participant's ballot on it, saved on every change. */
export function BallotCard(props: BallotCardProps) {
  const { plan, ballots, budget, editable } = props;
  const { t } = useTranslation();
  const id = useId();
  const saved = ballots.find((b) => b.planId === plan.id);
  const ballot = useBallotDraft(props.workshopId, props.token, plan.id, saved, props.onBallots);
  const [note, setNote] = useState<'noPointsLeft' | 'chooseFirst' | null>(null);
  const { draft } = ballot;
  const yearEnabled = editable && draft.decision !== null && NEEDS_YEAR.has(draft.decision);
  const commentLength = draft.comment.trim().length;
  const commentTooLong = commentLength > PlanbehovLimits.commentMax;

  function step(delta: 1 | -1): void {
    if (draft.decision === null) {
      setNote('chooseFirst');
      return;
    }
    const next = stepPoints(draft.points, delta, budget, ballots, plan.id);
    if (next === null) {
      setNote(delta > 0 ? 'noPointsLeft' : null);
      return;
    }
    setNote(null);
    ballot.commit({ ...draft, points: next });
  }

  function commit(next: BallotDraft): void {
    setNote(null);
    ballot.commit(next);
  }

  const stateText =
    ballot.state === 'empty'
      ? t('planbehov.ballot.notVoted')
      : t(`planbehov.ballot.${ballot.state === 'error' ? 'unsaved' : ballot.state}`);

  return (
    <article
      className={`pb-card pb-card--${ballot.state}`}
      aria-labelledby={`${id}-title`}
      data-testid="ballot-card"
    >
      <div className="pb-card__head">
        <Heading level={props.headingLevel} data-size="xs" id={`${id}-title`}>
          {plan.title}
        </Heading>
        <span className="pb-card__state" role="status" data-testid="save-state">
          {ballot.state === 'saved' && <span aria-hidden="true">✓ </span>}
          {stateText}
        </span>
      </div>
      <PlanFacts plan={plan} />
      <Fieldset disabled={!editable}>
        <Fieldset.Legend>{t('planbehov.ballot.decisionLegend')}</Fieldset.Legend>
        <div className="pb-card__decisions">
          {BALLOT_DECISIONS.map((decision) => (
            <Radio
              key={decision}
              name={`${id}-decision`}
              value={decision}
              label={t(`planbehov.decisions.${decision}`)}
              checked={draft.decision === decision}
              onChange={() =>
                commit({
                  ...draft,
                  decision,
                  startYear: NEEDS_YEAR.has(decision) ? draft.startYear : null,
                })
              }
            />
          ))}
        </div>
      </Fieldset>
      <div className="pb-card__row">
        <div className="pb-field">
          <Field>
            <Label htmlFor={`${id}-year`}>{t('planbehov.ballot.startYear')}</Label>
            <Select
              id={`${id}-year`}
              disabled={!yearEnabled}
              value={draft.startYear === null ? '' : String(draft.startYear)}
              aria-describedby={`${id}-year-hint`}
              onChange={(e) =>
                commit({
                  ...draft,
                  startYear: e.target.value === '' ? null : Number(e.target.value),
                })
              }
            >
              <option value="">{t('planbehov.ballot.startYearNone')}</option>
              {periodYears(props.period).map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </Select>
          </Field>
          {/* Outside the Field, which dims all its children while the select is disabled. */}
          <p className="pb-hint" id={`${id}-year-hint`}>
            {t('planbehov.ballot.startYearHint')}
          </p>
        </div>
        <div className="pb-points" role="group" aria-labelledby={`${id}-points`}>
          <span className="pb-points__label" id={`${id}-points`}>
            {t('planbehov.ballot.points')}
          </span>
          <div className="pb-points__controls">
            <Button
              variant="secondary"
              disabled={!editable}
              aria-label={t('planbehov.ballot.removePoint', { title: plan.title })}
              onClick={() => step(-1)}
            >
              −
            </Button>
            <output className="pb-points__value" data-testid="plan-points">
              {t('planbehov.ballot.pointsValue', { count: draft.points })}
            </output>
            <Button
              variant="secondary"
              disabled={!editable}
              aria-label={t('planbehov.ballot.addPoint', { title: plan.title })}
              onClick={() => step(1)}
            >
              +
            </Button>
          </div>
        </div>
      </div>
      {note !== null && (
        <p className="pb-card__note" role="alert" data-testid="points-note">
          {t(`planbehov.ballot.${note}`, { budget })}
        </p>
      )}
      <div className="pb-field">
        <Field>
          <Label htmlFor={`${id}-comment`}>{t('planbehov.ballot.comment')}</Label>
          <Textarea
            id={`${id}-comment`}
            rows={2}
            disabled={!editable || draft.decision === null}
            value={draft.comment}
            aria-describedby={`${id}-comment-hint`}
            aria-invalid={commentTooLong}
            onChange={(e) => ballot.edit({ ...draft, comment: e.target.value })}
            onBlur={() => {
              if (!commentTooLong) ballot.flush();
            }}
          />
        </Field>
        <p className={commentTooLong ? 'field-error' : 'pb-hint'} id={`${id}-comment-hint`}>
          {commentTooLong
            ? t('planbehov.ballot.commentTooLong', {
                length: commentLength,
                max: PlanbehovLimits.commentMax,
              })
            : t('planbehov.ballot.commentHint', { max: PlanbehovLimits.commentMax })}
        </p>
      </div>
      {ballot.state === 'error' && (
        <p className="field-error" role="alert" data-testid="ballot-error">
          {planbehovErrorMessage(t, ballot.error)}
        </p>
      )}
      {editable && (
        <div className="button-row">
          {(ballot.state === 'unsaved' || ballot.state === 'error') && (
            <Button disabled={commentTooLong} onClick={() => ballot.flush()}>
              {t('planbehov.ballot.save')}
            </Button>
          )}
          {saved && (
            <Button variant="tertiary" onClick={() => ballot.withdraw()}>
              {t('planbehov.ballot.withdraw')}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
