import type { Messages } from './nb';

/** Nynorsk. */
export const nn: Messages = {
  app: {
    name: 'Samskap',
  },
  language: {
    label: 'Språk',
    names: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  },
  start: {
    title: 'Samskap',
    lead: 'Samskap er eit verktøy for samskapingsseminar i kommunestyret: folkevalde og administrasjonen arbeider saman om politiske ambisjonar, planbehov og argument, i sanntid på nettbrett og storskjerm.',
  },
  join: {
    heading: 'Bli med i eit verkstad',
    codeLabel: 'Verkstadkode',
    codeDescription: 'Seks teikn. Du finn koden på storskjermen i salen.',
    submit: 'Bli med',
    errors: {
      empty: 'Skriv inn koden frå storskjermen.',
      length: 'Koden skal ha 6 teikn, men du har skrive {{length}}.',
      characters:
        'Koden kan ikkje innehalde {{characters}}. Han består av bokstavane A–Z (utan I, L og O) og tala 2–9.',
    },
  },
  lookup: {
    title: 'Ser etter verkstaden',
    body: 'Vi ser etter verkstaden med koden {{code}}.',
    busy: 'Søkjer',
    invalidTitle: 'Ugyldig kode',
    invalidBody: '«{{code}}» er ikkje ein gyldig verkstadkode.',
    back: 'Tilbake til startsida',
  },
  notFound: {
    title: 'Fann ikkje sida',
    body: 'Adressa {{path}} finst ikkje i Samskap.',
    back: 'Tilbake til startsida',
  },
  connection: {
    online: 'Tilkopla',
    connecting: 'Koplar til att …',
    offline: 'Fråkopla',
    pending_one: '{{count}} endring ikkje synkronisert',
    pending_other: '{{count}} endringar ikkje synkroniserte',
  },
};
