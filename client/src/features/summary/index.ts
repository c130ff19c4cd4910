/*
 * The summary phase: what the workshop has produced so far, as the outcome document words it
 * (served by `GET /api/workshops/:id/summary`). Its views load lazily from `SummaryViews.tsx`
 * through the activity registry; the console previews the tablets' view.
 */
export { summaryLocales } from './locales';
