import type { ActivityViews } from '../workshop/activity';
import { SummaryProjector, SummaryTablet } from './SummaryViews';

/**
 * The summary phase: what the workshop has produced so far, as the outcome document words it
 * (served by `GET /api/workshops/:id/summary`). The console previews the tablets' view.
 */
export const summaryViews: ActivityViews = {
  tablet: SummaryTablet,
  console: SummaryTablet,
  projector: SummaryProjector,
};

export { summaryLocales } from './locales';
