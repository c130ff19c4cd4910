import { Heading } from '@digdir/designsystemet-react';
import { buildOppdragMatrix, type MatrixRow, type Proposal } from '@samskap/shared/oppdrag';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StagePager } from '../projector/StagePager';
import type { ActivityProps } from '../workshop/activity';
import { MatrixHead, MatrixRowItem } from './Matrix';
import { orderedProposals, ProposalText } from './Proposals';
import { useOppdragView } from './useOppdragView';
import './oppdrag.css';

const SECTIONS = ['matrix', 'attention', 'proposals'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * The big screen, which never scrolls: the goal × kind matrix on pages, then the goals on paper
 * and the disagreements, then the proposals, each in turn.
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
            renderItem={(row) => <MatrixRowItem key={row.goalId} row={row} tables={tables} />}
          />
        </section>
      )}
      {section === 'attention' && (
        <StagePager
          as="div"
          items={['attention']}
          label=""
          onWrap={next}
          renderItem={() => (
            <div key="attention" className="op-attention">
              <section aria-labelledby={`${headingId}-uncovered`}>
                <Heading level={sub} data-size="sm" id={`${headingId}-uncovered`}>
                  {t('oppdrag.matrix.uncoveredHeading')}
                </Heading>
                {uncovered.length === 0 ? (
                  <p>{t('oppdrag.matrix.uncoveredNone')}</p>
                ) : (
                  <ul className="op-list op-list--uncovered" data-testid="oppdrag-uncovered">
                    {uncovered.map((r) => (
                      <li key={r.goalId}>
                        <span className="op-flag op-flag--uncovered">
                          {r.noOppdrag
                            ? t('oppdrag.matrix.noOppdrag')
                            : t('oppdrag.matrix.noMoney')}
                        </span>{' '}
                        {goalLine(r)}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby={`${headingId}-split`}>
                <Heading level={sub} data-size="sm" id={`${headingId}-split`}>
                  {t('oppdrag.matrix.disagreementsHeading')}
                </Heading>
                {split.length === 0 ? (
                  <p>{t('oppdrag.matrix.disagreementsNone')}</p>
                ) : (
                  <ul className="op-list">
                    {split.map((r) => (
                      <li key={r.goalId}>{goalLine(r)}</li>
                    ))}
                  </ul>
                )}
              </section>
            </div>
          )}
        />
      )}
      {section === 'proposals' && (
        <section className="op-stage__section" aria-labelledby={`${headingId}-proposals`}>
          <Heading level={sub} data-size="sm" id={`${headingId}-proposals`}>
            {t('oppdrag.matrix.proposalsHeading')}
          </Heading>
          {view.proposals.length === 0 ? (
            <StagePager
              as="div"
              items={['none']}
              label=""
              onWrap={next}
              renderItem={() => <p key="none">{t('oppdrag.matrix.proposalsNone')}</p>}
            />
          ) : (
            <StagePager
              items={orderedProposals(view)}
              label={t('oppdrag.matrix.proposalsHeading')}
              listClassName="op-proposals"
              testId="oppdrag-proposals"
              onWrap={next}
              renderItem={(p: Proposal) => (
                <li key={p.id} className="op-proposal">
                  <ProposalText proposal={p} view={view} tables={tables} focusAreas={focusAreas} />
                </li>
              )}
            />
          )}
        </section>
      )}
    </section>
  );
}
