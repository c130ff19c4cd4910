import { TERMS } from '@samskap/shared/terms';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { messages } from './resources';

describe('the screens and the shared terms table', () => {
  it.each(LANGUAGES)(
    '[V1] in %s, the screens use the same words as the outcome document',
    (lang) => {
      const m = messages[lang];
      const t = TERMS[lang];
      expect(m.workshop.roles).toEqual(t.role);
      expect(m.workshop.rolesPlural).toEqual(t.roles);
      expect(m.arguments.author.facilitator).toBe(t.facilitator);
      expect(m.planbehov.decisions).toEqual(t.decisions);
      expect(m.planbehov.plan.type).toBe(t.plan.type);
      expect(m.planbehov.plan.proposal).toBe(t.plan.proposal);
      expect(m.planbehov.ballot.startYear).toBe(t.plan.startYear);
      expect(m.planbehov.ballot.points).toBe(t.plan.points);
      const { tame, complex, wicked, label } = m.arguments.problemType;
      expect({ tame, complex, wicked }).toEqual(t.problemTypes);
      expect(label).toBe(t.headings.problemType);
      expect(m.consent.scale).toEqual(t.consentSteps);
      expect(m.arguments.conflicts.handling).toEqual(t.conflictHandling);
      expect(m.arguments.conflicts.status).toEqual(t.conflictStatus);
      const { between, noteLabel, handlingLabel, statusLabel } = m.arguments.conflicts;
      expect({ between, note: noteLabel, handling: handlingLabel, status: statusLabel }).toEqual(
        t.conflictFields,
      );
      expect(m.arguments.kind).toEqual(t.entryKinds);
      expect(m.arguments.map.heading).toBe(t.headings.positions);
      expect(m.arguments.heading).toBe(t.headings.arguments);
      expect(m.arguments.norms.heading).toBe(t.headings.norms);
      expect(m.arguments.conflicts.heading).toBe(t.headings.conflicts);
      expect(m.planbehov.heading).toBe(t.headings.planbehov);
      expect(m.ambitions.heading).toBe(t.headings.ambitions);
      expect(m.consent.heading).toBe(t.headings.consent);
      expect(m.planbehov.results.noYear).toBe(t.headings.unplaced);
    },
  );
});
