import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { participantInputBlock } from '@samskap/shared/arguments';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityProps } from '../workshop/activity';
import { AddEntryForm } from './AddEntryForm';
import { ConflictRegister } from './ConflictRegister';
import { InputNotice } from './InputNotice';
import { NormsList } from './NormsList';
import { ProblemTypeNote } from './ProblemType';
import { QuestionPicker } from './QuestionPicker';
import { TabletPosition } from './TabletPosition';
import { TabletSyntheses } from './TabletSyntheses';
import { buildQuestionTree, shownQuestion } from './tree';
import './arguments.css';

/**
 * The participant's argument map: the norms, the question, a tree of positions with their pros,
 * cons and consequences (+1 on each), forms to add, syntheses to answer, and the conflicts.
 */
export function ArgumentsTablet({ state, token, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const view = state.arguments;
  const [picked, setPicked] = useState<string | null>(null);
  const headingId = useId();
  const sub = (headingLevel + 1) as 3 | 4;
  // Follow the projector's question until the participant picks one of their own.
  const question = view.questions.find((q) => q.id === picked) ?? shownQuestion(view);
  const block = participantInputBlock(
    view,
    { ended: state.workshop.endedAt !== null, locked: state.run.locked },
    state.you?.tableId ?? null,
  );
  const workshopId = state.workshop.id;
  const supportDisabled = state.workshop.endedAt !== null || state.run.locked;

  return (
    <section className="arguments arguments--tablet" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="sm" id={headingId} className="visually-hidden">
        {t('arguments.heading')}
      </Heading>
      <NormsList norms={view.norms} headingLevel={sub} />
      <InputNotice state={state} view={view} block={block} headingLevel={sub} />
      {question === null ? (
        <Paragraph data-testid="no-question">{t('arguments.question.none')}</Paragraph>
      ) : (
        <>
          <QuestionPicker
            questions={view.questions}
            selectedId={question.id}
            onSelect={setPicked}
          />
          <div className="question">
            <p className="question__label">{t('arguments.question.heading')}</p>
            <p className="question__text" data-testid="question-text">
              {question.text}
            </p>
            <ProblemTypeNote question={question} />
          </div>
          {/* The writer's place first: a long map must not push the form off the screen. */}
          <section className="arguments-add" aria-label={t('arguments.add.position')}>
            <AddEntryForm
              workshopId={workshopId}
              token={token}
              questionId={question.id}
              kind="position"
              parentId={null}
              label={t('arguments.add.positionLabel')}
              submitLabel={t('arguments.add.position')}
              disabled={block !== null}
              controlled={view.controlled}
            />
          </section>
          <PositionsTree
            state={state}
            token={token}
            questionId={question.id}
            inputDisabled={block !== null}
            supportDisabled={supportDisabled}
            headingLevel={sub}
          />
          <TabletSyntheses
            state={state}
            token={token}
            questionId={question.id}
            headingLevel={sub}
          />
        </>
      )}
      <ConflictRegister view={view} headingLevel={sub} />
    </section>
  );
}

interface PositionsTreeProps extends Pick<ActivityProps, 'state' | 'token'> {
  readonly questionId: string;
  readonly inputDisabled: boolean;
  readonly supportDisabled: boolean;
  readonly headingLevel: 3 | 4;
}

function PositionsTree(props: PositionsTreeProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const view = props.state.arguments;
  const tree = buildQuestionTree(view, props.questionId);
  const item = (node: (typeof tree.positions)[number]) => (
    <TabletPosition
      key={node.position.id}
      node={node}
      workshopId={props.state.workshop.id}
      token={props.token}
      inputDisabled={props.inputDisabled}
      supportDisabled={props.supportDisabled}
      controlled={view.controlled}
    />
  );
  return (
    <section className="positions" aria-labelledby={headingId}>
      <Heading level={props.headingLevel} data-size="xs" id={headingId}>
        {t('arguments.map.heading')}
      </Heading>
      {tree.positions.length === 0 && <Paragraph>{t('arguments.map.empty')}</Paragraph>}
      {tree.sections.map((section) =>
        section.group === null ? (
          <ul key="ungrouped" className="positions__list">
            {section.positions.map(item)}
          </ul>
        ) : (
          <div key={section.group.id} className="positions__group">
            <p className="positions__group-label">{section.group.label}</p>
            <ul className="positions__list">{section.positions.map(item)}</ul>
          </div>
        ),
      )}
    </section>
  );
}
