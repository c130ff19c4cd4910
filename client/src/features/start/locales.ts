import type { FeatureLocales } from '../../i18n/localeShape';

const nb = {
  title: 'Samskap',
  lead: 'Samskap er et verktøy for samskapingsseminar i kommunestyret: folkevalgte og administrasjonen jobber sammen om politiske ambisjoner, planbehov og argumenter, i sanntid på nettbrett og storskjerm.',
  facilitatorHeading: 'For prosessledere',
  facilitatorBody:
    'Forbered et seminar: agenda, bord, satsingsområder og mål. Du får en lenke til konsollen, en til storskjermen og en kode deltakerne bruker.',
  create: 'Opprett verksted',
};

export const startLocales: FeatureLocales<typeof nb> = {
  nb,
  nn: {
    title: 'Samskap',
    lead: 'Samskap er eit verktøy for samskapingsseminar i kommunestyret: folkevalde og administrasjonen arbeider saman om politiske ambisjonar, planbehov og argument, i sanntid på nettbrett og storskjerm.',
    facilitatorHeading: 'For prosessleiarar',
    facilitatorBody:
      'Førebu eit seminar: agenda, bord, satsingsområde og mål. Du får ei lenkje til konsollen, ei til storskjermen og ein kode deltakarane bruker.',
    create: 'Opprett verkstad',
  },
  en: {
    title: 'Samskap',
    lead: 'Samskap is a tool for co-creation seminars in the municipal council: elected members and the administration work together on political ambitions, planning needs and arguments, live on tablets and the big screen.',
    facilitatorHeading: 'For facilitators',
    facilitatorBody:
      'Prepare a seminar: agenda, tables, focus areas and goals. You get a link to the console, one to the big screen and a code for participants.',
    create: 'Create a workshop',
  },
};
