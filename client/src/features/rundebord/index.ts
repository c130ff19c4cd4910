/*
 * The round table (the "rundebord" activity of an agenda phase). Its views are registered, each
 * as its own lazily loaded chunk, in `workshop/activities.ts`.
 */
export { rundebordLocales } from './locales';
