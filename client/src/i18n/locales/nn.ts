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
  notFound: {
    title: 'Fann ikkje sida',
    body: 'Adressa {{path}} finst ikkje i Samskap.',
    back: 'Tilbake til startsida',
  },
  connection: {
    online: 'Tilkopla',
    connecting: 'Koplar til att …',
    offline: 'Fråkopla',
    pending_one: 'Endringar ikkje lagra enno',
    pending_other: 'Endringar ikkje lagra enno',
  },
};
