import type { FeatureLocales } from '../../i18n/localeShape';

const nb = {
  joinHeading: 'Bli med',
  joinHow: 'Gå til',
  codeLabel: 'Kode',
  qrLabel: 'QR-kode som åpner {{url}}',
  pages: {
    range: '{{label}} {{from}}–{{to}} av {{count}}',
    held: 'holdt av prosesslederen',
  },
};

export const projectorLocales: FeatureLocales<typeof nb> = {
  nb,
  nn: {
    joinHeading: 'Bli med',
    joinHow: 'Gå til',
    codeLabel: 'Kode',
    qrLabel: 'QR-kode som opnar {{url}}',
    pages: {
      range: '{{label}} {{from}}–{{to}} av {{count}}',
      held: 'halde av prosessleiaren',
    },
  },
  en: {
    joinHeading: 'Join',
    joinHow: 'Go to',
    codeLabel: 'Code',
    qrLabel: 'QR code that opens {{url}}',
    pages: {
      range: '{{label}} {{from}}–{{to}} of {{count}}',
      held: 'held by the facilitator',
    },
  },
};
