/*
 * The "political ambitions for the period" activity: rich-text documents per focus area, one
 * per table and one plenary, in the workshop's Yjs document (`@samskap/shared/doc-model`). Its
 * views are registered, each as its own lazily loaded chunk, in `workshop/activities.ts`.
 */
export { ambitionsLocales } from './locales';
