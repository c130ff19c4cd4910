import type { Activity } from '@samskap/shared/workshop';
import { lazyComponent } from '../../app/lazyComponent';
import type { LazyComponent } from '../../app/lazyComponent';
import type { ActivityProps, Surface } from './activity';

type LazyViews = Partial<Record<Surface, LazyComponent<ActivityProps>>>;

/**
 * Each activity's views, by the `activity` of the agenda's phases. A feature adds one entry here
 * (one import per surface); everything else finds it through `PhaseContent`. Every view is its
 * own chunk, fetched when its phase starts or, sooner, by `prefetchActivities` while the screen
 * is idle: a tablet at the join form never downloads TipTap, and a phase change stays instant.
 */
export const ACTIVITIES: Partial<Record<Activity, LazyViews>> = {
  ambitions: {
    tablet: lazyComponent(() =>
      import('../ambitions/TabletAmbitions').then((m) => m.TabletAmbitions),
    ),
    console: lazyComponent(() =>
      import('../ambitions/ConsoleAmbitions').then((m) => m.ConsoleAmbitions),
    ),
    projector: lazyComponent(() =>
      import('../ambitions/ProjectorAmbitions').then((m) => m.ProjectorAmbitions),
    ),
  },
  planbehov: {
    tablet: lazyComponent(() =>
      import('../planbehov/PlanbehovTablet').then((m) => m.PlanbehovTablet),
    ),
    console: lazyComponent(() =>
      import('../planbehov/PlanbehovConsole').then((m) => m.PlanbehovConsole),
    ),
    projector: lazyComponent(() =>
      import('../planbehov/PlanbehovProjector').then((m) => m.PlanbehovProjector),
    ),
  },
  arguments: {
    tablet: lazyComponent(() =>
      import('../arguments/ArgumentsTablet').then((m) => m.ArgumentsTablet),
    ),
    console: lazyComponent(() =>
      import('../arguments/ArgumentsConsole').then((m) => m.ArgumentsConsole),
    ),
    projector: lazyComponent(() =>
      import('../arguments/ArgumentsProjector').then((m) => m.ArgumentsProjector),
    ),
  },
  oppdrag: {
    tablet: lazyComponent(() => import('../oppdrag/OppdragTablet').then((m) => m.OppdragTablet)),
    console: lazyComponent(() => import('../oppdrag/OppdragConsole').then((m) => m.OppdragConsole)),
    projector: lazyComponent(() =>
      import('../oppdrag/OppdragProjector').then((m) => m.OppdragProjector),
    ),
  },
  rundebord: {
    tablet: lazyComponent(() =>
      import('../rundebord/RundebordTablet').then((m) => m.RundebordTablet),
    ),
    console: lazyComponent(() =>
      import('../rundebord/RundebordConsole').then((m) => m.RundebordConsole),
    ),
    projector: lazyComponent(() =>
      import('../rundebord/RundebordProjector').then((m) => m.RundebordProjector),
    ),
  },
  evaluering: {
    tablet: lazyComponent(() =>
      import('../evaluering/EvaluationTablet').then((m) => m.EvaluationTablet),
    ),
    console: lazyComponent(() =>
      import('../evaluering/EvaluationConsole').then((m) => m.EvaluationConsole),
    ),
    projector: lazyComponent(() =>
      import('../evaluering/EvaluationProjector').then((m) => m.EvaluationProjector),
    ),
  },
  summary: {
    tablet: lazyComponent(() => import('../summary/SummaryViews').then((m) => m.SummaryTablet)),
    console: lazyComponent(() => import('../summary/SummaryViews').then((m) => m.SummaryTablet)),
    projector: lazyComponent(() =>
      import('../summary/SummaryViews').then((m) => m.SummaryProjector),
    ),
  },
};

/**
 * Fetches, when the browser is idle, this surface's views of every activity on the agenda, the
 * current phase's first.
 */
export function prefetchActivities(
  surface: Surface,
  agenda: readonly { readonly activity: Activity }[],
  phaseIndex: number,
): void {
  const current = agenda[phaseIndex]?.activity;
  const order = [...new Set([current, ...agenda.map((p) => p.activity)])];
  for (const activity of order) {
    if (activity !== undefined) ACTIVITIES[activity]?.[surface]?.prefetch();
  }
}
