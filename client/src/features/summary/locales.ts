import type { FeatureLocales } from '../../i18n/localeShape';

/** The summary phase's frame; its content comes worded from the server (the outcome's words). */
const nb = {
  loading: 'Henter oppsummeringen …',
  failed: 'Fikk ikke hentet oppsummeringen.',
  page: 'Del {{page}} av {{count}}',
};

export const summaryLocales: FeatureLocales<typeof nb> = {
  nb,
  nn: {
    loading: 'Hentar oppsummeringa …',
    failed: 'Fekk ikkje henta oppsummeringa.',
    page: 'Del {{page}} av {{count}}',
  },
  en: {
    loading: 'Loading the summary …',
    failed: 'Could not load the summary.',
    page: 'Part {{page}} of {{count}}',
  },
};
