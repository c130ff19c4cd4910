import type { ConsentCheck } from '@samskap/shared/consent';
import type { ParticipantRole } from '@samskap/shared/workshop';
import type { Block } from '@samskap/shared/outcome';
import type { Labels } from '../outcome/labels';

const ROLES: ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];

/**
 * A consent check as the outcome prints it under the text it asked about (an ambition's focus
 * area, a synthesis): the counts per step for all and per role, or why no number is shown.
 */
export function consentBlocks(L: Labels, check: ConsentCheck): Block[] {
  if (!check.result)
    return [
      { type: 'paragraph', text: `${L.consent}: «${check.statement}» — ${L.consentNotRevealed}` },
    ];
  const all = check.result.all;
  // [D1] Too few answered for any number to be shown.
  if (!all)
    return [{ type: 'paragraph', text: `${L.consent}: «${check.statement}» — ${L.tooFew}` }];
  return [
    { type: 'paragraph', text: `${L.consent}: «${check.statement}»` },
    {
      type: 'table',
      caption: `${L.consent} (${all.answers} ${L.answers.toLowerCase()})`,
      header: [L.role, ...L.consentSteps],
      rows: [
        [L.all, ...all.counts.map(String)],
        ...ROLES.map((r) => {
          const c = check.result!.byRole[r];
          return [L.roles[r], ...(c ? c.counts.map(String) : L.consentSteps.map(() => L.tooFew))];
        }),
      ],
    },
  ];
}
