import { Heading } from '@digdir/designsystemet-react';
import { buildOppdragMatrix, type MatrixRow, type Proposal } from '@samskap/shared/oppdrag';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StagePager } from '../projector/StagePager';
import type { ActivityProps } from '../workshop/activity';
import { JudgementText, MatrixHead, MatrixRowItem } from './Matrix';
import { orderedProposals, ProposalText } from './Proposals';
import { useOppdragView } from './useOppdragView';
import './oppdrag.css';

const SECTIONS = ['matrix', 'uncovered', 'split', 'proposals'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * The big screen, which never scrolls: the goal × kind matrix on pages, then the goals on paper,
 * then where the tables disagree, then the proposals, each in turn and each on pages of its own.
 */
export function OppdragProjector({ state, token, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const view = useOppdragView(state, token);
  const [section, setSection] = useState<Section>('matrix');
  const { focusAreas, tables } = state.workshop;
  const matrix = useMemo(
    () => (view ? buildOppdragMatrix(focusAreas, view.oppdrag, view.tables, view.proposals) : null),
    [view, focusAreas],
  );
  const next = () => setSection((s) => SECTIONS[(SECTIONS.indexOf(s) + 1) % SECTIONS.length]!);
  const sub = (headingLevel + 1) as 3 | 4;
  if (!view || !matrix) return null;
  const uncovered = matrix.rows.filter((r) => r.noMoney);
  const split = matrix.rows.filter((r) => r.disagreement);
  const goalLine = (r: MatrixRow) => `${r.goalId} ${r.goalText}`;

  /** One section after the matrix: a heading, then its items on pages, or a line saying none. */
  function listSection<T>(props: {
    readonly heading: string;
    readonly none: string;
    readonly items: readonly T[];
    readonly testId: string;
    readonly listClassName: string;
    readonly renderItem: (item: T) => ReactNode;
  }) {
    return (
      <section className="op-stage__section" aria-labelledby={`${headingId}-section`}>
        <Heading level={sub} data-size="sm" id={`${headingId}-section`}>
          {props.heading}
        </Heading>
        {props.items.length === 0 ? (
          <StagePager
            as="div"
            items={['none']}
            label=""
            onWrap={next}
            renderItem={() => <p key="none">{props.none}</p>}
          />
        ) : (
          <StagePager
            items={props.items}
            label={props.heading}
            listClassName={props.listClassName}
            testId={props.testId}
            onWrap={next}
            renderItem={props.renderItem}
          />
        )}
      </section>
    );
  }

  return (
    <section
      className="op-projector"
      aria-labelledby={headingId}
      data-testid="oppdrag-projector"
      data-section={section}
    >
      <Heading level={headingLevel} data-size="md" id={headingId}>
        {t('oppdrag.heading')}
      </Heading>
      {section === 'matrix' && (
        <section className="op-stage__section" aria-label={t('oppdrag.matrix.caption')}>
          <p className="op-legend">{t('oppdrag.matrix.legend')}</p>
          <MatrixHead />
          <StagePager
            items={matrix.rows}
            label={t('oppdrag.matrix.rows')}
            listClassName="op-matrix__rows"
            testId="oppdrag-matrix"
            onWrap={next}
            contentKey={JSON.stringify(view.tables)}
            renderItem={(row) => (
              <MatrixRowItem key={row.goalId} row={row} tables={tables} counts />
            )}
          />
        </section>
      )}
      {section === 'uncovered' &&
        listSection({
          heading: t('oppdrag.matrix.uncoveredHeading'),
          none: t('oppdrag.matrix.uncoveredNone'),
          items: uncovered,
          testId: 'oppdrag-uncovered',
          listClassName: 'op-list',
          renderItem: (r) => (
            <li key={r.goalId}>
              <span className="op-flag op-flag--uncovered">
                {r.noOppdrag ? t('oppdrag.matrix.noOppdrag') : t('oppdrag.matrix.noMoney')}
              </span>{' '}
              {goalLine(r)}
            </li>
          ),
        })}
      {section === 'split' &&
        listSection({
          heading: t('oppdrag.matrix.disagreementsHeading'),
          none: t('oppdrag.matrix.disagreementsNone'),
          items: split,
          testId: 'oppdrag-disagreements',
          listClassName: 'op-list',
          renderItem: (r) => (
            <li key={r.goalId}>
              {goalLine(r)}: <JudgementText row={r} />
            </li>
          ),
        })}
      {section === 'proposals' &&
        listSection({
          heading: t('oppdrag.matrix.proposalsHeading'),
          none: t('oppdrag.matrix.proposalsNone'),
          items: orderedProposals(view),
          testId: 'oppdrag-proposals',
          listClassName: 'op-proposals',
          renderItem: (p: Proposal) => (
            <li key={p.id} className="op-proposal">
              <ProposalText proposal={p} view={view} tables={tables} focusAreas={focusAreas} />
            </li>
          ),
        })}
    </section>
  );
}
