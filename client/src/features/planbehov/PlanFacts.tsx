import type { Plan } from '@samskap/shared/planbehov';
import { useTranslation } from 'react-i18next';

/** What the list says about a plan: type, adopted, the administration's proposal, focus area. */
export function PlanFacts({ plan }: { readonly plan: Plan }) {
  const { t } = useTranslation();
  const proposal = t(`planbehov.decisions.${plan.proposal}`);
  const none = t('planbehov.plan.none');
  return (
    <>
      <dl className="pb-facts">
        <div>
          <dt>{t('planbehov.plan.type')}</dt>
          <dd>{plan.planType}</dd>
        </div>
        <div>
          <dt>{t('planbehov.plan.adopted')}</dt>
          <dd>{plan.adoptedYear ?? none}</dd>
        </div>
        <div>
          <dt>{t('planbehov.plan.proposal')}</dt>
          <dd data-testid="plan-proposal">
            {plan.proposalYear !== null
              ? t('planbehov.plan.proposalWithYear', {
                  decision: proposal,
                  year: plan.proposalYear,
                })
              : proposal}
          </dd>
        </div>
        {plan.focusArea && (
          <div>
            <dt>{t('planbehov.plan.focusArea')}</dt>
            <dd>{plan.focusArea}</dd>
          </div>
        )}
        {plan.requiredByLaw !== null && (
          <div>
            <dt>{t('planbehov.plan.requiredByLaw')}</dt>
            <dd>{plan.requiredByLaw ? t('planbehov.plan.yes') : t('planbehov.plan.no')}</dd>
          </div>
        )}
      </dl>
      {plan.description && <p className="pb-description">{plan.description}</p>}
    </>
  );
}
