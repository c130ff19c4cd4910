import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Plan, PlanInput } from '@samskap/shared/planbehov';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { addPlan, deletePlan, updatePlan } from './api';
import { planbehovErrorMessage } from './errors';
import { PlanForm } from './PlanForm';
import { EMPTY_PLAN_FORM, planToForm } from './planForm';

export interface PlanListProps {
  readonly workshopId: string;
  readonly token: string;
  readonly plans: readonly Plan[];
  readonly locked: boolean;
  readonly headingLevel: 3 | 4;
}

type Editing = { mode: 'add' } | { mode: 'edit'; plan: Plan } | null;

/** The plan list with the administration's proposal; editable by hand until voting opens. */
export function PlanList({ workshopId, token, plans, locked, headingLevel }: PlanListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Plan | null>(null);
  const { run: act, busy, error } = useAsyncAction();
  const canEdit = !locked && !busy;

  async function submit(plan: PlanInput): Promise<void> {
    const target = editing;
    if (target === null) return;
    const ok = await act(() =>
      target.mode === 'add'
        ? addPlan(workshopId, token, plan)
        : updatePlan(workshopId, token, target.plan.id, plan),
    );
    if (ok) setEditing(null);
  }

  return (
    <section className="pb-plan-list" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {t('planbehov.console.listHeading', { count: plans.length })}
      </Heading>
      {error !== null && (
        <Alert data-color="danger" role="alert">
          {planbehovErrorMessage(t, error)}
        </Alert>
      )}
      {plans.length === 0 ? (
        <Paragraph>{t('planbehov.console.empty')}</Paragraph>
      ) : (
        <div className="pb-table-wrap">
          <table className="pb-table" data-testid="plan-table">
            <thead>
              <tr>
                <th scope="col">{t('planbehov.console.title')}</th>
                <th scope="col">{t('planbehov.plan.type')}</th>
                <th scope="col">{t('planbehov.plan.adopted')}</th>
                <th scope="col">{t('planbehov.plan.proposal')}</th>
                <th scope="col">{t('planbehov.plan.focusArea')}</th>
                {!locked && <th scope="col">{t('planbehov.console.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {plans.map((plan) => (
                <tr key={plan.id}>
                  <th scope="row">{plan.title}</th>
                  <td>{plan.planType}</td>
                  <td>{plan.adoptedYear ?? '—'}</td>
                  <td>
                    {t(`planbehov.decisions.${plan.proposal}`)}
                    {plan.proposalYear !== null ? ` ${plan.proposalYear}` : ''}
                  </td>
                  <td>{plan.focusArea ?? '—'}</td>
                  {!locked && (
                    <td>
                      <div className="pb-table__actions">
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          disabled={!canEdit}
                          aria-label={t('planbehov.console.editLabel', { title: plan.title })}
                          onClick={() => setEditing({ mode: 'edit', plan })}
                        >
                          {t('planbehov.console.edit')}
                        </Button>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          data-color="danger"
                          disabled={!canEdit}
                          aria-label={t('planbehov.console.deleteLabel', { title: plan.title })}
                          onClick={() => setDeleting(plan)}
                        >
                          {t('planbehov.console.delete')}
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!locked &&
        (editing === null ? (
          <div>
            <Button variant="secondary" onClick={() => setEditing({ mode: 'add' })}>
              {t('planbehov.console.add')}
            </Button>
          </div>
        ) : (
          <PlanForm
            key={editing.mode === 'edit' ? editing.plan.id : 'add'}
            initial={editing.mode === 'edit' ? planToForm(editing.plan) : EMPTY_PLAN_FORM}
            mode={editing.mode}
            busy={busy}
            headingLevel={(headingLevel + 1) as 4 | 5}
            onSubmit={(plan) => void submit(plan)}
            onCancel={() => setEditing(null)}
          />
        ))}
      <ConfirmDialog
        open={deleting !== null}
        title={t('planbehov.console.deleteTitle', { title: deleting?.title ?? '' })}
        body={t('planbehov.console.deleteBody')}
        confirmLabel={t('planbehov.console.delete')}
        onConfirm={() => {
          const plan = deleting;
          setDeleting(null);
          if (plan) void act(() => deletePlan(workshopId, token, plan.id));
        }}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
