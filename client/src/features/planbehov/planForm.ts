import type { Decision, Plan, PlanInput } from '@samskap/shared/planbehov';

/** A plan as the form holds it: years and the law flag as typed, not yet parsed. */
export interface PlanFormDraft {
  title: string;
  planType: string;
  adoptedYear: string;
  proposal: Decision;
  proposalYear: string;
  requiredByLaw: '' | 'yes' | 'no';
  focusArea: string;
  description: string;
}

export const EMPTY_PLAN_FORM: PlanFormDraft = {
  title: '',
  planType: '',
  adoptedYear: '',
  proposal: 'continue',
  proposalYear: '',
  requiredByLaw: '',
  focusArea: '',
  description: '',
};

export function planToForm(plan: Plan): PlanFormDraft {
  return {
    title: plan.title,
    planType: plan.planType,
    adoptedYear: plan.adoptedYear === null ? '' : String(plan.adoptedYear),
    proposal: plan.proposal,
    proposalYear: plan.proposalYear === null ? '' : String(plan.proposalYear),
    requiredByLaw: plan.requiredByLaw === null ? '' : plan.requiredByLaw ? 'yes' : 'no',
    focusArea: plan.focusArea ?? '',
    description: plan.description ?? '',
  };
}

export type PlanFormProblem = 'title' | 'planType' | 'adoptedYear' | 'proposalYear';

const YEAR = /^\d{4}$/;

/** The plan to send, or the fields that keep it from being sent. */
export function formToPlan(
  draft: PlanFormDraft,
): { ok: true; plan: PlanInput } | { ok: false; problems: PlanFormProblem[] } {
  const problems: PlanFormProblem[] = [];
  if (draft.title.trim() === '') problems.push('title');
  if (draft.planType.trim() === '') problems.push('planType');
  const year = (value: string, field: PlanFormProblem): number | null => {
    const v = value.trim();
    if (v === '') return null;
    if (!YEAR.test(v) || Number(v) < 1900 || Number(v) > 2100) {
      problems.push(field);
      return null;
    }
    return Number(v);
  };
  const adoptedYear = year(draft.adoptedYear, 'adoptedYear');
  const proposalYear = year(draft.proposalYear, 'proposalYear');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    plan: {
      title: draft.title.trim(),
      planType: draft.planType.trim(),
      adoptedYear,
      proposal: draft.proposal,
      proposalYear,
      requiredByLaw: draft.requiredByLaw === '' ? null : draft.requiredByLaw === 'yes',
      focusArea: draft.focusArea.trim() || null,
      description: draft.description.trim() || null,
    },
  };
}
