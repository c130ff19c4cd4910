import type { Messages } from './nb';

/** English. */
export const en: Messages = {
  app: {
    name: 'Samskap',
  },
  language: {
    label: 'Language',
    names: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  },
  notFound: {
    title: 'Page not found',
    body: 'The address {{path}} does not exist in Samskap.',
    back: 'Back to the start page',
  },
  connection: {
    online: 'Online',
    connecting: 'Reconnecting…',
    offline: 'Offline',
    pending_one: 'Changes not yet saved',
    pending_other: 'Changes not yet saved',
  },
};
