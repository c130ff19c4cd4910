import { apiErrorLocales } from '../api/locales';
import { ambitionsLocales } from '../features/ambitions/locales';
import { argumentsLocales } from '../features/arguments/locales';
import { consentLocales } from '../features/consent/locales';
import { consoleLocales } from '../features/console/locales';
import { createLocales } from '../features/create/locales';
import { evalueringLocales } from '../features/evaluering/locales';
import { joinLocales } from '../features/join/locales';
import { oppdragLocales } from '../features/oppdrag/locales';
import { outcomeLocales } from '../features/outcome/locales';
import { planbehovLocales } from '../features/planbehov/locales';
import { rundebordLocales } from '../features/rundebord/locales';
import { projectorLocales } from '../features/projector/locales';
import { startLocales } from '../features/start/locales';
import { summaryLocales } from '../features/summary/locales';
import { tabletLocales } from '../features/tablet/locales';
import { workshopLocales } from '../features/workshop/locales';
import { uiLocales } from '../ui/locales';
import type { Language } from './languages';
import type { LocaleShape } from './localeShape';
import { en } from './locales/en';
import { nb } from './locales/nb';
import { nn } from './locales/nn';

/*
 * Every feature's strings, each under its own key (`t('console.timer.start')`). A new feature
 * adds its `locales.ts` and one line per language here, and nothing else.
 */
export const nbMessages = {
  ...nb,
  ui: uiLocales.nb,
  errors: apiErrorLocales.nb,
  start: startLocales.nb,
  join: joinLocales.nb,
  create: createLocales.nb,
  workshop: workshopLocales.nb,
  tablet: tabletLocales.nb,
  console: consoleLocales.nb,
  projector: projectorLocales.nb,
  planbehov: planbehovLocales.nb,
  arguments: argumentsLocales.nb,
  rundebord: rundebordLocales.nb,
  consent: consentLocales.nb,
  ambitions: ambitionsLocales.nb,
  oppdrag: oppdragLocales.nb,
  outcome: outcomeLocales.nb,
  summary: summaryLocales.nb,
  evaluering: evalueringLocales.nb,
};

export type AppMessages = typeof nbMessages;

const nnMessages: LocaleShape<AppMessages> = {
  ...nn,
  ui: uiLocales.nn,
  errors: apiErrorLocales.nn,
  start: startLocales.nn,
  join: joinLocales.nn,
  create: createLocales.nn,
  workshop: workshopLocales.nn,
  tablet: tabletLocales.nn,
  console: consoleLocales.nn,
  projector: projectorLocales.nn,
  planbehov: planbehovLocales.nn,
  arguments: argumentsLocales.nn,
  rundebord: rundebordLocales.nn,
  consent: consentLocales.nn,
  ambitions: ambitionsLocales.nn,
  oppdrag: oppdragLocales.nn,
  outcome: outcomeLocales.nn,
  summary: summaryLocales.nn,
  evaluering: evalueringLocales.nn,
};

const enMessages: LocaleShape<AppMessages> = {
  ...en,
  ui: uiLocales.en,
  errors: apiErrorLocales.en,
  start: startLocales.en,
  join: joinLocales.en,
  create: createLocales.en,
  workshop: workshopLocales.en,
  tablet: tabletLocales.en,
  console: consoleLocales.en,
  projector: projectorLocales.en,
  planbehov: planbehovLocales.en,
  arguments: argumentsLocales.en,
  rundebord: rundebordLocales.en,
  consent: consentLocales.en,
  ambitions: ambitionsLocales.en,
  oppdrag: oppdragLocales.en,
  outcome: outcomeLocales.en,
  summary: summaryLocales.en,
  evaluering: evalueringLocales.en,
};

/** All messages by language, as i18next takes them. */
export const messages: Record<Language, LocaleShape<AppMessages>> = {
  nb: nbMessages,
  nn: nnMessages,
  en: enMessages,
};
