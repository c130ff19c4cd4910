import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Radio,
  Select,
  Textarea,
  Textfield,
} from '@digdir/designsystemet-react';
import {
  JUDGEMENTS,
  OPPDRAG_KINDS,
  OppdragLimits,
  oppdragKindSchema,
  type Judgement,
  type Oppdrag,
  type OppdragKind,
  type TableWork,
} from '@samskap/shared/oppdrag';
import type { Goal } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { askQuestion, propose, putLink } from './api';
import { oppdragErrorMessage } from './errors';

export interface GoalCardProps {
  readonly workshopId: string;
  readonly token: string;
  readonly tableId: string;
  readonly goal: Goal;
  readonly oppdrag: readonly Oppdrag[];
  readonly work: TableWork;
  readonly judgement: Judgement | undefined;
  readonly onJudge: (judgement: Judgement | null) => void;
  readonly editable: boolean;
  readonly headingLevel: 4 | 5;
}

/**
 * One goal at a table: the oppdrag that follow it up (the list's, and the table's own links),
 * the table's judgement, a question to an oppdrag's gain, and a proposal for a missing oppdrag.
 */
export function GoalCard(props: GoalCardProps) {
  const { goal, oppdrag, work, editable } = props;
  const { t } = useTranslation();
  const id = useId();
  const action = useAsyncAction();
  const [linkChoice, setLinkChoice] = useState('');
  const [asking, setAsking] = useState<string | null>(null);
  const [question, setQuestion] = useState('');
  const [proposing, setProposing] = useState(false);
  const [proposal, setProposal] = useState<{ title: string; kind: OppdragKind; gain: string }>({
    title: '',
    kind: 'utvikling',
    gain: '',
  });
  const linked = (o: Oppdrag) =>
    work.links.some((l) => l.goalId === goal.id && l.oppdragId === o.id);
  const following = oppdrag.filter((o) => o.goalIds.includes(goal.id) || linked(o));
  const others = oppdrag.filter((o) => !following.includes(o));
  const call = (fn: () => Promise<unknown>) => action.run(fn);
  const sub = (props.headingLevel + 1) as 5 | 6;

  return (
    <article className="op-goal" data-testid={`goal-${goal.id}`} aria-labelledby={`${id}-h`}>
      <Heading level={props.headingLevel} data-size="xs" id={`${id}-h`}>
        <span className="op-row__id">{goal.id}</span> {goal.text}
      </Heading>
      <Heading level={sub} data-size="2xs">
        {t('oppdrag.tablet.following')}
      </Heading>
      {following.length === 0 ? (
        <p className="op-flag op-flag--uncovered">{t('oppdrag.tablet.none')}</p>
      ) : (
        <ul className="op-goal__oppdrag">
          {following.map((o) => (
            <li key={o.id}>
              <span className="op-goal__title">{o.title}</span>{' '}
              <span className="op-muted">
                ({t(`oppdrag.kinds.${o.kind}`)}, {t(`oppdrag.funding.${o.funding}`)},{' '}
                {o.goalIds.includes(goal.id)
                  ? t('oppdrag.tablet.fromList')
                  : t('oppdrag.tablet.ourLink')}
                )
              </span>
              {o.gain && (
                <span className="op-goal__gain">
                  {t('oppdrag.item.gain')}: {o.gain}
                </span>
              )}
              <div className="op-actions">
                {!o.goalIds.includes(goal.id) && (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    disabled={!editable || action.busy}
                    aria-label={t('oppdrag.tablet.removeLinkLabel', { title: o.title })}
                    onClick={() =>
                      void call(() =>
                        putLink(props.workshopId, props.token, props.tableId, {
                          goalId: goal.id,
                          oppdragId: o.id,
                          linked: false,
                        }),
                      )
                    }
                  >
                    {t('oppdrag.tablet.removeLink')}
                  </Button>
                )}
                <Button
                  variant="tertiary"
                  data-size="sm"
                  disabled={!editable}
                  aria-expanded={asking === o.id}
                  onClick={() => setAsking(asking === o.id ? null : o.id)}
                >
                  {t('oppdrag.tablet.question')}
                </Button>
              </div>
              {asking === o.id && (
                <form
                  className="op-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void call(() =>
                      askQuestion(props.workshopId, props.token, props.tableId, {
                        oppdragId: o.id,
                        text: question,
                      }),
                    ).then((ok) => {
                      if (ok) {
                        setQuestion('');
                        setAsking(null);
                      }
                    });
                  }}
                >
                  <Field>
                    <Label htmlFor={`${id}-q-${o.id}`}>
                      {t('oppdrag.tablet.questionLabel', { title: o.title })}
                    </Label>
                    <Textarea
                      id={`${id}-q-${o.id}`}
                      rows={2}
                      value={question}
                      maxLength={OppdragLimits.questionMax}
                      onChange={(e) => setQuestion(e.target.value)}
                    />
                  </Field>
                  <Button type="submit" disabled={question.trim() === '' || action.busy}>
                    {t('oppdrag.tablet.questionSend')}
                  </Button>
                </form>
              )}
              {work.questions
                .filter((q) => q.oppdragId === o.id)
                .map((q) => (
                  <p key={q.id} className="op-question">
                    {t('oppdrag.tablet.question')} {q.text}
                  </p>
                ))}
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <div className="op-inline">
          <Field>
            <Label htmlFor={`${id}-link`}>{t('oppdrag.tablet.addLinkLabel')}</Label>
            <Select
              id={`${id}-link`}
              value={linkChoice}
              disabled={!editable}
              onChange={(e) => setLinkChoice(e.target.value)}
            >
              <option value="">{t('oppdrag.tablet.addLinkNone')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            variant="secondary"
            disabled={!editable || linkChoice === '' || action.busy}
            onClick={() =>
              void call(() =>
                putLink(props.workshopId, props.token, props.tableId, {
                  goalId: goal.id,
                  oppdragId: linkChoice,
                  linked: true,
                }),
              ).then((ok) => ok && setLinkChoice(''))
            }
          >
            {t('oppdrag.tablet.addLink')}
          </Button>
        </div>
      )}
      <Fieldset disabled={!editable} className="op-judgement">
        <Fieldset.Legend>{t('oppdrag.tablet.judgementLegend')}</Fieldset.Legend>
        <div className="op-judgement__options">
          {JUDGEMENTS.map((j) => (
            <Radio
              key={j}
              name={`${id}-judgement`}
              value={j}
              label={t(`oppdrag.judgements.${j}`)}
              checked={props.judgement === j}
              onChange={() => props.onJudge(j)}
            />
          ))}
        </div>
      </Fieldset>
      {!proposing ? (
        <Button variant="secondary" disabled={!editable} onClick={() => setProposing(true)}>
          {t('oppdrag.tablet.propose')}
        </Button>
      ) : (
        <form
          className="op-form"
          aria-label={t('oppdrag.tablet.proposeHeading')}
          onSubmit={(e) => {
            e.preventDefault();
            void call(() =>
              propose(props.workshopId, props.token, props.tableId, {
                goalId: goal.id,
                ...proposal,
              }),
            ).then((ok) => {
              if (ok) {
                setProposal({ title: '', kind: 'utvikling', gain: '' });
                setProposing(false);
              }
            });
          }}
        >
          <Textfield
            label={t('oppdrag.tablet.proposalTitle')}
            value={proposal.title}
            maxLength={OppdragLimits.titleMax}
            onChange={(e) => setProposal({ ...proposal, title: e.target.value })}
          />
          <Field>
            <Label htmlFor={`${id}-kind`}>{t('oppdrag.tablet.proposalKind')}</Label>
            <Select
              id={`${id}-kind`}
              value={proposal.kind}
              onChange={(e) =>
                setProposal({ ...proposal, kind: oppdragKindSchema.parse(e.target.value) })
              }
            >
              {OPPDRAG_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`oppdrag.kinds.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor={`${id}-gain`}>{t('oppdrag.tablet.proposalGain')}</Label>
            <Textarea
              id={`${id}-gain`}
              rows={2}
              value={proposal.gain}
              maxLength={OppdragLimits.gainMax}
              onChange={(e) => setProposal({ ...proposal, gain: e.target.value })}
            />
          </Field>
          <div className="op-actions">
            <Button type="submit" disabled={proposal.title.trim() === '' || action.busy}>
              {t('oppdrag.tablet.proposalSend')}
            </Button>
            <Button variant="tertiary" onClick={() => setProposing(false)}>
              {t('oppdrag.console.cancel')}
            </Button>
          </div>
        </form>
      )}
      {action.error !== null && (
        <p role="alert" className="op-error">
          {oppdragErrorMessage(t, action.error)}
        </p>
      )}
    </article>
  );
}
