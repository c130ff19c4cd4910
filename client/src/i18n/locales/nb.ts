import type { LocaleShape } from '../localeShape';

/**
 * Bokmål strings the whole app shares (the frame, languages, connection state). Each feature
 * keeps its own strings in `features/<feature>/locales.ts`; `../resources.ts` joins them.
 * `nn.ts` and `en.ts` are typed from this file, so a key missing there fails the type check.
 */
export const nb = {
  app: {
    name: 'Samskap',
  },
  language: {
    label: 'Språk',
    names: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
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
    pending_one: 'Endringer ikke lagret ennå',
    pending_other: 'Endringer ikke lagret ennå',
  },
};

export type Messages = LocaleShape<typeof nb>;
