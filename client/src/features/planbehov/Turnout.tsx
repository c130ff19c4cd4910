import type { PlanbehovView } from '@samskap/shared/planbehov';
import type { ParticipantRole } from '@samskap/shared/workshop';
import { useTranslation } from 'react-i18next';

export interface TurnoutSummaryProps {
  readonly view: PlanbehovView;
  readonly className?: string;
}

/** How many of those entitled to vote have voted, in all and by role where the server shows it. */
export function TurnoutSummary({ view, className }: TurnoutSummaryProps) {
  const { t } = useTranslation();
  const { turnout, voting } = view;
  const roles = voting.eligibleRoles.filter(
    (role: ParticipantRole) => turnout.byRole[role].eligible > 0,
  );
  return (
    <div className={`pb-turnout ${className ?? ''}`}>
      <p className="pb-turnout__total" data-testid="turnout">
        {t('planbehov.turnout.total', { voted: turnout.voted, eligible: turnout.eligible })}
      </p>
      {roles.length > 0 && (
        <ul className="pb-turnout__roles">
          {roles.map((role) => (
            <li key={role}>
              {turnout.byRole[role].voted === null
                ? // [D4] on the server: too few to say how many of this role voted.
                  t('planbehov.turnout.roleWithheld', {
                    role: t(`workshop.rolesPlural.${role}`),
                    eligible: turnout.byRole[role].eligible,
                  })
                : t('planbehov.turnout.role', {
                    role: t(`workshop.rolesPlural.${role}`),
                    voted: turnout.byRole[role].voted,
                    eligible: turnout.byRole[role].eligible,
                  })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Round, open or closed, shown or hidden, in one line. */
export function VotingStatusLine({ view }: { readonly view: PlanbehovView }) {
  const { t } = useTranslation();
  const { voting } = view;
  const parts = [
    ...(voting.round > 0 ? [t('planbehov.status.round', { round: voting.round })] : []),
    t(`planbehov.status.${voting.status}`),
    ...(voting.round > 0
      ? [voting.revealed ? t('planbehov.status.revealed') : t('planbehov.status.hidden')]
      : []),
  ];
  return (
    <p className="pb-status" data-testid="voting-status" data-status={voting.status}>
      {parts.join(' · ')}
    </p>
  );
}
