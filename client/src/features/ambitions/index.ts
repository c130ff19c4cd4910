import type { ActivityViews } from '../workshop/activity';
import { ConsoleAmbitions } from './ConsoleAmbitions';
import { ProjectorAmbitions } from './ProjectorAmbitions';
import { TabletAmbitions } from './TabletAmbitions';

/**
 * The "political ambitions for the period" activity: rich-text documents per focus area, one
 * per table and one plenary, in the workshop's Yjs document (`@samskap/shared/doc-model`).
 */
export const ambitionsViews: ActivityViews = {
  tablet: TabletAmbitions,
  console: ConsoleAmbitions,
  projector: ProjectorAmbitions,
};

export { ambitionsLocales } from './locales';
