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
  },
  en: {
    dialogClose: 'Close dialog',
    loading: 'Loading',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    cancel: 'Cancel',
  },
};
