import { describe, expect, it } from 'vitest';
import { restartVerdict, windowFigures, type Sample } from './restart-window.ts';

const ok = (begin: number, ms: number): Sample => ({ begin, ms, ok: true });

describe('windowFigures', () => {
  it('counts the requests that began inside the window, however long they took', () => {
    const samples = [ok(999, 5), ok(1000, 10), ok(1500, 3000), ok(1999, 20), ok(2000, 1)];
    const figures = windowFigures(samples, 1000, 2000);
    expect(figures.requests).toBe(3);
    expect(figures.max).toBe(3000);
    expect(figures.p50).toBe(20);
    expect(figures.throughput).toBe(3);
  });

  it('counts failures as errors and throughput, not in the latencies', () => {
    const samples = [ok(0, 10), { begin: 10, ms: 5_000, ok: false }, ok(20, 30)];
    const figures = windowFigures(samples, 0, 500);
    expect(figures).toMatchObject({ requests: 2, errors: 1, throughput: 6, max: 30 });
  });

  it('takes p99 from the slowest hundredth', () => {
    const samples = Array.from({ length: 200 }, (_, index) => ok(index, index + 1));
    const figures = windowFigures(samples, 0, 1000);
    expect(figures.p99).toBe(198);
    expect(figures.p50).toBe(100);
  });

  it('refuses a window that does not end after it starts', () => {
    expect(() => windowFigures([], 10, 10)).toThrow(/must end after it starts/);
  });
});

describe('restartVerdict', () => {
  const figures = (p99: number, errors = 0, requests = 100) => ({
    requests,
    errors,
    throughput: 10,
    p50: 1,
    p99,
    max: p99,
  });

  it('meets the target when p99 is within it with no errors', () => {
    expect(restartVerdict(figures(2000), figures(500), 2000)).toEqual({ ratio: 4, met: true });
  });

  it('misses it when p99 is over, when a request failed, or when nothing was answered', () => {
    expect(restartVerdict(figures(2001), figures(500), 2000).met).toBe(false);
    expect(restartVerdict(figures(100, 1), figures(500), 2000).met).toBe(false);
    expect(restartVerdict(figures(NaN, 0, 0), figures(500), 2000).met).toBe(false);
  });
});
