/** Whether the API and Neo4j answer (GET /ready), and Retry after an outage. */
import { queryOptions } from '@tanstack/react-query';
import { queryClient } from './query-client.ts';
import { checkReady } from './request.ts';

export const readinessQuery = queryOptions({
  queryKey: ['ready'] as const,
  queryFn: ({ signal }) => checkReady(signal),
  // checkReady answers "not ready" rather than failing; asking again is the reader's Retry.
  retry: false,
});

/** A request failed: ask /ready why. */
export function recheckReadiness(): void {
  void queryClient.invalidateQueries({ queryKey: readinessQuery.queryKey });
}

/** Retry: ask /ready again and fetch again every query on screen (the rest when next used). */
export function retryAfterOutage(): void {
  void queryClient.invalidateQueries();
}
