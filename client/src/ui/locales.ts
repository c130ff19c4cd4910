import type { FeatureLocales } from '../i18n/localeShape';

/**
 * Labels Designsystemet's components carry in bokmål only (the dialog's close button, the
 * spinner): every use passes these instead, so nynorsk and English readers hear their language.
 */
const nb = {
  dialogClose: 'Lukk dialogvindu',
  loading: 'Laster',
  copy: 'Kopier',
  copied: 'Kopiert',
  copyFailed: 'Kunne ikke kopiere. Merk teksten og kopier den selv.',
  cancel: 'Avbryt',
  offline: {
    title: 'Uten nett',
    body: 'Nettbrettet har ikke kontakt med serveren. Det du skriver, lagres på nettbrettet og sendes når nettet er tilbake.',
    waits:
      'Venter på nett: stemmer og svar teller først når serveren har fått dem, så de kan ikke gis uten nett.',
  },
  update: {
    body: 'En ny versjon av Samskap er klar. Det du har skrevet, blir tatt vare på.',
    action: 'Oppdater nå',
    later: 'Senere',
  },
};

export const uiLocales: FeatureLocales<typeof nb> = {
  nb,
  nn: {
    dialogClose: 'Lukk dialogvindauget',
    loading: 'Lastar',
    copy: 'Kopier',
    copied: 'Kopiert',
    copyFailed: 'Kunne ikkje kopiere. Merk teksten og kopier han sjølv.',
    cancel: 'Avbryt',
    offline: {
      title: 'Utan nett',
      body: 'Nettbrettet har ikkje kontakt med serveren. Det du skriv, blir lagra på nettbrettet og sendt når nettet er tilbake.',
      waits:
        'Ventar på nett: røyster og svar tel først når serveren har fått dei, så dei kan ikkje givast utan nett.',
    },
    update: {
      body: 'Ein ny versjon av Samskap er klar. Det du har skrive, blir teke vare på.',
      action: 'Oppdater no',
      later: 'Seinare',
    },
  },
  en: {
    dialogClose: 'Close dialog',
    loading: 'Loading',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    cancel: 'Cancel',
    offline: {
      title: 'Offline',
      body: 'This tablet cannot reach the server. What you write is kept on the tablet and sent when the network is back.',
      waits:
        'Waiting for the network: votes and answers count only once the server has them, so they cannot be given offline.',
    },
    update: {
      body: 'A new version of Samskap is ready. What you have written is kept.',
      action: 'Update now',
      later: 'Later',
    },
  },
};
