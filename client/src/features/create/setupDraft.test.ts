import { planstrategiTemplate } from '@samskap/shared/templates';
import { describe, expect, it } from 'vitest';
import {
  draftFromSetup,
  emptyDraft,
  freshId,
  importSamfunnsdel,
  moveItem,
  validateDraft,
} from './setupDraft';

const template = () => draftFromSetup(planstrategiTemplate('nb', 2028));

describe('the setup draft', () => {
  it('turns the Planstrategi template into a valid setup', () => {
    const result = validateDraft(template());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.setup.agenda[1]?.minutes).toBe(45);
  });

  it('names each field at fault in terms the form can translate', () => {
    const draft = emptyDraft('nb', new Date('2028-01-05T10:00:00Z'));
    const result = validateDraft({
      ...draft,
      title: '',
      periodEnd: '2020',
      agenda: [{ id: 'phase-1', title: 'Intro', minutes: '', activity: 'free' }],
      tables: [{ id: 'table-1', name: 'Bord 1', capacity: '0' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.get('title')).toEqual({ kind: 'required' });
    expect(result.problems.get('period.end')).toEqual({ kind: 'period' });
    expect(result.problems.get('agenda.0.minutes')).toEqual({ kind: 'number' });
    expect(result.problems.get('tables.0.capacity')).toEqual({ kind: 'min', min: 1 });
  });

  it("keeps each phase's activity from the template through to the setup it sends", () => {
    const result = validateDraft(template());
    expect(result.ok && result.setup.agenda.map((p) => p.activity)).toEqual(
      planstrategiTemplate('nb', 2028).agenda.map((p) => p.activity),
    );
    expect(result.ok && result.setup.agenda.map((p) => p.activity)).toContain('planbehov');
  });

  it('sends the activity chosen for a phase', () => {
    const draft = template();
    const agenda = draft.agenda.map((p, i) =>
      i === 0 ? { ...p, activity: 'arguments' as const } : p,
    );
    const result = validateDraft({ ...draft, agenda });
    expect(result.ok && result.setup.agenda[0]?.activity).toBe('arguments');
  });

  it("keeps a focus area's UN goals and reads them as typed", () => {
    const draft = template();
    expect(draft.focusAreas[0]?.sdgs).not.toBe('');
    const focusAreas = draft.focusAreas.map((a, i) => (i === 0 ? { ...a, sdgs: '3,4  10; 3' } : a));
    const result = validateDraft({ ...draft, focusAreas });
    expect(result.ok && result.setup.focusAreas[0]?.sdgs).toEqual([3, 4, 10]);
  });

  it('names the UN goals field when one of them is not a goal number', () => {
    const draft = template();
    const focusAreas = draft.focusAreas.map((a, i) => (i === 1 ? { ...a, sdgs: '3, 18' } : a));
    const result = validateDraft({ ...draft, focusAreas });
    expect(!result.ok && result.problems.get('focusAreas.1.sdgs')).toEqual({
      kind: 'max',
      max: 17,
    });
  });

  it('says the agenda needs a phase when it is empty', () => {
    const result = validateDraft({ ...template(), agenda: [] });
    expect(!result.ok && result.problems.get('agenda')).toEqual({ kind: 'atLeastOne' });
  });

  it('reports a title past the bound with the bound', () => {
    const result = validateDraft({ ...template(), title: 'x'.repeat(201) });
    expect(!result.ok && result.problems.get('title')).toEqual({ kind: 'tooLong', max: 200 });
  });
});

describe('editing helpers', () => {
  it('finds an id nobody has', () => {
    expect(freshId('phase', [{ id: 'phase-1' }, { id: 'phase-3' }])).toBe('phase-4');
    expect(freshId('phase', [{ id: 'phase-2' }, { id: 'phase-3' }])).toBe('phase-4');
    expect(freshId('table', [])).toBe('table-1');
  });

  it('moves a row up and down and stops at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });
});

describe('importing a samfunnsdel', () => {
  const file = JSON.stringify({
    municipality: 'Fjellby kommune',
    focusAreas: [{ name: 'Trygg oppvekst', goals: ['Alle barn har en trygg oppvekst'] }],
  });

  it('replaces focus areas and municipality and keeps the rest', () => {
    const draft = template();
    const result = importSamfunnsdel(draft, file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.municipality).toBe('Fjellby kommune');
    expect(result.draft.focusAreas).toEqual([
      {
        id: 'S1',
        name: 'Trygg oppvekst',
        sdgs: '',
        goals: [{ id: 'S1-1', text: 'Alle barn har en trygg oppvekst' }],
      },
    ]);
    expect(result.draft.agenda).toBe(draft.agenda);
    expect(result.draft.title).toBe(draft.title);
  });

  it("takes an imported agenda with each phase's activity", () => {
    const withAgenda = JSON.stringify({
      focusAreas: [{ name: 'Trygg oppvekst', goals: ['Alle barn har en trygg oppvekst'] }],
      agenda: [
        { phase: 'Velkommen', minutes: 10 },
        { phase: 'Planbehov', minutes: 40 },
      ],
    });
    const result = importSamfunnsdel(template(), withAgenda);
    expect(result.ok && result.draft.agenda.map((p) => p.activity)).toEqual(['free', 'planbehov']);
    const setup = result.ok ? validateDraft(result.draft) : null;
    expect(setup?.ok && setup.setup.agenda[1]?.activity).toBe('planbehov');
  });

  it('refuses text that is not JSON', () => {
    expect(importSamfunnsdel(template(), '{oops')).toEqual({ ok: false, problem: 'json' });
  });

  it('names the field when the shape is wrong', () => {
    expect(importSamfunnsdel(template(), '{"focusAreas":[{"goals":[]}]}')).toEqual({
      ok: false,
      problem: 'shape',
      path: 'focusAreas.0.name',
    });
  });
});
