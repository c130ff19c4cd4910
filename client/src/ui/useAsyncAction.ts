import { useCallback, useState } from 'react';

export interface AsyncAction {
  /** Runs `fn`, keeping its refusal for the UI; resolves to whether it succeeded. */
  run(fn: () => Promise<unknown>): Promise<boolean>;
  readonly busy: boolean;
  readonly error: unknown;
  /** Forgets the last refusal (the person dismissed it, or moved on). */
  clearError(): void;
}

/** Busy and error state for one control's server calls (results come back on the live channel). */
export function useAsyncAction(): AsyncAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
