/**
 * Retries of a transaction. A passing fault (deadlock, a cluster changing leader) is retried for
 * a while; an unreachable database is retried only briefly, so that requests answer
 * SERVICE_UNAVAILABLE within about a second instead of queueing (the driver's own retries wait at
 * least a second before the first retry, which is why the executor retries itself).
 */
import neo4j from 'neo4j-driver';
import { UNAVAILABLE_CODES } from './driver-errors.ts';

const RETRY = {
  transientBudgetMs: 5_000,
  unavailableBudgetMs: 600,
  firstDelayMs: 50,
  maxDelayMs: 1_000,
};

/** Milliseconds to wait before trying `error`'s transaction again, or undefined to give up. */
export function retryDelay(error: unknown, attempt: number, elapsedMs: number): number | undefined {
  if (!(error instanceof neo4j.Neo4jError) || !neo4j.isRetryableError(error)) return undefined;
  const budget = UNAVAILABLE_CODES.has(error.code) ? RETRY.unavailableBudgetMs : RETRY.transientBudgetMs;
  // Exponential with jitter, so that transactions that deadlocked together do not retry together.
  const delay = Math.min(RETRY.firstDelayMs * 2 ** attempt, RETRY.maxDelayMs) * (0.8 + Math.random() * 0.4);
  return elapsedMs + delay > budget ? undefined : delay;
}

export const sleep = (ms: number) => new Promise((resolveLater) => setTimeout(resolveLater, ms));
