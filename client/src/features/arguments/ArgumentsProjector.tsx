import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { EntryView } from '@samskap/shared/arguments';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentCheckResult, latestCheckFor } from '../consent';
import type { ActivityProps } from '../workshop/activity';
import { ConflictRegister } from './ConflictRegister';
import { NormsList } from './NormsList';
import { ProblemTypeNote } from './ProblemType';
import {
  buildQuestionTree,
  CHILD_KINDS,
  shownQuestion,
  type ChildKind,
  type PositionNode,
} from './tree';
import { StagePager } from '../projector/StagePager';
import './arguments.css';

// What the room agreed and disagreed on first; the norms take their turn when all do not fit.
const SIDE = ['syntheses', 'conflicts', 'norms'] as const;

/**
 * The big screen, read from 5 m: the shown question and its classification, the norms, each
 * position with its counts of pros, cons and supports, the syntheses with revealed consent, and
 * the conflict register. (Who is at the arena is in the projector's side column.)
 */
export function ArgumentsProjector({ state, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const view = state.arguments;
  const question = shownQuestion(view);
  const sub = (headingLevel + 1) as 3 | 4;
  const headingId = useId();
  const tableName = (id: string) => state.workshop.tables.find((x) => x.id === id)?.name ?? id;
  if (question === null) {
    return (
      <section className="arguments arguments--projector" aria-labelledby={headingId}>
        <Heading level={headingLevel} data-size="md" id={headingId}>
          {t('arguments.heading')}
        </Heading>
        <Paragraph data-size="lg">{t('arguments.question.none')}</Paragraph>
        <NormsList norms={view.norms} headingLevel={sub} size="large" />
      </section>
    );
  }
  const tree = buildQuestionTree(view, question.id);
  const syntheses = view.syntheses.filter((s) => s.questionId === question.id);
  return (
    <section className="arguments arguments--projector" aria-labelledby={headingId}>
      <div className="projector-question">
        <p className="question__label">{t('arguments.question.heading')}</p>
        <Heading level={headingLevel} id={headingId} className="projector-question__text">
          {question.text}
        </Heading>
        <ProblemTypeNote question={question} />
        {(view.paused || view.floorTableId !== null) && (
          <p className="projector-question__input">
            {view.paused
              ? t('arguments.input.pausedTitle')
              : t('arguments.input.floorTitle', { table: tableName(view.floorTableId!) })}
          </p>
        )}
      </div>
      <div className="projector-board">
        <section className="projector-map" aria-label={t('arguments.map.heading')}>
          {tree.positions.length === 0 ? (
            <Paragraph data-size="lg">{t('arguments.map.empty')}</Paragraph>
          ) : (
            // Fifty positions do not fit one screen: they go on pages that turn by themselves.
            <StagePager
              items={tree.sections.flatMap((section) =>
                section.positions.map((node) => ({ node, group: section.group?.label })),
              )}
              renderItem={({ node, group }) => (
                <ProjectorPosition key={node.position.id} node={node} group={group} />
              )}
              label={t('arguments.map.heading')}
              listClassName="projector-map__list"
              contentKey={contentKeyOf(tree.positions)}
            />
          )}
        </section>
        {/* Beside the map: the norms, the syntheses and the conflicts, on pages when they do
            not all fit. */}
        <StagePager
          as="div"
          className="projector-board__side"
          label={t('arguments.projector.side')}
          items={SIDE.filter((part) => part !== 'syntheses' || syntheses.length > 0)}
          renderItem={(part) =>
            part === 'norms' ? (
              <NormsList key={part} norms={view.norms} headingLevel={sub} size="large" />
            ) : part === 'conflicts' ? (
              <ConflictRegister key={part} view={view} headingLevel={sub} size="large" />
            ) : (
              <section key={part} className="syntheses" aria-labelledby={`${headingId}-syntheses`}>
                <Heading level={sub} data-size="md" id={`${headingId}-syntheses`}>
                  {t('arguments.syntheses.heading')}
                </Heading>
                <ul className="syntheses__list">
                  {syntheses.map((s) => {
                    const check = latestCheckFor(state.consent, { kind: 'synthesis', id: s.id });
                    return (
                      <li key={s.id} className="synthesis" data-testid="synthesis">
                        <p className="synthesis__text">{s.text}</p>
                        {check?.revealed && (
                          <ConsentCheckResult
                            check={check}
                            headingLevel={(sub + 1) as 4 | 5}
                            size="large"
                          />
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            )
          }
        />
      </div>
    </section>
  );
}

/** What changes a position card's size: its children and their texts. */
function contentKeyOf(positions: readonly PositionNode[]): string {
  return positions
    .map((n) => CHILD_KINDS.map((k) => n.children[k].map((e) => e.id).join(',')).join(';'))
    .join('|');
}

function ProjectorPosition({
  node,
  group,
}: {
  readonly node: PositionNode;
  readonly group?: string;
}) {
  const { t } = useTranslation();
  return (
    <li className="projector-position" data-testid="projector-position">
      {group !== undefined && <p className="positions__group-label">{group}</p>}
      <p className="projector-position__text">{node.position.text}</p>
      <dl className="projector-position__counts">
        <Count kind="pro" label={t('arguments.kind.pro')} value={node.counts.pro} />
        <Count kind="con" label={t('arguments.kind.con')} value={node.counts.con} />
        <Count
          kind="supports"
          label={t('arguments.map.supportsLabel')}
          value={node.counts.supports}
        />
      </dl>
      {CHILD_KINDS.map((kind) => (
        <ChildTexts key={kind} kind={kind} entries={node.children[kind]} />
      ))}
    </li>
  );
}

function Count({ kind, label, value }: { kind: string; label: string; value: number }) {
  return (
    <div className="projector-count" data-kind={kind} data-testid={`count-${kind}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function ChildTexts({ kind, entries }: { kind: ChildKind; entries: readonly EntryView[] }) {
  const { t } = useTranslation();
  const visible = entries.filter((e) => e.status === 'visible');
  if (visible.length === 0) return null;
  return (
    <div className="projector-children" data-kind={kind}>
      <p className="projector-children__label">{t(`arguments.kindPlural.${kind}`)}</p>
      <ul>
        {visible.map((e) => (
          <li key={e.id}>{e.text}</li>
        ))}
      </ul>
    </div>
  );
}
