import type { ActivityViews } from '../workshop/activity';
import { PlanbehovConsole } from './PlanbehovConsole';
import { PlanbehovProjector } from './PlanbehovProjector';
import { PlanbehovTablet } from './PlanbehovTablet';

/** The planbehov activity on each surface, registered in `workshop/activities.ts`. */
export const planbehovViews: ActivityViews = {
  console: PlanbehovConsole,
  tablet: PlanbehovTablet,
  projector: PlanbehovProjector,
};
