import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { OppdragView, OwnPoints } from '@samskap/shared/oppdrag';
import type { LiveState } from '@samskap/shared/workshop';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { fetchOwnPoints, givePoints } from './api';
import { oppdragErrorMessage } from './errors';
import { orderedProposals, ProposalText } from './Proposals';

/** The proposals in plenary on a tablet, with the participant's own priority points. */
export function PointsPanel({
  state,
  token,
  view,
  headingLevel,
}: {
  readonly state: LiveState;
  readonly token: string;
  readonly view: OppdragView;
  readonly headingLevel: 3 | 4;
}) {
  const { t } = useTranslation();
  const action = useAsyncAction();
  const [own, setOwn] = useState<OwnPoints[]>([]);
  const workshopId = state.workshop.id;
  const open = view.points.status === 'open';
  useEffect(() => {
    if (view.points.status === 'closed') return;
    fetchOwnPoints(workshopId, token).then(setOwn, () => undefined);
  }, [workshopId, token, view.points.status]);
  if (view.proposals.length === 0) return null;
  const spent = own.reduce((sum, p) => sum + p.points, 0);
  const left = Math.max(0, view.points.budget - spent);
  const mine = (id: string) => own.find((p) => p.proposalId === id)?.points ?? 0;
  const step = (id: string, delta: 1 | -1) =>
    void action.run(async () => setOwn(await givePoints(workshopId, token, id, mine(id) + delta)));
  return (
    <section className="op-points" aria-labelledby="op-points-h" data-testid="oppdrag-points">
      <Heading level={headingLevel} data-size="xs" id="op-points-h">
        {t('oppdrag.tablet.plenaryHeading')}
      </Heading>
      {open ? (
        <Paragraph role="status">
          {t('oppdrag.tablet.pointsLeft', { left, budget: view.points.budget })}
        </Paragraph>
      ) : (
        view.points.status === 'closed' && <Paragraph>{t('oppdrag.tablet.pointsClosed')}</Paragraph>
      )}
      <ul className="op-proposals">
        {orderedProposals(view).map((p) => (
          <li key={p.id} className="op-proposal">
            <ProposalText
              proposal={p}
              view={view}
              tables={state.workshop.tables}
              focusAreas={state.workshop.focusAreas}
            />
            {open && (
              <div className="op-actions">
                <Button
                  variant="secondary"
                  aria-label={t('oppdrag.tablet.fewerPoints', { title: p.title })}
                  disabled={mine(p.id) === 0 || action.busy}
                  onClick={() => step(p.id, -1)}
                >
                  −
                </Button>
                <span data-testid="own-points">
                  {t('oppdrag.tablet.yourPoints', { count: mine(p.id) })}
                </span>
                <Button
                  variant="secondary"
                  aria-label={t('oppdrag.tablet.morePoints', { title: p.title })}
                  disabled={left === 0 || action.busy}
                  onClick={() => step(p.id, 1)}
                >
                  +
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {action.error !== null && (
        <p role="alert" className="op-error">
          {oppdragErrorMessage(t, action.error)}
        </p>
      )}
    </section>
  );
}
