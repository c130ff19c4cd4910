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
  start: {
    title: 'Samskap',
    lead: 'Samskap is a tool for co-creation seminars in the municipal council: elected members and the administration work together on political ambitions, planning needs and arguments, live on tablets and the big screen.',
  },
  join: {
    heading: 'Join a workshop',
    codeLabel: 'Workshop code',
    codeDescription: 'Six characters. You will find the code on the big screen in the room.',
    submit: 'Join',
    errors: {
      empty: 'Enter the code from the big screen.',
      length: 'The code has 6 characters, but you have typed {{length}}.',
      characters:
        'The code cannot contain {{characters}}. It uses the letters A–Z (except I, L and O) and the digits 2–9.',
    },
  },
  lookup: {
    title: 'Looking up the workshop',
    body: 'We are looking up the workshop with the code {{code}}.',
    busy: 'Searching',
    invalidTitle: 'Invalid code',
    invalidBody: '“{{code}}” is not a valid workshop code.',
    back: 'Back to the start page',
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
    pending_one: '{{count}} change not synced',
    pending_other: '{{count}} changes not synced',
  },
};
