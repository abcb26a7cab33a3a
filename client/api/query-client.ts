/**
 * The one QueryClient: TanStack Query deduplicates, caches and retries the app's GraphQL requests
 * (request.ts is its fetcher). Retries only what waiting can mend: the API out of reach or Neo4j
 * unavailable; input errors, conflicts, forbidden and unauthenticated fail at once.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './request.ts';

const MAX_RETRIES = 3;

export function shouldRetry(failures: number, error: unknown): boolean {
  return (
    failures < MAX_RETRIES && error instanceof ApiError && (error.kind === 'network' || error.kind === 'unavailable')
  );
}

/** 0.5 s, 1 s, 2 s between tries. */
export function retryDelay(failures: number): number {
  return Math.min(500 * 2 ** failures, 4_000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // Answers stay good until a mutation invalidates them (or Retry after an outage), so Undo
        // and going back are instant.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
