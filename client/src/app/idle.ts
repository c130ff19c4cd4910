/**
 * Runs `task` when the browser has nothing better to do (or after `timeoutMs` at the latest), so
 * that prefetching code never competes with what the person is looking at. Safari has no
 * `requestIdleCallback`; a timer stands in.
 */
export function whenIdle(task: () => void, timeoutMs = 2_000): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(task, { timeout: timeoutMs });
  } else {
    setTimeout(task, 200);
  }
}

/**
 * A loader that runs at most once: the first call starts the import, later calls get the same
 * promise. A failed import (the network dropped) is forgotten so the next call tries again.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
