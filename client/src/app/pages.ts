import { lazyComponent } from './lazyComponent';

/*
 * The pages a tablet joining a workshop does not need, each its own chunk: the join path (`/`,
 * `/j/<code>`) loads only the start and join forms. The tablet is prefetched while the join
 * form is on screen, so the step after joining does not wait for the network.
 */

export const TabletPage = lazyComponent(() =>
  import('../features/tablet/TabletPage').then((m) => m.TabletPage),
);
export const ConsolePage = lazyComponent(() =>
  import('../features/console/ConsolePage').then((m) => m.ConsolePage),
);
export const SetupPage = lazyComponent(() =>
  import('../features/console/SetupPage').then((m) => m.SetupPage),
);
export const ProjectorPage = lazyComponent(() =>
  import('../features/projector/ProjectorPage').then((m) => m.ProjectorPage),
);
export const CreateWorkshopPage = lazyComponent(() =>
  import('../features/create/CreateWorkshopPage').then((m) => m.CreateWorkshopPage),
);

/** Fetches the tablet's code when the browser is idle. */
export function prefetchTablet(): void {
  TabletPage.prefetch();
}
