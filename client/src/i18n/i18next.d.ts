import type { AppMessages } from './resources';

// Types `t()` keys from the bokmål messages: an unknown key is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AppMessages };
  }
}
