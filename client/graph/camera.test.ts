import { describe, expect, it } from 'vitest';
import { createBounceGuard, wellInView } from './camera.ts';

describe('wellInView', () => {
  const view = { width: 1000, height: 800 };

  it('holds for points away from the edges of the view', () => {
    expect(wellInView({ x: 500, y: 400 }, view)).toBe(true);
    expect(wellInView({ x: 150, y: 120 }, view)).toBe(true);
    expect(wellInView({ x: 850, y: 680 }, view)).toBe(true);
  });

  it('fails near an edge and outside the view', () => {
    expect(wellInView({ x: 149, y: 400 }, view)).toBe(false);
    expect(wellInView({ x: 500, y: 681 }, view)).toBe(false);
    expect(wellInView({ x: -20, y: 400 }, view)).toBe(false);
    expect(wellInView({ x: 500, y: 5_000 }, view)).toBe(false);
  });

  it('takes the margin as a share of each side', () => {
    expect(wellInView({ x: 50, y: 40 }, view, 0.05)).toBe(true);
    expect(wellInView({ x: 50, y: 40 }, view, 0.1)).toBe(false);
  });
});

describe('createBounceGuard', () => {
  it('refits every new size, but not a frame bouncing back to its size before within a second', () => {
    let time = 0;
    const guard = createBounceGuard(() => time);
    expect(guard.bouncing(800, 600)).toBe(false);
    time += 100;
    expect(guard.bouncing(800, 560)).toBe(false);
    time += 100;
    // Back to 800×600 at once: the refit's names grew the summary, the summary shrank the frame.
    expect(guard.bouncing(800, 600)).toBe(true);
    time += 100;
    expect(guard.bouncing(800, 400)).toBe(false);
    time += 5_000;
    // Long after: the reader changed something, so the map is fitted again.
    expect(guard.bouncing(800, 600)).toBe(false);
    time += 100;
    expect(guard.bouncing(800, 450)).toBe(false);
  });
});
