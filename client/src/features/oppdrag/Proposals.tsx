import { OppdragLimits, type OppdragView, type Proposal } from '@samskap/shared/oppdrag';
import type { FocusArea, WorkshopTable } from '@samskap/shared/workshop';
import { useTranslation } from 'react-i18next';

/** A proposal in words: what, which kind, for which goal, from which tables, and its points. */
export function ProposalText({
  proposal,
  view,
  tables,
  focusAreas,
}: {
  readonly proposal: Proposal;
  readonly view: OppdragView;
  readonly tables: readonly WorkshopTable[];
  readonly focusAreas: readonly FocusArea[];
}) {
  const { t } = useTranslation();
  const goal = focusAreas.flatMap((a) => a.goals).find((g) => g.id === proposal.goalId);
  const from = proposal.tableIds.map((id) => tables.find((x) => x.id === id)?.name ?? id);
  const points = view.points.results?.find((r) => r.proposalId === proposal.id);
  return (
    <>
      <span className="op-proposal__title">
        {t('oppdrag.matrix.proposalLine', {
          title: proposal.title,
          kind: t(`oppdrag.kinds.${proposal.kind}`),
          goal: goal ? `${goal.id} ${goal.text}` : proposal.goalId,
        })}
      </span>
      {proposal.gain && <span className="op-proposal__gain">{proposal.gain}</span>}
      <span className="op-proposal__meta">
        {t('oppdrag.matrix.from', { tables: from.join(', ') })}
        {proposal.passOn && ` · ${t('oppdrag.matrix.passOn')}`}
        {points &&
          ` · ${
            points.points === null
              ? t('oppdrag.matrix.pointsWithheld', { min: OppdragLimits.minGroupSize })
              : t('oppdrag.matrix.points', { count: points.points })
          }`}
      </span>
    </>
  );
}

/** Proposals in plenary order: passed on first, then by points once sealed. */
export function orderedProposals(view: OppdragView): Proposal[] {
  const points = new Map(view.points.results?.map((r) => [r.proposalId, r.points ?? -1]) ?? []);
  return [...view.proposals].sort(
    (a, b) =>
      Number(b.passOn) - Number(a.passOn) || (points.get(b.id) ?? 0) - (points.get(a.id) ?? 0),
  );
}
