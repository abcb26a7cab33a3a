/**
 * A network far larger than the seed: 1,500 more stakeholders imported into the real Neo4j. The map
 * must lay it out without freezing the page (the layout runs in a worker), say that it is laying
 * out, and then draw every stakeholder in a place of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { entitySchema, relationshipSchema } from '../core/records.ts';
import { importGraph } from '../server/repositories/graph-import.ts';
import { testExecutor } from '../server/testing/database.ts';
import { syntheticLinks } from '../core/graph/synthetic.ts';
import { startHarness, snapshot, type Harness } from './harness.ts';
import { VIEWPORT } from './harness-browser.ts';

const SIZE = 1_500;
const citation = { source: 'source:socitm-lcioc-purpose', quote: 'Local CIO Council' };

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  const executor = await testExecutor();
  try {
    await importGraph(
      executor,
      {
        sources: [],
        entities: Array.from({ length: SIZE }, (_, index) =>
          entitySchema.parse({
            id: `body:synthetic-${index}`,
            kind: 'BODY',
            type: 'council',
            sector: 'local-government',
            name: `Synthetic council ${index}`,
            citations: [citation],
          }),
        ),
        relationships: syntheticLinks(SIZE).map(([from, to], index) =>
          relationshipSchema.parse({
            id: `rel:synthetic-${index}`,
            type: 'COLLABORATES_WITH',
            from: `body:synthetic-${from}`,
            to: `body:synthetic-${to}`,
            dateBasis: 'stated',
            confidence: 1,
            citations: [citation],
          }),
        ),
      },
      { actor: 'large-network test' },
    );
  } finally {
    await executor.close();
  }
});
afterAll(async () => {
  await harness?.stop();
});

describe('a large network', () => {
  let page: Page;
  afterAll(() => page?.close());

  it('keeps the page answering while it is laid out, says so, then draws every stakeholder apart', async () => {
    page = await harness.browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(harness.atlas.url);

    // Playwright's own wait runs in the page: it sees the layout running only if the page is free.
    await page.waitForSelector('[data-testid="map"][data-layout-running="yes"]', { timeout: 30_000 });
    // A task queued now runs before the layout ends: the layout is not blocking the main thread.
    const stateWhenTimerRan = await page.evaluate(
      () =>
        new Promise<string | undefined>((resolve) =>
          setTimeout(() => resolve(document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.layoutRunning)),
        ),
    );
    expect(stateWhenTimerRan).toBe('yes');
    await expect(page.getByTestId('map-laying').textContent()).resolves.toMatch(/Laying out 1,\d{3} stakeholders/);

    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 120_000 });
    const drawn = await snapshot(page);
    const synthetic = drawn.nodes.filter((node) => node.id.startsWith('body:synthetic-'));
    expect(synthetic).toHaveLength(SIZE);
    // Hubs' many leaves are fanned out, not stacked: (nearly) every stakeholder has a spot of its own.
    const spots = new Set(synthetic.map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`));
    expect(spots.size).toBeGreaterThan(SIZE * 0.98);
    expect(await page.getByTestId('map-laying').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
