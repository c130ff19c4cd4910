import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workshopSetupSchema } from '../workshop/model';
import {
  fromSamfunnsdelImport,
  planstrategiTemplate,
  samfunnsdelImportSchema,
} from './planstrategi';

const fixture = {
  municipality: 'Fjordvik kommune',
  focusAreas: [
    {
      id: 'S1',
      name: 'Godt liv for alle',
      sdgs: [3, 4],
      goals: ['Alle barn har en trygg oppvekst'],
    },
    { name: 'Grønt samfunn', goals: ['Vi tar vare på naturmangfold', 'Vi reduserer utslipp'] },
  ],
  agenda: [{ phase: 'Planbehov', minutes: 40 }],
};

describe('the Planstrategi-seminar template', () => {
  it('is a valid workshop setup in every language', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const setup = workshopSetupSchema.parse(planstrategiTemplate(lang, 2028));
      expect(setup.agenda).toHaveLength(6);
      expect(setup.agenda[5]!.activity).toBe('evaluering');
      expect(setup.focusAreas.map((a) => a.name)).toEqual([
        'Godt liv for alle',
        'Grønt samfunn',
        'Regional vekst',
      ]);
      expect(setup.period).toEqual({ start: 2028, end: 2031 });
    }
    expect(planstrategiTemplate('nn', 2028).agenda[1]!.title).toBe(
      'Politiske ambisjonar for perioden',
    );
  });
});

describe('importing a samfunnsdel JSON', () => {
  it('gives every goal a stable id under its focus area', () => {
    const result = fromSamfunnsdelImport(samfunnsdelImportSchema.parse(fixture));
    expect(result.focusAreas.map((a) => a.id)).toEqual(['S1', 'S2']);
    expect(result.focusAreas[1]!.goals.map((g) => g.id)).toEqual(['S2-1', 'S2-2']);
    expect(result.agenda).toEqual([
      { id: 'phase-1', title: 'Planbehov', minutes: 40, activity: 'planbehov' },
    ]);
  });

  it('reads the demo municipality’s file as the planning office exports it', () => {
    let raw: unknown;
    try {
      raw = JSON.parse(
        readFileSync(
          new URL('../../../../shared/fixtures/goals-fjordvik.json', import.meta.url),
          'utf8',
        ),
      );
    } catch {
      return; // the fixtures folder lives beside the repository and is not always there
    }
    const result = fromSamfunnsdelImport(samfunnsdelImportSchema.parse(raw));
    expect(result.focusAreas).toHaveLength(3);
    expect(result.agenda?.map((p) => p.activity)).toEqual([
      'free',
      'ambitions',
      'planbehov',
      'arguments',
      'summary',
    ]);
  });

  it('refuses a file without focus areas and names the field', () => {
    const parsed = samfunnsdelImportSchema.safeParse({ municipality: 'X', focusAreas: [] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['focusAreas']);
  });
});
