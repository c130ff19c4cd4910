import type { ConflictHandling, ProblemType } from '../arguments/model';
import type { BallotDecision } from '../planbehov/model';
import type { Language, ParticipantRole } from '../workshop/model';

/**
 * The words the screens and the outcome documents share, in each language: one table, so that
 * the document says what the tablet said (a "Gjenstridig" problem on screen is not a "Floket"
 * one on paper). Client locales spread these in; `server/src/outcome/labels.ts` reads them.
 */
export interface Terms {
  /** One participant of a role ("Folkevalgt"). */
  readonly role: Readonly<Record<ParticipantRole, string>>;
  /** A role as a group ("Folkevalgte"): table headings, turnout, the outcome. */
  readonly roles: Readonly<Record<ParticipantRole, string>>;
  readonly facilitator: string;
  readonly decisions: Readonly<Record<BallotDecision, string>>;
  /** The parts of a plan and a ballot: the plan list, the ballot, the results and the outcome. */
  readonly plan: Readonly<{
    type: string;
    /** The administration's proposed decision for a plan. */
    proposal: string;
    /** The year a plan to revise or make should start. */
    startYear: string;
    /** The points a voter spreads over the plans ([RL2]). */
    points: string;
  }>;
  readonly problemTypes: Readonly<Record<ProblemType, string>>;
  /** The five steps of a consent check, from "fully agree" (s1) to "cannot accept" (s5). */
  readonly consentSteps: Readonly<Record<'s1' | 's2' | 's3' | 's4' | 's5', string>>;
  readonly conflictHandling: Readonly<Record<ConflictHandling, string>>;
  readonly conflictStatus: Readonly<Record<'open' | 'in_progress' | 'resolved', string>>;
  /** The columns of the conflict register: which positions, the note, the handling, the status. */
  readonly conflictFields: Readonly<{
    between: string;
    note: string;
    handling: string;
    status: string;
  }>;
  readonly entryKinds: Readonly<Record<'position' | 'pro' | 'con' | 'consequence', string>>;
  /** Headings of the parts of a workshop, on screen and in the document. */
  readonly headings: Readonly<{
    ambitions: string;
    planbehov: string;
    arguments: string;
    norms: string;
    positions: string;
    syntheses: string;
    conflicts: string;
    consent: string;
    problemType: string;
    /** The timeline's column for plans without a year in the period. */
    unplaced: string;
  }>;
}

const nb: Terms = {
  role: { folkevalgt: 'Folkevalgt', administrasjon: 'Administrasjon', annen: 'Annen' },
  roles: { folkevalgt: 'Folkevalgte', administrasjon: 'Administrasjonen', annen: 'Andre' },
  facilitator: 'Prosessleder',
  decisions: {
    continue: 'Videreføre',
    revise: 'Revidere',
    new: 'Ny',
    drop: 'Avvikle',
    unsure: 'Vet ikke',
  },
  plan: {
    type: 'Plantype',
    proposal: 'Administrasjonens forslag',
    startYear: 'Oppstart',
    points: 'Prioriteringspoeng',
  },
  problemTypes: { tame: 'Temmet', complex: 'Komplekst', wicked: 'Gjenstridig' },
  consentSteps: {
    s1: 'Helt enig',
    s2: 'Enig',
    s3: 'Kan leve med det',
    s4: 'Uenig, men vil ikke blokkere',
    s5: 'Kan ikke godta',
  },
  conflictHandling: {
    more_knowledge: 'Trenger mer kunnskap',
    split_question: 'Dele opp spørsmålet',
    vote: 'Avstemning',
    political_process: 'Overlates til den politiske prosessen',
    minority_view: 'Dissens protokolleres',
  },
  conflictStatus: { open: 'Åpen', in_progress: 'Under arbeid', resolved: 'Løst' },
  conflictFields: { between: 'Mellom', note: 'Notat', handling: 'Håndtering', status: 'Status' },
  entryKinds: { position: 'Standpunkt', pro: 'For', con: 'Mot', consequence: 'Konsekvens' },
  headings: {
    ambitions: 'Politiske ambisjoner',
    planbehov: 'Planbehov',
    arguments: 'Argumenter',
    norms: 'Spilleregler',
    positions: 'Standpunkter',
    syntheses: 'Sammenfatninger',
    conflicts: 'Konfliktregister',
    consent: 'Samtykkesjekk',
    problemType: 'Type problem',
    unplaced: 'Uten år i perioden',
  },
};

const nn: Terms = {
  role: { folkevalgt: 'Folkevald', administrasjon: 'Administrasjon', annen: 'Annan' },
  roles: { folkevalgt: 'Folkevalde', administrasjon: 'Administrasjonen', annen: 'Andre' },
  facilitator: 'Prosessleiar',
  decisions: {
    continue: 'Vidareføre',
    revise: 'Revidere',
    new: 'Ny',
    drop: 'Avvikle',
    unsure: 'Veit ikkje',
  },
  plan: {
    type: 'Plantype',
    proposal: 'Forslaget frå administrasjonen',
    startYear: 'Oppstart',
    points: 'Prioriteringspoeng',
  },
  problemTypes: { tame: 'Temt', complex: 'Komplekst', wicked: 'Gjenstridig' },
  consentSteps: {
    s1: 'Heilt einig',
    s2: 'Einig',
    s3: 'Kan leve med det',
    s4: 'Ueinig, men vil ikkje blokkere',
    s5: 'Kan ikkje godta',
  },
  conflictHandling: {
    more_knowledge: 'Treng meir kunnskap',
    split_question: 'Dele opp spørsmålet',
    vote: 'Avrøysting',
    political_process: 'Blir overlaten til den politiske prosessen',
    minority_view: 'Dissens blir protokollert',
  },
  conflictStatus: { open: 'Open', in_progress: 'Under arbeid', resolved: 'Løyst' },
  conflictFields: { between: 'Mellom', note: 'Notat', handling: 'Handtering', status: 'Status' },
  entryKinds: { position: 'Standpunkt', pro: 'For', con: 'Mot', consequence: 'Konsekvens' },
  headings: {
    ambitions: 'Politiske ambisjonar',
    planbehov: 'Planbehov',
    arguments: 'Argument',
    norms: 'Spelereglar',
    positions: 'Standpunkt',
    syntheses: 'Samanfatningar',
    conflicts: 'Konfliktregister',
    consent: 'Samtykkesjekk',
    problemType: 'Type problem',
    unplaced: 'Utan år i perioden',
  },
};

const en: Terms = {
  role: { folkevalgt: 'Elected member', administrasjon: 'Administration', annen: 'Other' },
  roles: { folkevalgt: 'Elected members', administrasjon: 'Administration', annen: 'Others' },
  facilitator: 'Facilitator',
  decisions: {
    continue: 'Continue',
    revise: 'Revise',
    new: 'New',
    drop: 'Drop',
    unsure: "Don't know",
  },
  plan: {
    type: 'Plan type',
    proposal: "Administration's proposal",
    startYear: 'Start',
    points: 'Priority points',
  },
  problemTypes: { tame: 'Tame', complex: 'Complex', wicked: 'Wicked' },
  consentSteps: {
    s1: 'Fully agree',
    s2: 'Agree',
    s3: 'Can live with it',
    s4: 'Disagree, but will not block',
    s5: 'Cannot accept',
  },
  conflictHandling: {
    more_knowledge: 'More knowledge needed',
    split_question: 'Split the question',
    vote: 'Vote',
    political_process: 'Leave to the political process',
    minority_view: 'Record the minority view',
  },
  conflictStatus: { open: 'Open', in_progress: 'In progress', resolved: 'Resolved' },
  conflictFields: { between: 'Between', note: 'Note', handling: 'Handling', status: 'Status' },
  entryKinds: { position: 'Position', pro: 'For', con: 'Against', consequence: 'Consequence' },
  headings: {
    ambitions: 'Political ambitions',
    planbehov: 'Planning needs',
    arguments: 'Arguments',
    norms: 'Ground rules',
    positions: 'Positions',
    syntheses: 'Syntheses',
    conflicts: 'Conflict register',
    consent: 'Consent check',
    problemType: 'Type of problem',
    unplaced: 'No year in the period',
  },
};

/** The shared words, by language. */
export const TERMS: Readonly<Record<Language, Terms>> = { nb, nn, en };
