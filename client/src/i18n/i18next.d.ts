import type { nb } from './locales/nb';

// Types `t()` keys from the bokmål file: an unknown key is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb };
  }
}
