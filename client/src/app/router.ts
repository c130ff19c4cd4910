import { useSyncExternalStore } from 'react';
import type { MouseEvent } from 'react';

/**
 * A tiny router over the History API. Samskap has a handful of flat routes (start page, join
 * code, later facilitator and projector views), so a routing library would add more API than it
 * saves; `route()` below is the one place that knows the URL patterns.
 */
const NAVIGATE_EVENT = 'samskap:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

function currentPath(): string {
  return window.location.pathname;
}

/** The current path; re-renders on `navigate()` and on back/forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

/** Goes to `path` inside the app without reloading the page. */
export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/**
 * Click handler for in-app links: a plain click navigates in place, while modified clicks
 * (new tab, new window) keep the browser's behaviour.
 */
export function handleLinkClick(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  event.preventDefault();
  navigate(event.currentTarget.pathname);
}

export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'create' }
  | { readonly name: 'join'; readonly code: string }
  | { readonly name: 'tablet'; readonly workshopId: string }
  | { readonly name: 'console'; readonly workshopId: string }
  | { readonly name: 'setup'; readonly workshopId: string }
  | { readonly name: 'projector'; readonly workshopId: string }
  | { readonly name: 'notFound'; readonly path: string };

const WORKSHOP_ROUTES = { w: 'tablet', f: 'console', p: 'projector' } as const;

/** Maps a path to a route. Tokens never appear here: they ride in the fragment. */
export function route(path: string): Route {
  if (path === '/' || path === '') return { name: 'start' };
  if (path === '/new' || path === '/new/') return { name: 'create' };
  const join = /^\/j\/([^/]+)\/?$/.exec(path);
  if (join?.[1] !== undefined) return { name: 'join', code: safeDecode(join[1]) };
  const setup = /^\/f\/([A-Za-z0-9_-]{1,40})\/setup\/?$/.exec(path);
  if (setup?.[1] !== undefined) return { name: 'setup', workshopId: setup[1] };
  const workshop = /^\/([wfp])\/([A-Za-z0-9_-]{1,40})\/?$/.exec(path);
  if (workshop?.[1] !== undefined && workshop[2] !== undefined) {
    const name = WORKSHOP_ROUTES[workshop[1] as keyof typeof WORKSHOP_ROUTES];
    return { name, workshopId: workshop[2] };
  }
  return { name: 'notFound', path };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
