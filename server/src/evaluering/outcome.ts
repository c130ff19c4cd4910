import {
  EvaluationLimits,
  scaleMean,
  type EvaluationView,
  type ScaleCounts,
  type StatementChange,
} from '@samskap/shared/evaluering';
import type { Block } from '@samskap/shared/outcome';
import type { OutcomeSection } from '../activities/module';
import { TERMS } from '@samskap/shared/terms';
import type { Language, ParticipantRole } from '@samskap/shared/workshop';

const ROLES: readonly ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];

const nb = {
  heading: 'Tilbakemelding',
  notOpened: 'Tilbakemeldingsskjemaet ble ikke åpnet.',
  answered: '{n} svarte på skjemaet.',
  notShown: 'Resultatet ble ikke vist i verkstedet.',
  withheld: `Færre enn ${EvaluationLimits.minGroupSize} svarte: ingen tall vises, så ingen svar kan leses ut.`,
  caption: 'Svar per påstand (antall per trinn og snitt 1–5)',
  statement: 'Påstand',
  agree: ['Helt uenig', 'Litt uenig', 'Verken eller', 'Litt enig', 'Helt enig'],
  mean: 'Snitt',
  meanOf: 'Snitt {role}',
  then: 'Sist',
  change: 'Endring',
  newStatement: 'ny',
  returnOnTime: 'Utbytte av tiden (1 svært lite – 5 svært godt)',
  tooFew: `{role}: for få til å vises for seg (under ${EvaluationLimits.minGroupSize}).`,
  merged: `{role}: slått sammen med de andre, ellers kunne noen under ${EvaluationLimits.minGroupSize} leses ut.`,
  worked: 'Hva fungerte godt?',
  toChange: 'Hva bør vi gjøre annerledes?',
  textsNote: 'Fritekst i tilfeldig rekkefølge, uten navn.',
  none: 'Ingen skrev noe her.',
  baseline: 'Sammenlignet med «{title}» ({date}).',
};
type Labels = typeof nb;

const LABELS: Record<Language, Labels> = {
  nb,
  nn: {
    heading: 'Tilbakemelding',
    notOpened: 'Tilbakemeldingsskjemaet vart ikkje opna.',
    answered: '{n} svarte på skjemaet.',
    notShown: 'Resultatet vart ikkje vist i verkstaden.',
    withheld: `Færre enn ${EvaluationLimits.minGroupSize} svarte: ingen tal blir viste, så ingen svar kan lesast ut.`,
    caption: 'Svar per påstand (tal per steg og snitt 1–5)',
    statement: 'Påstand',
    agree: ['Heilt usamd', 'Litt usamd', 'Verken eller', 'Litt samd', 'Heilt samd'],
    mean: 'Snitt',
    meanOf: 'Snitt {role}',
    then: 'Sist',
    change: 'Endring',
    newStatement: 'ny',
    returnOnTime: 'Utbyte av tida (1 svært lite – 5 svært godt)',
    tooFew: `{role}: for få til å visast for seg (under ${EvaluationLimits.minGroupSize}).`,
    merged: `{role}: slått saman med dei andre, elles kunne nokon under ${EvaluationLimits.minGroupSize} lesast ut.`,
    worked: 'Kva fungerte godt?',
    toChange: 'Kva bør vi gjere annleis?',
    textsNote: 'Fritekst i tilfeldig rekkjefølgje, utan namn.',
    none: 'Ingen skreiv noko her.',
    baseline: 'Samanlikna med «{title}» ({date}).',
  },
  en: {
    heading: 'Feedback',
    notOpened: 'The feedback form was not opened.',
    answered: '{n} answered the form.',
    notShown: 'The result was not shown in the workshop.',
    withheld: `Fewer than ${EvaluationLimits.minGroupSize} answered: no numbers are shown, so no answer can be read off.`,
    caption: 'Answers per statement (count per step and mean 1–5)',
    statement: 'Statement',
    agree: ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'],
    mean: 'Mean',
    meanOf: 'Mean {role}',
    then: 'Last',
    change: 'Change',
    newStatement: 'new',
    returnOnTime: 'Return on time (1 very little – 5 very much)',
    tooFew: `{role}: too few to show apart (under ${EvaluationLimits.minGroupSize}).`,
    merged: `{role}: merged with the others, or fewer than ${EvaluationLimits.minGroupSize} could be read off.`,
    worked: 'What worked well?',
    toChange: 'What should we do differently?',
    textsNote: 'Free text in random order, without names.',
    none: 'Nobody wrote anything here.',
    baseline: 'Compared with “{title}” ({date}).',
  },
};

const fill = (s: string, values: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

function decimal(language: Language, n: number | null, signed = false): string {
  if (n === null) return '–';
  return new Intl.NumberFormat(language === 'en' ? 'en' : 'nb', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(n);
}

/**
 * The evaluation's part of the outcome documents: only what the room was shown ([EV5]): the
 * revealed result as frozen ([EV2]), role means where shown, the change since the baseline,
 * and the free texts in their drawn order ([EV4]).
 */
export function evaluationBlocks(view: EvaluationView | null, language: Language): Block[] {
  if (view === null) return [];
  const L = LABELS[language];
  const blocks: Block[] = [{ type: 'heading', level: 2, text: L.heading }];
  if (view.status === 'planned') {
    blocks.push({ type: 'paragraph', text: L.notOpened, emphasis: 'note' });
    return blocks;
  }
  blocks.push({ type: 'paragraph', text: fill(L.answered, { n: view.answered }) });
  const { result } = view;
  if (result === null) {
    blocks.push({ type: 'paragraph', text: L.notShown, emphasis: 'note' });
    return blocks;
  }
  if (result.all === null) {
    blocks.push({ type: 'paragraph', text: L.withheld, emphasis: 'note' });
    return blocks;
  }
  const all = result.all;
  const roleName = (r: ParticipantRole) => TERMS[language].roles[r];
  const shown = ROLES.filter((r) => result.byRole[r] !== null);
  const compare = view.comparison;
  const row = (
    label: string,
    counts: ScaleCounts,
    byRole: (ScaleCounts | undefined)[],
    change: StatementChange | undefined,
  ) => [
    label,
    ...counts.map(String),
    decimal(language, scaleMean(counts)),
    ...byRole.map((c) => decimal(language, c ? scaleMean(c) : null)),
    ...(compare
      ? [
          decimal(language, change?.baselineMean ?? null),
          change?.change == null ? L.newStatement : decimal(language, change.change, true),
        ]
      : []),
  ];
  blocks.push({
    type: 'table',
    caption: L.caption,
    header: [
      L.statement,
      ...L.agree,
      L.mean,
      ...shown.map((r) => fill(L.meanOf, { role: roleName(r) })),
      ...(compare ? [L.then, L.change] : []),
    ],
    rows: [
      ...view.statements.map((s, i) =>
        row(
          s,
          all.statements[i] ?? [0, 0, 0, 0, 0],
          shown.map((r) => result.byRole[r]?.statements[i]),
          compare?.statements[i],
        ),
      ),
      row(
        L.returnOnTime,
        all.returnOnTime,
        shown.map((r) => result.byRole[r]?.returnOnTime),
        compare?.returnOnTime,
      ),
    ],
  });
  for (const r of ROLES) {
    const why = result.withheld[r];
    if (why)
      blocks.push({
        type: 'paragraph',
        text: fill(why === 'wouldReveal' ? L.merged : L.tooFew, { role: roleName(r) }),
        emphasis: 'note',
      });
  }
  if (view.baseline) {
    blocks.push({ type: 'paragraph', text: fill(L.baseline, view.baseline) });
  }
  if (result.texts) {
    blocks.push({ type: 'paragraph', text: L.textsNote, emphasis: 'note' });
    for (const [heading, texts] of [
      [L.worked, result.texts.worked],
      [L.toChange, result.texts.change],
    ] as const) {
      blocks.push({ type: 'heading', level: 3, text: heading });
      blocks.push(
        texts.length === 0
          ? { type: 'paragraph', text: L.none }
          : { type: 'list', ordered: false, items: texts },
      );
    }
  }
  return blocks;
}

/** [AM7] The module's section of the outcome documents. */
export const evaluationSection: OutcomeSection = {
  blocks: (d, language) => evaluationBlocks(d.evaluering ?? null, language),
};
