import { createElement, lazy, useState } from 'react';
import type { ComponentType, FunctionComponent } from 'react';
import { once, whenIdle } from './idle';

/** A component whose code is fetched on first use, or earlier with `preload()`. */
export interface LazyComponent<P extends object> extends FunctionComponent<P> {
  /** Starts fetching the code (once); resolves when it can render without suspending. */
  preload(): Promise<unknown>;
  /** `preload()` when the browser is idle; errors are left for the render to show. */
  prefetch(): void;
}

/**
 * `React.lazy` that can be warmed up ahead of time. Once the code is here, the component renders
 * it directly, without a Suspense fallback flashing for a frame: a phase change on a tablet
 * whose activity was prefetched is instant. Which one a mounted instance renders is decided once
 * at mount, so it never swaps (and remounts) under someone typing.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  const start = once(() =>
    load().then((component) => {
      loaded = component;
      return component;
    }),
  );
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  function LazyView(props: P) {
    const [View] = useState<ComponentType<P>>(() => loaded ?? (Lazy as ComponentType<P>));
    return createElement(View, props);
  }
  return Object.assign(LazyView, {
    preload: start,
    prefetch: () => whenIdle(() => void start().catch(() => undefined)),
  });
}
