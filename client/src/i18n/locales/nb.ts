/**
 * Bokmål: the default language and the source of truth for translation keys. `nn.ts` and
 * `en.ts` are typed from this file, so a key missing there fails the type check.
 */
export const nb = {
  app: {
    name: 'Samskap',
  },
  language: {
    label: 'Språk',
    names: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  },
  start: {
    title: 'Samskap',
    lead: 'Samskap er et verktøy for samskapingsseminar i kommunestyret: folkevalgte og administrasjonen jobber sammen om politiske ambisjoner, planbehov og argumenter, i sanntid på nettbrett og storskjerm.',
  },
  join: {
    heading: 'Bli med i et verksted',
    codeLabel: 'Verkstedkode',
    codeDescription: 'Seks tegn. Du finner koden på storskjermen i salen.',
    submit: 'Bli med',
    errors: {
      empty: 'Skriv inn koden fra storskjermen.',
      length: 'Koden skal ha 6 tegn, men du har skrevet {{length}}.',
      characters:
        'Koden kan ikke inneholde {{characters}}. Den består av bokstavene A–Z (uten I, L og O) og tallene 2–9.',
    },
  },
  lookup: {
    title: 'Ser etter verkstedet',
    body: 'Vi ser etter verkstedet med koden {{code}}.',
    busy: 'Søker',
    invalidTitle: 'Ugyldig kode',
    invalidBody: '«{{code}}» er ikke en gyldig verkstedkode.',
    back: 'Tilbake til startsiden',
  },
  notFound: {
    title: 'Fant ikke siden',
    body: 'Adressen {{path}} finnes ikke i Samskap.',
    back: 'Tilbake til startsiden',
  },
  connection: {
    online: 'Tilkoblet',
    connecting: 'Kobler til igjen …',
    offline: 'Frakoblet',
    pending_one: '{{count}} endring ikke synkronisert',
    pending_other: '{{count}} endringer ikke synkronisert',
  },
};

/** The shape every locale must have: the same keys as bokmål, any strings. */
export type LocaleShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]>;
};

export type Messages = LocaleShape<typeof nb>;
