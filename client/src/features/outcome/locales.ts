import type { FeatureLocales } from '../../i18n/localeShape';

const nb = {
  heading: 'Resultat og arkiv',
  lead: 'Lages på serveren fra det som er lagret. Avstemninger og samtykkesjekker står som rådgivende, med samlede tall.',
  docx: 'Last ned Word (DOCX)',
  pdf: 'Last ned PDF/A',
  markdown: 'Last ned Markdown',
  export: 'Eksporter hele verkstedet (JSON)',
  exportHint: 'Sikkerhetskopi, eller for å flytte verkstedet til en annen installasjon.',
  busy: 'Lager filen …',
  done: 'Lastet ned: {{name}}',
  failed: 'Kunne ikke lage filen.',
  restore: {
    heading: 'Gjenopprett et verksted fra en eksportfil',
    hint: 'Velg en JSON-fil eksportert fra Samskap. Den blir et nytt, skrivebeskyttet arkiv med nye lenker.',
    file: 'Eksportfil (JSON)',
    busy: 'Leser filen …',
    failed: 'Filen ble ikke importert, og ingenting er endret.',
  },
};

export type OutcomeMessages = typeof nb;

export const outcomeLocales: FeatureLocales<OutcomeMessages> = {
  nb,
  nn: {
    heading: 'Resultat og arkiv',
    lead: 'Blir laga på serveren frå det som er lagra. Avstemmingar og samtykkesjekkar står som rådgivande, med samla tal.',
    docx: 'Last ned Word (DOCX)',
    pdf: 'Last ned PDF/A',
    markdown: 'Last ned Markdown',
    export: 'Eksporter heile verkstaden (JSON)',
    exportHint: 'Tryggleikskopi, eller for å flytte verkstaden til ein annan installasjon.',
    busy: 'Lagar fila …',
    done: 'Lasta ned: {{name}}',
    failed: 'Kunne ikkje lage fila.',
    restore: {
      heading: 'Gjenopprett ein verkstad frå ei eksportfil',
      hint: 'Vel ei JSON-fil eksportert frå Samskap. Ho blir eit nytt, skriveverna arkiv med nye lenker.',
      file: 'Eksportfil (JSON)',
      busy: 'Les fila …',
      failed: 'Fila vart ikkje importert, og ingenting er endra.',
    },
  },
  en: {
    heading: 'Outcome and archive',
    lead: 'Generated on the server from what is stored. Votes and consent checks appear as advisory, in aggregate.',
    docx: 'Download Word (DOCX)',
    pdf: 'Download PDF/A',
    markdown: 'Download Markdown',
    export: 'Export the whole workshop (JSON)',
    exportHint: 'A backup, or to move the workshop to another installation.',
    busy: 'Making the file …',
    done: 'Downloaded: {{name}}',
    failed: 'The file could not be made.',
    restore: {
      heading: 'Restore a workshop from an export file',
      hint: 'Choose a JSON file exported from Samskap. It becomes a new, read-only archive with new links.',
      file: 'Export file (JSON)',
      busy: 'Reading the file …',
      failed: 'The file was not imported, and nothing has changed.',
    },
  },
};
