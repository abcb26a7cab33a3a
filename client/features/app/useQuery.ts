/**
 * Runs an API request whenever its key changes, cancels the one it replaces, keeps showing the last
 * data while the next loads, and remembers recent answers so Undo and going back are instant.
 */
import { useEffect, useState } from 'react';

export type QueryStatus = 'idle' | 'loading' | 'success' | 'error';

export interface QueryResult<T> {
  status: QueryStatus;
  data: T | undefined;
  error: Error | undefined;
}

const CACHE_SIZE = 40;
const cache = new Map<string, unknown>();

function remember(key: string, value: unknown): void {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}

/** Forgets remembered answers (Retry after an outage should ask the server again). */
export function clearQueryCache(): void {
  cache.clear();
}

/** key: what the request depends on, as a string; null skips the request. */
export function useQuery<T>(key: string | null, run: (signal: AbortSignal) => Promise<T>): QueryResult<T> {
  const [result, setResult] = useState<QueryResult<T>>(() =>
    key !== null && cache.has(key)
      ? { status: 'success', data: cache.get(key) as T, error: undefined }
      : { status: key === null ? 'idle' : 'loading', data: undefined, error: undefined },
  );

  useEffect(() => {
    if (key === null) {
      setResult({ status: 'idle', data: undefined, error: undefined });
      return;
    }
    if (cache.has(key)) {
      setResult({ status: 'success', data: cache.get(key) as T, error: undefined });
      return;
    }
    const controller = new AbortController();
    setResult((previous) => ({ status: 'loading', data: previous.data, error: undefined }));
    run(controller.signal).then(
      (data) => {
        remember(key, data);
        if (!controller.signal.aborted) setResult({ status: 'success', data, error: undefined });
      },
      (error: Error) => {
        if (!controller.signal.aborted) setResult((previous) => ({ status: 'error', data: previous.data, error }));
      },
    );
    return () => controller.abort();
    // run is rebuilt every render; key says when it asks for something else.
  }, [key]);

  return result;
}
