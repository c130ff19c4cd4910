import { z } from 'zod';
import {
  focusAreaSchema,
  WorkshopLimits,
  type Activity,
  type FocusArea,
  type Language,
  type Phase,
  type WorkshopSetupInput,
  type WorkshopTable,
} from '../workshop/model';

/**
 * The shape a planning office exports its samfunnsdel in (see the Fjordvik fixture): focus
 * areas with their goals as plain strings, and optionally an agenda. Imported on the create page.
 */
export const samfunnsdelImportSchema = z.object({
  municipality: z.string().trim().min(1).max(WorkshopLimits.nameMax).optional(),
  samfunnsdel: z.string().trim().max(WorkshopLimits.titleMax).optional(),
  focusAreas: z
    .array(
      z.object({
        id: z
          .string()
          .regex(/^[A-Za-z0-9_-]{1,40}$/)
          .optional(),
        name: z.string().trim().min(1).max(WorkshopLimits.nameMax),
        sdgs: z.array(z.number().int().min(1).max(17)).max(17).optional(),
        goals: z
          .array(z.string().trim().min(1).max(WorkshopLimits.goalMax))
          .max(WorkshopLimits.goalsPerAreaMax),
      }),
    )
    .min(1)
    .max(WorkshopLimits.focusAreasMax),
  agenda: z
    .array(
      z.object({
        phase: z.string().trim().min(1).max(WorkshopLimits.nameMax),
        minutes: z.number().int().min(1).max(WorkshopLimits.phaseMinutesMax),
      }),
    )
    .max(WorkshopLimits.agendaMax)
    .optional(),
});
export type SamfunnsdelImport = z.infer<typeof samfunnsdelImportSchema>;

/** An imported agenda names its phases in words; these are the words for each activity. */
function guessActivity(title: string): Activity {
  const t = title.toLowerCase();
  if (/ambisjon/.test(t)) return 'ambitions';
  if (/planbehov/.test(t)) return 'planbehov';
  if (/argument|uenighet|usemje|konflikt/.test(t)) return 'arguments';
  if (/oppdrag|høp/.test(t)) return 'oppdrag';
  if (/oppsummering|summary/.test(t)) return 'summary';
  return 'free';
}

/** Turns an imported samfunnsdel into focus areas (with stable goal ids) and an agenda. */
export function fromSamfunnsdelImport(data: SamfunnsdelImport): {
  municipality?: string;
  focusAreas: FocusArea[];
  agenda?: Phase[];
} {
  const focusAreas = data.focusAreas.map((a, i) => {
    const areaId = a.id ?? `S${i + 1}`;
    return focusAreaSchema.parse({
      id: areaId,
      name: a.name,
      sdgs: a.sdgs ?? [],
      goals: a.goals.map((text, j) => ({ id: `${areaId}-${j + 1}`, text })),
    });
  });
  const agenda = data.agenda?.map((p, i) => ({
    id: `phase-${i + 1}`,
    title: p.phase,
    minutes: p.minutes,
    activity: guessActivity(p.phase),
  }));
  return {
    ...(data.municipality ? { municipality: data.municipality } : {}),
    focusAreas,
    ...(agenda ? { agenda } : {}),
  };
}

/**
 * The focus areas and goals of the demo municipality's samfunnsdel (Fjordvik kommune, made up;
 * goal statements from a real samfunnsdel). Official text: not translated.
 */
export const FJORDVIK_FOCUS_AREAS: FocusArea[] = [
  {
    id: 'S1',
    name: 'Godt liv for alle',
    sdgs: [3, 4, 5, 10, 16, 17],
    goals: [
      {
        id: 'S1-1',
        text: 'Alle barn og ungdommer opplever en god start på livet og en trygg oppvekst',
      },
      {
        id: 'S1-2',
        text: 'Alle innbyggere bidrar til og opplever god livskvalitet, mestring, likeverdighet og verdsetting',
      },
      {
        id: 'S1-3',
        text: 'Vi setter mennesket først i utviklingen av lokalsamfunnet',
      },
      {
        id: 'S1-4',
        text: 'Vi har et helsefremmende, trygt og universelt utformet samfunn med inkluderende møteplasser',
      },
      {
        id: 'S1-5',
        text: 'Vi legger til rette for og utvikler gode samskapingsarenaer',
      },
      {
        id: 'S1-6',
        text: 'Vi har god beredskap for framtidige hendelser',
      },
    ],
  },
  {
    id: 'S2',
    name: 'Grønt samfunn',
    sdgs: [13, 14, 17],
    goals: [
      {
        id: 'S2-1',
        text: 'Vi tar vare på naturmangfold og arters leveområder',
      },
      {
        id: 'S2-2',
        text: 'Vi har mål om å redusere utslipp av klimagasser med 50-55 % innen 2030, sammenlignet med 2009-nivå, og å omstille kommunen til et lavutslippssamfunn innen 2050',
      },
      {
        id: 'S2-3',
        text: 'Vi er rustet til å møte konsekvensene av klimaendringer',
      },
    ],
  },
  {
    id: 'S3',
    name: 'Regional vekst',
    sdgs: [8, 11, 17],
    goals: [
      {
        id: 'S3-1',
        text: 'Vi har et mangfold av kunst, kultur og kulturmiljøer som er ressurser for opplevelser, verdiskaping og kunnskap',
      },
      {
        id: 'S3-2',
        text: 'Det fredede kulturmiljøet i sentrum er godt bevart og utviklet til en attraktiv og bærekraftig by',
      },
      {
        id: 'S3-3',
        text: 'Vi har et arbeidsliv som skaper attraktive arbeidsplasser gjennom innovasjon, verdiskaping og utvikling i grønn retning',
      },
      {
        id: 'S3-4',
        text: 'Vi bygger kompetanse som svarer til framtidens behov for arbeidskraft',
      },
      {
        id: 'S3-5',
        text: 'Vi tilrettelegger for næringsmessig vekst med best mulig arealutnyttelse',
      },
      {
        id: 'S3-6',
        text: 'Vi har bærekraftig kommuneøkonomi',
      },
    ],
  },
];

const agendaTitles: Record<Language, string[]> = {
  nb: [
    'Arena og spilleregler',
    'Politiske ambisjoner for perioden',
    'Planbehov',
    'Argumenter og uenighet',
    'Oppsummering',
    'Tilbakemelding',
  ],
  nn: [
    'Arena og spelereglar',
    'Politiske ambisjonar for perioden',
    'Planbehov',
    'Argument og usemje',
    'Oppsummering',
    'Tilbakemelding',
  ],
  en: [
    'Arena and ground rules',
    'Political ambitions for the period',
    'Planning needs',
    'Arguments and disagreement',
    'Summary',
    'Feedback',
  ],
};
const agendaMinutes = [10, 45, 40, 30, 15, 10];
const agendaActivities: Activity[] = [
  'free',
  'ambitions',
  'planbehov',
  'arguments',
  'summary',
  'evaluering',
];
const tableNames: Record<Language, string> = { nb: 'Bord', nn: 'Bord', en: 'Table' };

/** The "Planstrategi-seminar" template: agenda, six tables, focus areas and goals. */
export function planstrategiTemplate(language: Language, year: number): WorkshopSetupInput {
  const agenda: Phase[] = agendaTitles[language].map((title, i) => ({
    id: `phase-${i + 1}`,
    title,
    minutes: agendaMinutes[i]!,
    activity: agendaActivities[i]!,
  }));
  const tables: WorkshopTable[] = Array.from({ length: 6 }, (_, i) => ({
    id: `table-${i + 1}`,
    name: `${tableNames[language]} ${i + 1}`,
    capacity: 10,
  }));
  const titles: Record<Language, string> = {
    nb: 'Planstrategi-seminar',
    nn: 'Planstrategi-seminar',
    en: 'Planning strategy seminar',
  };
  return {
    title: titles[language],
    municipality: 'Fjordvik kommune',
    date: `${year}-01-20`,
    language,
    period: { start: year, end: year + 3 },
    agenda,
    tables,
    focusAreas: structuredClone(FJORDVIK_FOCUS_AREAS),
    showNames: false,
  };
}
