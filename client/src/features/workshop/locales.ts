import type { FeatureLocales } from '../../i18n/localeShape';
import { TERMS } from '@samskap/shared/terms';

/** Words every workshop screen shares: roles, modes, phase, timer, attendance, access. */
const nb = {
  roles: { ...TERMS.nb.role },
  rolesPlural: { ...TERMS.nb.roles },
  mode: { plenary: 'Plenum', tables: 'Arbeid ved bordene' },
  modeHint: {
    plenary: 'Alle følger med på storskjermen.',
    tables: 'Arbeid sammen ved bordet ditt.',
  },
  phase: {
    counter: 'Fase {{number}} av {{total}}',
    current: 'Nåværende fase',
  },
  timer: {
    label: 'Tid igjen',
    overtimeLabel: 'Over tiden',
    paused: 'Pause',
  },
  attendance: {
    heading: 'Hvem er her',
    connected: '{{connected}} av {{total}} tilkoblet',
    byRole: 'Etter rolle',
    byTable: 'Etter bord',
    tableCount_one: '{{count}} deltaker',
    tableCount_other: '{{count}} deltakere',
  },
  activities: {
    heading: 'Aktiviteter',
    free: 'Fri fase',
    ambitions: 'Politiske ambisjoner',
    planbehov: 'Planbehov',
    arguments: 'Argumenter',
    oppdrag: 'HØP-oppdrag',
    rundebord: 'Rundebordet',
    summary: 'Oppsummering',
    evaluering: 'Tilbakemelding',
  },
  content: {
    heading: 'Innhold i fasen',
    placeholder: 'Innholdet i denne fasen vises her.',
  },
  locked: {
    title: 'Innspill er låst',
    body: 'Prosesslederen har låst innspill. Du kan lese, men ikke skrive.',
  },
  archived: {
    title: 'Verkstedet er avsluttet',
    body: 'Dette er et arkiv: alt kan leses, ingenting kan endres.',
  },
  ended: {
    title: 'Tilgangen din er avsluttet',
    removed:
      'Prosesslederen har tatt deg ut av verkstedet. Vil du være med igjen, bruker du koden på storskjermen.',
    unknown_token: 'Lenken eller innloggingen på denne enheten er ikke gyldig (lenger).',
    forbidden: 'Denne lenken gir ikke tilgang til verkstedet.',
    not_found: 'Fant ikke verkstedet.',
    back: 'Bli med i et verksted',
  },
  loading: 'Kobler til verkstedet',
  noToken: {
    title: 'Lenken mangler tilgangsnøkkelen',
    body: 'Åpne hele lenken du fikk da verkstedet ble opprettet, med delen etter #.',
  },
  liveReconnecting: 'Mistet kontakten med verkstedet. Kobler til igjen …',
};

export const workshopLocales: FeatureLocales<typeof nb> = {
  nb,
  nn: {
    roles: { ...TERMS.nn.role },
    rolesPlural: { ...TERMS.nn.roles },
    mode: { plenary: 'Plenum', tables: 'Arbeid ved borda' },
    modeHint: {
      plenary: 'Alle følgjer med på storskjermen.',
      tables: 'Arbeid saman ved bordet ditt.',
    },
    phase: {
      counter: 'Fase {{number}} av {{total}}',
      current: 'Noverande fase',
    },
    timer: {
      label: 'Tid att',
      overtimeLabel: 'Over tida',
      paused: 'Pause',
    },
    attendance: {
      heading: 'Kven er her',
      connected: '{{connected}} av {{total}} tilkopla',
      byRole: 'Etter rolle',
      byTable: 'Etter bord',
      tableCount_one: '{{count}} deltakar',
      tableCount_other: '{{count}} deltakarar',
    },
    activities: {
      heading: 'Aktivitetar',
      free: 'Fri fase',
      ambitions: 'Politiske ambisjonar',
      planbehov: 'Planbehov',
      arguments: 'Argument',
      oppdrag: 'HØP-oppdrag',
      rundebord: 'Rundebordet',
      summary: 'Oppsummering',
      evaluering: 'Tilbakemelding',
    },
    content: {
      heading: 'Innhald i fasen',
      placeholder: 'Innhaldet i denne fasen blir vist her.',
    },
    locked: {
      title: 'Innspel er låste',
      body: 'Prosessleiaren har låst innspel. Du kan lese, men ikkje skrive.',
    },
    archived: {
      title: 'Verkstaden er avslutta',
      body: 'Dette er eit arkiv: alt kan lesast, ingenting kan endrast.',
    },
    ended: {
      title: 'Tilgangen din er avslutta',
      removed:
        'Prosessleiaren har teke deg ut av verkstaden. Vil du vere med igjen, bruker du koden på storskjermen.',
      unknown_token: 'Lenkja eller innlogginga på denne eininga er ikkje gyldig (lenger).',
      forbidden: 'Denne lenkja gir ikkje tilgang til verkstaden.',
      not_found: 'Fann ikkje verkstaden.',
      back: 'Bli med i ein verkstad',
    },
    loading: 'Koplar til verkstaden',
    noToken: {
      title: 'Lenkja manglar tilgangsnøkkelen',
      body: 'Opne heile lenkja du fekk då verkstaden vart oppretta, med delen etter #.',
    },
    liveReconnecting: 'Miste kontakten med verkstaden. Koplar til igjen …',
  },
  en: {
    roles: { ...TERMS.en.role },
    rolesPlural: { ...TERMS.en.roles },
    mode: { plenary: 'Plenary', tables: 'Work at the tables' },
    modeHint: {
      plenary: 'Everyone follows the big screen.',
      tables: 'Work together at your table.',
    },
    phase: {
      counter: 'Phase {{number}} of {{total}}',
      current: 'Current phase',
    },
    timer: {
      label: 'Time left',
      overtimeLabel: 'Over time',
      paused: 'Paused',
    },
    attendance: {
      heading: 'Who is here',
      connected: '{{connected}} of {{total}} connected',
      byRole: 'By role',
      byTable: 'By table',
      tableCount_one: '{{count}} participant',
      tableCount_other: '{{count}} participants',
    },
    activities: {
      heading: 'Activities',
      free: 'Open phase',
      ambitions: 'Political ambitions',
      planbehov: 'Planning needs',
      arguments: 'Arguments',
      oppdrag: 'Budget plan assignments (HØP)',
      rundebord: 'Round table',
      summary: 'Summary',
      evaluering: 'Feedback',
    },
    content: {
      heading: 'Content of the phase',
      placeholder: 'The content of this phase appears here.',
    },
    locked: {
      title: 'Input is locked',
      body: 'The facilitator has locked input. You can read, but not write.',
    },
    archived: {
      title: 'The workshop has ended',
      body: 'This is an archive: everything can be read, nothing can be changed.',
    },
    ended: {
      title: 'Your access has ended',
      removed:
        'The facilitator has removed you from the workshop. To take part again, use the code on the big screen.',
      unknown_token: 'The link or the sign-in on this device is not valid (any more).',
      forbidden: 'This link does not give access to the workshop.',
      not_found: 'The workshop was not found.',
      back: 'Join a workshop',
    },
    loading: 'Connecting to the workshop',
    noToken: {
      title: 'The link is missing its access key',
      body: 'Open the whole link you were given when the workshop was created, including the part after #.',
    },
    liveReconnecting: 'Lost contact with the workshop. Reconnecting…',
  },
};
