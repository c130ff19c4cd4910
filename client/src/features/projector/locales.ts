import type { FeatureLocales } from '../../i18n/localeShape';

const nb = {
  joinHeading: 'Bli med',
  joinHow: 'Gå til',
  codeLabel: 'Kode',
  qrLabel: 'QR-kode som åpner {{url}}',
};

export const projectorLocales: FeatureLocales<typeof nb> = {
  nb,
  nn: {
    joinHeading: 'Bli med',
    joinHow: 'Gå til',
    codeLabel: 'Kode',
    qrLabel: 'QR-kode som opnar {{url}}',
  },
  en: {
    joinHeading: 'Join',
    joinHow: 'Go to',
    codeLabel: 'Code',
    qrLabel: 'QR code that opens {{url}}',
  },
};
