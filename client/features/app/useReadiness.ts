/** Whether the API and Neo4j answer (GET /ready), with the reason when they do not, and Retry. */
import { useCallback, useEffect, useState } from 'react';
import { checkReady } from '../../api/request.ts';
import { clearQueryCache } from './useQuery.ts';

export type Readiness = { status: 'checking' } | { status: 'ready' } | { status: 'down'; reason: string };

export function useReadiness(): { readiness: Readiness; attempt: number; retry: () => void; recheck: () => void } {
  const [readiness, setReadiness] = useState<Readiness>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);
  const [check, setCheck] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setReadiness((previous) => (previous.status === 'down' ? previous : { status: 'checking' }));
    checkReady(controller.signal).then(
      (result) => setReadiness(result.ready ? { status: 'ready' } : { status: 'down', reason: result.reason }),
      () => {},
    );
    return () => controller.abort();
  }, [attempt, check]);

  /** Ask again and reload the data. */
  const retry = useCallback(() => {
    clearQueryCache();
    setAttempt((value) => value + 1);
  }, []);
  /** Ask again only (a request failed: find out why). */
  const recheck = useCallback(() => setCheck((value) => value + 1), []);
  return { readiness, attempt, retry, recheck };
}
