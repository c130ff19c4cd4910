import type { ConsentErrorCode } from '@samskap/shared/errors';
import type { FeatureLocales } from '../../i18n/localeShape';
import { TERMS } from '@samskap/shared/terms';

/** Consent checks: the five-step scale, answering, results and the facilitator's controls. */
const nb = {
  scale: { ...TERMS.nb.consentSteps },
  heading: TERMS.nb.headings.consent,
  answered_one: '{{count}} har svart',
  answered_other: '{{count}} har svart',
  status: {
    open: 'Åpen for svar',
    closed: 'Lukket',
    revealed: 'Resultatet vises',
  },
  answer: {
    legend: 'Hva mener du om dette?',
    yours: 'Ditt svar: {{label}}',
    none: 'Du har ikke svart ennå.',
    closed: 'Sjekken er lukket: svar kan ikke endres.',
    closedNone: 'Du svarte ikke.',
    saving: 'Lagrer svaret …',
  },
  result: {
    heading: 'Resultat',
    hidden: 'Resultatet vises når prosesslederen viser det.',
    all_one: 'Alle ({{count}} svar)',
    all_other: 'Alle ({{count}} svar)',
    byRole: 'Etter rolle',
    role_one: '{{role}} ({{count}} svar)',
    role_other: '{{role}} ({{count}} svar)',
    tooFew: '{{role}}: for få svar til å vise egen fordeling (færre enn {{min}})',
    merged:
      '{{role}}: vises ikke for seg, for da ville svarene til de andre (færre enn {{min}}) kunne leses ut av «Alle».',
    withheld:
      'For få svar til å vise resultatet (færre enn {{min}}): da kunne enkeltes svar leses ut.',
    bar: '{{label}}: {{count}}',
    consent: 'Ingen blokkerer: det er samtykke.',
    blocked_one: '{{count}} kan ikke godta: det er ikke samtykke.',
    blocked_other: '{{count}} kan ikke godta: det er ikke samtykke.',
  },
  controls: {
    none: 'Ingen samtykkesjekk ennå.',
    start: 'Start samtykkesjekk',
    close: 'Lukk for svar',
    reopen: 'Spør på nytt (ny sjekk)',
    reveal: 'Vis resultatet',
    hide: 'Skjul resultatet',
    revealHint: 'Lukk sjekken før du viser resultatet.',
  },
  errors: {
    check_closed: 'Sjekken er lukket. Svaret ble ikke lagret.',
    check_not_closed: 'Lukk sjekken før du viser resultatet.',
    check_not_found: 'Samtykkesjekken finnes ikke lenger.',
    too_many_checks: 'Verkstedet har nådd grensen for antall samtykkesjekker.',
  } satisfies Record<ConsentErrorCode, string>,
};

export const consentLocales: FeatureLocales<typeof nb> = {
  nb,
  nn: {
    scale: { ...TERMS.nn.consentSteps },
    heading: TERMS.nn.headings.consent,
    answered_one: '{{count}} har svart',
    answered_other: '{{count}} har svart',
    status: {
      open: 'Open for svar',
      closed: 'Lukka',
      revealed: 'Resultatet blir vist',
    },
    answer: {
      legend: 'Kva meiner du om dette?',
      yours: 'Svaret ditt: {{label}}',
      none: 'Du har ikkje svart enno.',
      closed: 'Sjekken er lukka: svar kan ikkje endrast.',
      closedNone: 'Du svarte ikkje.',
      saving: 'Lagrar svaret …',
    },
    result: {
      heading: 'Resultat',
      hidden: 'Resultatet blir vist når prosessleiaren viser det.',
      all_one: 'Alle ({{count}} svar)',
      all_other: 'Alle ({{count}} svar)',
      byRole: 'Etter rolle',
      role_one: '{{role}} ({{count}} svar)',
      role_other: '{{role}} ({{count}} svar)',
      tooFew: '{{role}}: for få svar til å vise eiga fordeling (færre enn {{min}})',
      merged:
        '{{role}}: blir ikkje vist for seg, for då kunne svara til dei andre (færre enn {{min}}) lesast ut av «Alle».',
      withheld:
        'For få svar til å vise resultatet (færre enn {{min}}): då kunne svaret til einskilde lesast ut.',
      bar: '{{label}}: {{count}}',
      consent: 'Ingen blokkerer: det er samtykke.',
      blocked_one: '{{count}} kan ikkje godta: det er ikkje samtykke.',
      blocked_other: '{{count}} kan ikkje godta: det er ikkje samtykke.',
    },
    controls: {
      none: 'Ingen samtykkesjekk enno.',
      start: 'Start samtykkesjekk',
      close: 'Lukk for svar',
      reopen: 'Spør på nytt (ny sjekk)',
      reveal: 'Vis resultatet',
      hide: 'Skjul resultatet',
      revealHint: 'Lukk sjekken før du viser resultatet.',
    },
    errors: {
      check_closed: 'Sjekken er lukka. Svaret vart ikkje lagra.',
      check_not_closed: 'Lukk sjekken før du viser resultatet.',
      check_not_found: 'Samtykkesjekken finst ikkje lenger.',
      too_many_checks: 'Verkstaden har nådd grensa for talet på samtykkesjekkar.',
    },
  },
  en: {
    scale: { ...TERMS.en.consentSteps },
    heading: TERMS.en.headings.consent,
    answered_one: '{{count}} has answered',
    answered_other: '{{count}} have answered',
    status: {
      open: 'Open for answers',
      closed: 'Closed',
      revealed: 'Result shown',
    },
    answer: {
      legend: 'What do you think of this?',
      yours: 'Your answer: {{label}}',
      none: 'You have not answered yet.',
      closed: 'The check is closed: answers cannot be changed.',
      closedNone: 'You did not answer.',
      saving: 'Saving your answer …',
    },
    result: {
      heading: 'Result',
      hidden: 'The result is shown when the facilitator reveals it.',
      all_one: 'Everyone ({{count}} answer)',
      all_other: 'Everyone ({{count}} answers)',
      byRole: 'By role',
      role_one: '{{role}} ({{count}} answer)',
      role_other: '{{role}} ({{count}} answers)',
      tooFew: '{{role}}: too few answers to split out (fewer than {{min}})',
      merged:
        '{{role}}: not shown on their own, as the other answers (fewer than {{min}}) could then be read off "Everyone".',
      withheld:
        'Too few answers to show the result (fewer than {{min}}): single answers could be read off.',
      bar: '{{label}}: {{count}}',
      consent: 'Nobody blocks: there is consent.',
      blocked_one: '{{count}} cannot accept: there is no consent.',
      blocked_other: '{{count}} cannot accept: there is no consent.',
    },
    controls: {
      none: 'No consent check yet.',
      start: 'Start consent check',
      close: 'Close for answers',
      reopen: 'Ask again (new check)',
      reveal: 'Reveal the result',
      hide: 'Hide the result',
      revealHint: 'Close the check before revealing the result.',
    },
    errors: {
      check_closed: 'The check is closed. Your answer was not saved.',
      check_not_closed: 'Close the check before revealing the result.',
      check_not_found: 'The consent check no longer exists.',
      too_many_checks: 'The workshop has reached its limit of consent checks.',
    },
  },
};
