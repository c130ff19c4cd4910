import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinLookupPage } from '../features/join/JoinLookupPage';
import { StartPage } from '../features/start/StartPage';
import { ConnectingToWorkshop } from '../features/workshop/Notices';
import { AppLink } from '../ui/AppLink';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { NotFoundPage } from './NotFoundPage';
import {
  ConsolePage,
  CreateWorkshopPage,
  ProjectorPage,
  SetupPage,
  TabletPage,
  prefetchTablet,
} from './pages';
import { route, usePathname } from './router';
import type { Route } from './router';

function Page({ current }: { readonly current: Route }) {
  switch (current.name) {
    case 'start':
      return <StartPage />;
    case 'create':
      return <CreateWorkshopPage />;
    case 'join':
      return <JoinLookupPage code={current.code} />;
    case 'tablet':
      return <TabletPage key={current.workshopId} workshopId={current.workshopId} />;
    case 'console':
      return <ConsolePage key={current.workshopId} workshopId={current.workshopId} />;
    case 'setup':
      return <SetupPage key={current.workshopId} workshopId={current.workshopId} />;
    case 'projector':
      return <ProjectorPage key={current.workshopId} workshopId={current.workshopId} />;
    case 'notFound':
      return <NotFoundPage path={current.path} />;
  }
}

/** How wide a page lays out: forms read best narrow; the workshop screens use the whole width. */
function layoutOf(current: Route): 'narrow' | 'wide' | 'projector' {
  if (current.name === 'projector') return 'projector';
  if (current.name === 'console' || current.name === 'tablet') return 'wide';
  return 'narrow';
}

/** The frame around every page: a banner with the language choice, and the page in `<main>`. */
export function App() {
  const { t } = useTranslation();
  const path = usePathname();
  const current = route(path);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After an in-app navigation, move focus to the new page's heading, as a page load would.
  // A tablet opening the join link goes to the tablet next: fetch it while the form is read.
  useEffect(() => {
    if (current.name === 'start' || current.name === 'join') prefetchTablet();
  }, [current.name]);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [path]);

  return (
    <div className="app" data-layout={layoutOf(current)}>
      <header className="app__header">
        {current.name === 'start' ? (
          <span />
        ) : (
          <AppLink to="/" className="app__brand">
            {t('app.name')}
          </AppLink>
        )}
        <LanguageSwitcher />
      </header>
      <main ref={mainRef} className="app__main">
        <Suspense fallback={<ConnectingToWorkshop />}>
          <Page current={current} />
        </Suspense>
      </main>
      <UpdatePrompt />
    </div>
  );
}
