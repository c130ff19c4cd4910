import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { EntryView, Synthesis } from '@samskap/shared/arguments';
import type { ConsentCheck } from '@samskap/shared/consent';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ConsentCheckResult,
  ConsentResultPart,
  ConsentVerdict,
  consentResultParts,
  latestCheckFor,
  type ConsentResultPartKey,
} from '../consent';
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
 * One item of the side column. A revealed result with numbers is everyone's bars and each
 * role's: more than one page holds, so each group is an item of its own after the syntheses
 * ([G3]: one item must fit its box at 1280×720).
 */
type SideItem =
  | { readonly key: (typeof SIDE)[number] }
  | {
      readonly key: string;
      readonly synthesis: Synthesis;
      readonly check: ConsentCheck;
      readonly part: ConsentResultPartKey;
    };

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
  const checkOf = (s: Synthesis) => latestCheckFor(state.consent, { kind: 'synthesis', id: s.id });
  const resultItems: SideItem[] = syntheses.flatMap((synthesis) => {
    const check = checkOf(synthesis);
    if (!check?.revealed) return [];
    return consentResultParts(check).map((part) => ({
      key: `${check.id}/${part}`,
      synthesis,
      check,
      part,
    }));
  });
  const sideItems: SideItem[] = SIDE.filter(
    (part) => part !== 'syntheses' || syntheses.length > 0,
  ).flatMap((key): SideItem[] => (key === 'syntheses' ? [{ key }, ...resultItems] : [{ key }]));
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
          items={sideItems}
          contentKey={resultItems.map((item) => item.key).join(',')}
          renderItem={(item) =>
            'part' in item ? (
              <section
                key={item.key}
                className="synthesis-result"
                aria-label={`${t('consent.heading')}: ${item.synthesis.text}`}
                data-testid="synthesis-result"
              >
                <p className="synthesis-result__of">
                  {t('consent.heading')}: «{item.synthesis.text}»
                </p>
                {item.part === 'all' && <ConsentVerdict check={item.check} />}
                <ConsentResultPart check={item.check} part={item.part} />
              </section>
            ) : item.key === 'norms' ? (
              <NormsList key={item.key} norms={view.norms} headingLevel={sub} size="large" />
            ) : item.key === 'conflicts' ? (
              <ConflictRegister key={item.key} view={view} headingLevel={sub} size="large" />
            ) : (
              <section
                key={item.key}
                className="syntheses"
                aria-labelledby={`${headingId}-syntheses`}
              >
                <Heading level={sub} data-size="md" id={`${headingId}-syntheses`}>
                  {t('arguments.syntheses.heading')}
                </Heading>
                <ul className="syntheses__list">
                  {syntheses.map((s) => {
                    const check = checkOf(s);
                    return (
                      <li key={s.id} className="synthesis" data-testid="synthesis">
                        <p className="synthesis__text">{s.text}</p>
                        {/* With numbers, the verdict here and the groups on the items after;
                            without (too few answers), the short word of why. */}
                        {check?.revealed &&
                          (consentResultParts(check).length > 0 ? (
                            <ConsentVerdict check={check} />
                          ) : (
                            <ConsentCheckResult
                              check={check}
                              headingLevel={(sub + 1) as 4 | 5}
                              size="large"
                            />
                          ))}
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
