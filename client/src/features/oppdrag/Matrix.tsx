import {
  JUDGEMENTS,
  OPPDRAG_KINDS,
  type MatrixRow,
  type OppdragMatrix,
} from '@samskap/shared/oppdrag';
import type { WorkshopTable } from '@samskap/shared/workshop';
import { useTranslation } from 'react-i18next';

/** The judgement line of a row, in words: the verdict with how many tables agree, or the split. */
export function JudgementText({ row }: { readonly row: MatrixRow }) {
  const { t } = useTranslation();
  if (row.judged === 0) return <>{t('oppdrag.matrix.notJudged')}</>;
  if (row.verdict === null) {
    const counts = JUDGEMENTS.filter((j) => row.counts[j] > 0)
      .map((j) =>
        t('oppdrag.matrix.count', { label: t(`oppdrag.judgements.${j}`), count: row.counts[j] }),
      )
      .join(', ');
    return <>{t('oppdrag.matrix.tie', { counts })}</>;
  }
  return (
    <>
      <strong>{t(`oppdrag.judgements.${row.verdict}`)}</strong>{' '}
      {t('oppdrag.matrix.agree', { agreeing: row.agreeing, judged: row.judged })}
    </>
  );
}

export interface MatrixRowProps {
  readonly row: MatrixRow;
  readonly tables: readonly WorkshopTable[];
  /**
   * Each cell as a count (the projector: the whole matrix on one or two pages); otherwise the
   * oppdrag's titles (the console, where the facilitator reads them).
   */
  readonly counts?: boolean;
}

/**
 * One goal's row of the matrix: its oppdrag by kind, its judgement. Colour follows the verdict,
 * a pattern marks a goal with no oppdrag or no money, and every state is also said in words.
 */
export function MatrixRowItem({ row, tables, counts = false }: MatrixRowProps) {
  const { t } = useTranslation();
  const tableName = (id: string) => tables.find((x) => x.id === id)?.name ?? id;
  const state = row.verdict ?? (row.judged > 0 ? 'split' : 'none');
  return (
    <li
      className={['op-row', `op-row--${state}`, row.noMoney ? 'op-row--uncovered' : ''].join(' ')}
      data-testid={`matrix-row-${row.goalId}`}
      data-verdict={row.verdict ?? ''}
    >
      <div className="op-row__goal">
        <span className="op-row__id">{row.goalId}</span> {row.goalText}
        {row.noMoney && (
          <span className="op-flag op-flag--uncovered">
            {row.noOppdrag ? t('oppdrag.matrix.noOppdrag') : t('oppdrag.matrix.noMoney')}
          </span>
        )}
      </div>
      {OPPDRAG_KINDS.map((kind) => (
        <div
          key={kind}
          className={['op-row__cell', row.cells[kind].length === 0 ? 'op-row__cell--empty' : '']
            .filter(Boolean)
            .join(' ')}
        >
          <span className="visually-hidden op-row__kind">{t(`oppdrag.kinds.${kind}`)}: </span>
          {row.cells[kind].length === 0 ? (
            <span aria-hidden="true">–</span>
          ) : counts ? (
            <CellCount cell={row.cells[kind]} tableName={tableName} />
          ) : (
            <ul className="op-cell">
              {row.cells[kind].map((c) => (
                <li key={c.id} className={c.funded ? '' : 'op-cell__unfunded'}>
                  {c.title}
                  {!c.funded && ` (${t('oppdrag.funding.none')})`}
                  {c.addedBy.length > 0 && (
                    <span className="op-cell__added">
                      {' '}
                      {t('oppdrag.matrix.addedBy', { tables: c.addedBy.map(tableName).join(', ') })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <div className="op-row__judgement">
        <JudgementText row={row} />
        {row.disagreement && row.verdict !== null && (
          <span className="op-flag op-flag--split">{t('oppdrag.matrix.disagreement')}</span>
        )}
      </div>
    </li>
  );
}

/** A cell as the projector shows it: how many oppdrag, how many without money, who added links. */
function CellCount({
  cell,
  tableName,
}: {
  readonly cell: MatrixRow['cells'][keyof MatrixRow['cells']];
  readonly tableName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const unfunded = cell.filter((c) => !c.funded).length;
  const added = [...new Set(cell.flatMap((c) => c.addedBy))];
  return (
    <span className="op-cell__count">
      <strong>{t('oppdrag.matrix.cellCount', { count: cell.length })}</strong>
      {unfunded > 0 && (
        <span className="op-cell__unfunded">
          {' '}
          ({t('oppdrag.matrix.cellUnfunded', { count: unfunded })})
        </span>
      )}
      {added.length > 0 && (
        <span className="op-cell__added">
          {' '}
          {t('oppdrag.matrix.addedBy', { tables: added.map(tableName).join(', ') })}
        </span>
      )}
    </span>
  );
}

/** The column heads, shown above every page of rows. */
export function MatrixHead() {
  const { t } = useTranslation();
  return (
    <div className="op-row op-row--head" aria-hidden="true">
      <div>{t('oppdrag.matrix.goal')}</div>
      {OPPDRAG_KINDS.map((k) => (
        <div key={k}>
          {t(`oppdrag.kinds.${k}`)}
          <span className="op-row__hint"> ({t(`oppdrag.kindHints.${k}`)})</span>
        </div>
      ))}
      <div>{t('oppdrag.matrix.judgement')}</div>
    </div>
  );
}

/** The whole matrix as a list, for the console (the projector pages it). */
export function MatrixList({
  matrix,
  tables,
}: {
  readonly matrix: OppdragMatrix;
  readonly tables: readonly WorkshopTable[];
}) {
  return (
    <div className="op-matrix">
      <MatrixHead />
      <ul className="op-matrix__rows">
        {matrix.rows.map((row) => (
          <MatrixRowItem key={row.goalId} row={row} tables={tables} />
        ))}
      </ul>
    </div>
  );
}
