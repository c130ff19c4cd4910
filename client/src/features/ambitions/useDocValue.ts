import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * A value derived from the workshop document, read again after each update to it. `key` must
 * give equal strings for equal values, so that typing elsewhere in the document does not
 * re-render (the previous value is returned as long as the key is the same).
 */
export function useDocValue<T>(
  doc: Y.Doc | null,
  read: (doc: Y.Doc) => T,
  key: (value: T) => string,
  fallback: T,
): T {
  const cache = useRef<{ key: string; value: T } | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!doc) return () => {};
      doc.on('update', listener);
      return () => doc.off('update', listener);
    },
    [doc],
  );
  const getSnapshot = () => {
    if (!doc) return fallback;
    const value = read(doc);
    const k = key(value);
    if (cache.current?.key !== k) cache.current = { key: k, value };
    return cache.current.value;
  };
  return useSyncExternalStore(subscribe, getSnapshot, () => fallback);
}
