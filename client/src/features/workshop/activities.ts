import { ambitionsViews } from '../ambitions';
import { argumentsViews } from '../arguments';
import { planbehovViews } from '../planbehov';
import { summaryViews } from '../summary';
import type { ActivityRegistry } from './activity';

/**
 * Each activity's views, by the `activity` of the agenda's phases. A feature adds one line here
 * (its folder exports an `ActivityViews`); everything else finds it through `PhaseContent`.
 */
export const ACTIVITIES: ActivityRegistry = {
  ambitions: ambitionsViews,
  planbehov: planbehovViews,
  arguments: argumentsViews,
  summary: summaryViews,
};
