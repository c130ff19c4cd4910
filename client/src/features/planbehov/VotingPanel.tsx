import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react';
import { PlanbehovLimits, type PlanbehovView, type VotingAction } from '@samskap/shared/planbehov';
import { roleSchema, type ParticipantRole } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { saveSettings, votingAction } from './api';
import { planbehovErrorMessage } from './errors';
import { TurnoutSummary, VotingStatusLine } from './Turnout';

export interface VotingPanelProps {
  readonly workshopId: string;
  readonly token: string;
  readonly view: PlanbehovView;
  readonly readOnly: boolean;
  readonly headingLevel: 3 | 4;
}

/** The buttons that make sense in each state of the vote, in the order a facilitator uses them. */
function actionsFor(view: PlanbehovView): VotingAction[] {
  const { status, revealed } = view.voting;
  if (status === 'draft') return ['open'];
  if (status === 'open') return ['close'];
  // A closed round is final on the server ([D3]): opening again is the next round.
  return [revealed ? 'hide' : 'reveal', 'newRound'];
}

/** Points budget and who votes (until the first ballot), open/close/reveal, and the turnout. */
export function VotingPanel({ workshopId, token, view, readOnly, headingLevel }: VotingPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const { voting } = view;
  const [budget, setBudget] = useState(String(voting.pointsBudget));
  const [roles, setRoles] = useState<ParticipantRole[]>(voting.eligibleRoles);
  const request = useAsyncAction();
  const { busy, error } = request;
  const [savedNote, setSavedNote] = useState(false);
  // A new round is a decision: asked for, with what happens to the round before.
  const [confirmRound, setConfirmRound] = useState(false);
  // The server refuses changes after the first ballot; the console hides the form by then.
  const settingsOpen = voting.round === 0 || (voting.round === 1 && view.turnout.voted === 0);
  const budgetNumber = Number(budget);
  const budgetValid =
    /^\d{1,2}$/.test(budget.trim()) && budgetNumber <= PlanbehovLimits.pointsBudgetMax;

  async function run(task: () => Promise<unknown>): Promise<void> {
    setSavedNote(false);
    await request.run(task);
  }

  const label = (action: VotingAction): string => {
    if (action === 'open')
      return voting.status === 'closed'
        ? t('planbehov.console.reopen')
        : t('planbehov.console.open');
    if (action === 'newRound') return t('planbehov.console.newRound', { round: voting.round + 1 });
    return t(`planbehov.console.${action}`);
  };

  return (
    <section className="pb-voting" aria-labelledby={`${id}-heading`}>
      <Heading level={headingLevel} data-size="xs" id={`${id}-heading`}>
        {t('planbehov.console.votingHeading')}
      </Heading>
      <VotingStatusLine view={view} />
      <TurnoutSummary view={view} />
      <Paragraph data-size="sm" className="pb-hint">
        {t('planbehov.turnout.note')}
      </Paragraph>
      <div className="button-row">
        {actionsFor(view).map((action, index) => (
          <Button
            key={action}
            variant={index === 0 ? 'primary' : 'secondary'}
            disabled={readOnly || busy}
            onClick={() =>
              action === 'newRound'
                ? setConfirmRound(true)
                : void run(() => votingAction(workshopId, token, action))
            }
          >
            {label(action)}
          </Button>
        ))}
      </div>
      <ConfirmDialog
        open={confirmRound}
        title={t('planbehov.console.newRoundTitle', { round: voting.round + 1 })}
        body={t('planbehov.console.newRoundBody', {
          round: voting.round + 1,
          previous: voting.round,
        })}
        confirmLabel={t('planbehov.console.newRoundConfirm', { round: voting.round + 1 })}
        onConfirm={() => {
          setConfirmRound(false);
          void run(() => votingAction(workshopId, token, 'newRound'));
        }}
        onCancel={() => setConfirmRound(false)}
      />
      {error !== null && (
        <Alert data-color="danger" role="alert" data-testid="voting-error">
          {planbehovErrorMessage(t, error)}
        </Alert>
      )}
      {settingsOpen && !readOnly ? (
        <form
          className="pb-settings"
          aria-labelledby={`${id}-settings`}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!budgetValid || roles.length === 0) return;
            void run(async () => {
              await saveSettings(workshopId, token, {
                pointsBudget: budgetNumber,
                eligibleRoles: roles,
              });
              setSavedNote(true);
            });
          }}
        >
          <Heading level={(headingLevel + 1) as 4 | 5} data-size="2xs" id={`${id}-settings`}>
            {t('planbehov.console.settingsHeading')}
          </Heading>
          <Textfield
            label={t('planbehov.console.pointsBudget')}
            description={t('planbehov.console.pointsHint', {
              max: PlanbehovLimits.pointsBudgetMax,
            })}
            inputMode="numeric"
            value={budget}
            error={
              budgetValid
                ? undefined
                : t('planbehov.console.pointsHint', { max: PlanbehovLimits.pointsBudgetMax })
            }
            onChange={(e) => setBudget(e.target.value)}
          />
          <Fieldset>
            <Fieldset.Legend>{t('planbehov.console.eligibleLegend')}</Fieldset.Legend>
            {roleSchema.options.map((role) => (
              <Checkbox
                key={role}
                label={t(`workshop.rolesPlural.${role}`)}
                value={role}
                checked={roles.includes(role)}
                onChange={(e) =>
                  setRoles(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))
                }
              />
            ))}
          </Fieldset>
          <div>
            <Button
              type="submit"
              variant="secondary"
              disabled={busy || !budgetValid || roles.length === 0}
            >
              {t('planbehov.console.settingsSave')}
            </Button>
          </div>
          {savedNote && <p role="status">{t('planbehov.console.settingsSaved')}</p>}
        </form>
      ) : (
        <Paragraph data-size="sm">
          {t('planbehov.ballot.pointsValue', { count: voting.pointsBudget })} ·{' '}
          {voting.eligibleRoles.map((r) => t(`workshop.rolesPlural.${r}`)).join(', ')} ·{' '}
          {t('planbehov.console.settingsLocked')}
        </Paragraph>
      )}
    </section>
  );
}
