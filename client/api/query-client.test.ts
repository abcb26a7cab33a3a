import { describe, expect, it } from 'vitest';
import { retryDelay, shouldRetry } from './query-client.ts';
import { ApiError } from './request.ts';

describe('retry policy', () => {
  it('retries an unreachable API or an unavailable database a few times', () => {
    for (const kind of ['network', 'unavailable'] as const) {
      const error = new ApiError('down', kind);
      expect(shouldRetry(0, error)).toBe(true);
      expect(shouldRetry(2, error)).toBe(true);
      expect(shouldRetry(3, error)).toBe(false);
    }
  });

  it('never retries input errors, conflicts, refusals or a missing token', () => {
    expect(shouldRetry(0, new ApiError('bad', 'graphql', 'BAD_USER_INPUT', { field: 'input.name' }))).toBe(false);
    expect(shouldRetry(0, new ApiError('changed', 'graphql', 'CONFLICT'))).toBe(false);
    expect(shouldRetry(0, new ApiError('editors only', 'graphql', 'FORBIDDEN'))).toBe(false);
    expect(shouldRetry(0, new ApiError('sign in', 'unauthenticated', 'UNAUTHENTICATED'))).toBe(false);
    expect(shouldRetry(0, new ApiError('HTTP 500', 'http'))).toBe(false);
    expect(shouldRetry(0, new Error('not from the API'))).toBe(false);
  });

  it('waits longer after each failure', () => {
    expect(retryDelay(0)).toBeLessThan(retryDelay(1));
    expect(retryDelay(1)).toBeLessThan(retryDelay(2));
  });
});
