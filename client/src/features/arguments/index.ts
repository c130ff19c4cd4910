import type { ActivityViews } from '../workshop/activity';
import { ArgumentsConsole } from './ArgumentsConsole';
import { ArgumentsProjector } from './ArgumentsProjector';
import { ArgumentsTablet } from './ArgumentsTablet';

/** The argument map's views (the "arguments" activity of an agenda phase). */
export const argumentsViews: ActivityViews = {
  tablet: ArgumentsTablet,
  console: ArgumentsConsole,
  projector: ArgumentsProjector,
};

export { argumentsLocales } from './locales';
