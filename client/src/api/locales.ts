import type { CommonErrorCode, TransferErrorCode, WorkshopErrorCode } from '@samskap/shared/errors';
import type { FeatureLocales } from '../i18n/localeShape';

/** The codes worded here; each activity words its own (a missing one fails the typecheck). */
export type GeneralErrorCode = CommonErrorCode | WorkshopErrorCode | TransferErrorCode;

const nb = {
  unknown_code: 'Ingen verksted har denne koden. Sjekk koden på storskjermen.',
  workshop_ended: 'Dette verkstedet er avsluttet og kan ikke lenger brukes.',
  input_locked: 'Prosesslederen har låst innspill.',
  table_full: 'Bordet er fullt. Velg et annet bord, eller la oss finne plass til deg.',
  workshop_full: 'Alle bordene er fulle. Si fra til prosesslederen.',
  unknown_table: 'Bordet finnes ikke i dette verkstedet.',
  too_many_attempts: 'For mange feil koder fra dette nettverket. Vent et minutt og prøv igjen.',
  too_many_workshops: 'For mange nye verksteder fra dette nettverket. Vent litt og prøv igjen.',
  join_codes_paused:
    'Det er prøvd for mange feil koder mot denne serveren akkurat nå. Vent et minutt og prøv igjen.',
  creation_paused:
    'Serveren har laget for mange nye verksteder akkurat nå. Vent litt og prøv igjen.',
  unknown_token: 'Lenken er ikke gyldig (lenger).',
  unauthenticated: 'Lenken mangler tilgangsnøkkelen. Bruk hele lenken du fikk.',
  participant_removed: 'Prosesslederen har tatt deg ut av verkstedet.',
  forbidden: 'Denne lenken gir ikke tilgang til dette.',
  workshop_not_found: 'Fant ikke verkstedet.',
  table_in_use: 'Et bord du fjernet har fortsatt deltakere. Flytt dem først.',
  phase_started:
    'Fase {{number}} har begynt: den kan ikke fjernes eller flyttes, og ingen fase kan settes foran den. Endre navn og minutter, eller endre fasene etter den.',
  phase_running: 'Fase {{number}} pågår: gå til en annen fase før du endrer aktiviteten i den.',
  activity_in_use: 'En aktivitet med lagret arbeid må beholde minst én fase i agendaen.',
  activity_in_use_planbehov:
    'Det er stemt over planbehov: behold minst én fase med aktiviteten Planbehov.',
  activity_in_use_arguments:
    'Argumentkartet har innspill: behold minst én fase med aktiviteten Argumenter.',
  activity_in_use_ambitions:
    'Ambisjonene har svar på samtykkesjekk: behold minst én fase med aktiviteten Politiske ambisjoner.',
  no_such_phase: 'Agendaen har ingen slik fase.',
  room_unavailable: 'Innholdet i verkstedet kan ikke åpnes akkurat nå. Prøv igjen om litt.',
  unappliable_update: 'En endring kunne ikke tas inn og ble ikke lagret.',
  participant_not_found: 'Deltakeren er ikke lenger med i verkstedet.',
  too_large: 'Det du sendte er for stort.',
  invalid_input: 'Noe av det du skrev er ikke gyldig ({{field}}).',
  displayName: 'Navnet kan ha høyst {{max}} tegn.',
  party: 'Partinavnet kan ha høyst {{max}} tegn.',
  network: 'Fikk ikke kontakt med serveren. Sjekk nettverket og prøv igjen.',
  import_invalid: 'Filen er ikke en gyldig Samskap-eksport ({{field}}). Ingenting er endret.',
  bad_request: 'Serveren forsto ikke forespørselen. Last siden på nytt og prøv igjen.',
  not_found: 'Fant ikke det du ba om.',
  internal: 'Noe gikk galt på serveren. Prøv igjen om litt.',
  storage_failed: 'Serveren fikk ikke lagret. Prøv igjen om litt.',
  unexpected: 'Noe gikk galt hos oss. Prøv igjen.',
  file_too_large: 'Filen er større enn {{mib}} MiB. Ingenting er endret.',
} satisfies Record<GeneralErrorCode, string> & Record<string, string>;

/** The words for the server's error codes (`{ error: { code, field } }`). */
export const apiErrorLocales: FeatureLocales<typeof nb> = {
  nb,
  nn: {
    unknown_code: 'Ingen verkstad har denne koden. Sjekk koden på storskjermen.',
    workshop_ended: 'Denne verkstaden er avslutta og kan ikkje brukast lenger.',
    input_locked: 'Prosessleiaren har låst innspel.',
    table_full: 'Bordet er fullt. Vel eit anna bord, eller la oss finne plass til deg.',
    workshop_full: 'Alle borda er fulle. Sei frå til prosessleiaren.',
    unknown_table: 'Bordet finst ikkje i denne verkstaden.',
    too_many_attempts: 'For mange feil kodar frå dette nettverket. Vent eit minutt og prøv igjen.',
    too_many_workshops: 'For mange nye verkstader frå dette nettverket. Vent litt og prøv igjen.',
    join_codes_paused:
      'Det er prøvd for mange feil kodar mot denne serveren akkurat no. Vent eit minutt og prøv igjen.',
    creation_paused:
      'Serveren har laga for mange nye verkstader akkurat no. Vent litt og prøv igjen.',
    unknown_token: 'Lenkja er ikkje gyldig (lenger).',
    unauthenticated: 'Lenkja manglar tilgangsnøkkelen. Bruk heile lenkja du fekk.',
    participant_removed: 'Prosessleiaren har teke deg ut av verkstaden.',
    forbidden: 'Denne lenkja gir ikkje tilgang til dette.',
    workshop_not_found: 'Fann ikkje verkstaden.',
    table_in_use: 'Eit bord du fjerna har framleis deltakarar. Flytt dei først.',
    phase_started:
      'Fase {{number}} har byrja: han kan ikkje fjernast eller flyttast, og ingen fase kan setjast framfor han. Endra namn og minutt, eller endra fasane etter han.',
    phase_running:
      'Fase {{number}} er i gang: gå til ein annan fase før du endrar aktiviteten i han.',
    activity_in_use: 'Ein aktivitet med lagra arbeid må behalde minst éin fase i agendaen.',
    activity_in_use_planbehov:
      'Det er røysta over planbehov: behald minst éin fase med aktiviteten Planbehov.',
    activity_in_use_arguments:
      'Argumentkartet har innspel: behald minst éin fase med aktiviteten Argument.',
    activity_in_use_ambitions:
      'Ambisjonane har svar på samtykkesjekk: behald minst éin fase med aktiviteten Politiske ambisjonar.',
    no_such_phase: 'Agendaen har ingen slik fase.',
    room_unavailable: 'Innhaldet i verkstaden kan ikkje opnast akkurat no. Prøv igjen om litt.',
    unappliable_update: 'Ei endring kunne ikkje takast inn og vart ikkje lagra.',
    participant_not_found: 'Deltakaren er ikkje lenger med i verkstaden.',
    too_large: 'Det du sende er for stort.',
    invalid_input: 'Noko av det du skreiv er ikkje gyldig ({{field}}).',
    displayName: 'Namnet kan ha høgst {{max}} teikn.',
    party: 'Partinamnet kan ha høgst {{max}} teikn.',
    network: 'Fekk ikkje kontakt med serveren. Sjekk nettverket og prøv igjen.',
    import_invalid: 'Fila er ikkje ein gyldig Samskap-eksport ({{field}}). Ingenting er endra.',
    bad_request: 'Serveren forstod ikkje førespurnaden. Last sida på nytt og prøv igjen.',
    not_found: 'Fann ikkje det du bad om.',
    internal: 'Noko gjekk gale på serveren. Prøv igjen om litt.',
    storage_failed: 'Serveren fekk ikkje lagra. Prøv igjen om litt.',
    unexpected: 'Noko gjekk gale hos oss. Prøv igjen.',
    file_too_large: 'Fila er større enn {{mib}} MiB. Ingenting er endra.',
  },
  en: {
    unknown_code: 'No workshop has this code. Check the code on the big screen.',
    workshop_ended: 'This workshop has ended and can no longer be used.',
    input_locked: 'The facilitator has locked input.',
    table_full: 'That table is full. Choose another table, or let us find you a seat.',
    workshop_full: 'Every table is full. Tell the facilitator.',
    unknown_table: 'That table does not exist in this workshop.',
    too_many_attempts: 'Too many wrong codes from this network. Wait a minute and try again.',
    too_many_workshops: 'Too many new workshops from this network. Wait a while and try again.',
    join_codes_paused:
      'Too many wrong codes have been tried on this server just now. Wait a minute and try again.',
    creation_paused:
      'The server has made too many new workshops just now. Wait a while and try again.',
    unknown_token: 'This link is not valid (any more).',
    unauthenticated: 'The link is missing its access key. Use the whole link you were given.',
    participant_removed: 'The facilitator has removed you from the workshop.',
    forbidden: 'This link does not give access to that.',
    workshop_not_found: 'The workshop was not found.',
    table_in_use: 'A table you removed still has participants. Move them first.',
    phase_started:
      'Phase {{number}} has begun: it cannot be removed or moved, and no phase can be put before it. Change its name and minutes, or the phases after it.',
    phase_running: 'Phase {{number}} is running: go to another phase before changing its activity.',
    activity_in_use: 'An activity with stored work must keep at least one phase in the agenda.',
    activity_in_use_planbehov:
      'Votes have been cast on the planning needs: keep at least one phase with the Planning needs activity.',
    activity_in_use_arguments:
      'The argument map has entries: keep at least one phase with the Arguments activity.',
    activity_in_use_ambitions:
      'The ambitions have consent answers: keep at least one phase with the Political ambitions activity.',
    no_such_phase: 'The agenda has no such phase.',
    room_unavailable: 'The workshop’s content cannot be opened right now. Try again in a moment.',
    unappliable_update: 'A change could not be taken in and was not saved.',
    participant_not_found: 'The participant is no longer in the workshop.',
    too_large: 'What you sent is too large.',
    invalid_input: 'Something you typed is not valid ({{field}}).',
    displayName: 'The name can have at most {{max}} characters.',
    party: 'The party name can have at most {{max}} characters.',
    network: 'Could not reach the server. Check the network and try again.',
    import_invalid: 'The file is not a valid Samskap export ({{field}}). Nothing was changed.',
    bad_request: 'The server did not understand the request. Reload the page and try again.',
    not_found: 'What you asked for was not found.',
    internal: 'Something went wrong on the server. Try again in a moment.',
    storage_failed: 'The server could not save. Try again in a moment.',
    unexpected: 'Something went wrong on our side. Please try again.',
    file_too_large: 'The file is larger than {{mib}} MiB. Nothing was changed.',
  },
};

export type ApiErrorKey = keyof typeof nb;
