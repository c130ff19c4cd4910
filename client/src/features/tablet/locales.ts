import type { FeatureLocales } from '../../i18n/localeShape';

const nb = {
  notJoined: {
    title: 'Du er ikke med i dette verkstedet',
    body: 'Dette nettbrettet har ikke blitt med i verkstedet. Skriv inn koden fra storskjermen for å bli med.',
  },
  statusLabel: 'Verkstedstatus',
  yourTable: 'Ditt bord',
  youAre: 'Du deltar som',
  mode: 'Arbeidsform',
};

export const tabletLocales: FeatureLocales<typeof nb> = {
  nb,
  nn: {
    notJoined: {
      title: 'Du er ikkje med i denne verkstaden',
      body: 'Dette nettbrettet har ikkje vorte med i verkstaden. Skriv inn koden frå storskjermen for å bli med.',
    },
    statusLabel: 'Verkstadstatus',
    yourTable: 'Bordet ditt',
    youAre: 'Du deltek som',
    mode: 'Arbeidsform',
  },
  en: {
    notJoined: {
      title: 'You have not joined this workshop',
      body: 'This tablet has not joined the workshop. Enter the code from the big screen to join.',
    },
    statusLabel: 'Workshop status',
    yourTable: 'Your table',
    youAre: 'You take part as',
    mode: 'Way of working',
  },
};
