/**
 * The national network (`npm run synthetic -- --size national`: about 20,000 stakeholders and 61,000
 * relationships) imported once into the test Neo4j, then every layout tried on it in Chromium as a
 * reader would: the force layout gives each community a region of its own (mean silhouette of the
 * drawn places by the API's communities); the hierarchy says why it cannot serve this size and
 * offers the community overview, whose bubbles name each community after its leading members and
 * open it on the map; rings by influence and Fit keep the whole picture in view.
 * With ATLAS_SCREENSHOTS=dir, keeps pictures of the national map for docs/client.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { meanSilhouette } from '../core/graph/silhouette.ts';
import { syntheticRecords } from '../core/synthetic/records.ts';
import { importGraph } from '../server/repositories/graph-import.ts';
import { testExecutor } from '../server/testing/database.ts';
import { askApi, snapshot, startHarness, type Harness } from './harness.ts';
import { VIEWPORT } from './harness-browser.ts';

interface Community {
  id: number;
  size: number;
  memberIds: string[];
  centralMembers?: { entity: { name: string } }[];
}
const COMMUNITIES = `query { communities(first: 50) { total freshness { stale } communities { id size memberIds } } }`;
/** The leading members of the communities the overview draws (the query's cost allows no more at once). */
const LEADING = `query { communities(first: 12) { communities { id centralMembers(first: 2) { entity { name } } } } }`;

let harness: Harness;
let communities: Community[];
let total: number;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  const executor = await testExecutor();
  try {
    await importGraph(executor, syntheticRecords('national'), { actor: 'map-structure test' });
  } finally {
    await executor.close();
  }
  // Communities are found off the request path once the graph changes: wait for this graph's.
  const deadline = Date.now() + 180_000;
  for (;;) {
    const answer = (
      await askApi<{ communities: { total: number; freshness: { stale: boolean }; communities: Community[] } }>(
        harness,
        COMMUNITIES,
      )
    ).communities;
    if (!answer.freshness.stale && answer.communities.reduce((sum, each) => sum + each.size, 0) > 20_000) {
      communities = answer.communities;
      total = answer.total;
      const leading = await askApi<{
        communities: { communities: Required<Pick<Community, 'id' | 'centralMembers'>>[] };
      }>(harness, LEADING);
      for (const each of leading.communities.communities)
        communities.find((community) => community.id === each.id)!.centralMembers = each.centralMembers;
      break;
    }
    if (Date.now() > deadline) throw new Error('The communities of the national network never came.');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  page = await harness.browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  page.on('pageerror', (error) => problems.push(error.message));
}, 600_000);
afterAll(async () => {
  await page?.close();
  await harness?.stop();
});

async function screenshot(name: string): Promise<void> {
  const dir = process.env.ATLAS_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

/** Waits for a layout the reader asked for to start (when it runs at all) and finish. */
async function layoutFinished(): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-layout-running="yes"]', { timeout: 5_000 }).catch(() => {});
  await page.waitForSelector('[data-testid="map"][data-layout-running="no"]', { timeout: 180_000 });
}

/** The share of the drawn stakeholders whose centre lies inside the map's box at the current camera. */
async function shareInView(): Promise<number> {
  const map = await snapshot(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  const { zoom, pan } = map.viewport;
  const inside = map.nodes.filter((node) => {
    const x = node.x * zoom + pan.x;
    const y = node.y * zoom + pan.y;
    return x >= 0 && x <= box.width && y >= 0 && y <= box.height;
  });
  return inside.length / map.nodes.length;
}

describe('every layout on the national network', () => {
  it('lays it out by community: each community in a region of its own, all in view', async () => {
    await page.goto(harness.atlas.url);
    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 300_000 });
    await page.waitForSelector('[data-testid="map"][data-layout-running="no"]', { timeout: 60_000 });
    const map = await snapshot(page);
    expect(map.nodes.length).toBeGreaterThan(10_000);
    const communityOf = new Map<string, number>();
    for (const community of communities) for (const id of community.memberIds) communityOf.set(id, community.id);
    const placed = map.nodes
      .filter((node) => communityOf.has(node.id))
      .map((node) => ({ x: node.x, y: node.y, community: communityOf.get(node.id)! }));
    expect(placed.length).toBeGreaterThan(10_000);
    expect(meanSilhouette(placed)).toBeGreaterThanOrEqual(0.3);
    expect(await shareInView()).toBeGreaterThan(0.99);
    // Seen whole, its edges are faded (thin, pale grey, no arrows), so the nodes' colours show.
    expect(map.viewport.zoom).toBeLessThan(0.25);
    expect(map.edges.filter((edge) => !edge.classes.includes('overview'))).toEqual([]);
    await page.getByRole('button', { name: 'Community colours' }).click();
    await page.waitForTimeout(3_000);
    await screenshot('communities-map-national');
  }, 420_000);

  it('says the hierarchy cannot serve the whole network, keeps the map as it is and offers the overview', async () => {
    const before = await snapshot(page);
    await page.getByRole('button', { name: 'Hierarchy' }).click();
    const notice = page.getByTestId('layout-refused');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(
      /The hierarchy lays out at most 500 stakeholders, and the map has 20,\d{3}\. Open one community/,
    );
    await layoutFinished();
    const after = await snapshot(page);
    const places = (map: typeof before) => map.nodes.slice(0, 200).map((node) => [node.id, node.x, node.y]);
    expect(places(after)).toEqual(places(before));
    await notice.getByRole('button', { name: 'Community overview' }).click();
    await page.getByTestId('community-overview').waitFor();
  }, 120_000);

  it('shows the community overview: bubbles named after their leading members, linked, and opens one', async () => {
    const bubbles = page.getByTestId('community-bubble');
    await bubbles.first().waitFor();
    const drawn = Math.min(12, communities.length);
    expect(await bubbles.count()).toBe(drawn);
    await expect(page.getByTestId('community-overview-summary').textContent()).resolves.toBe(
      `${total} communities; the ${drawn} largest drawn, each sized by its members. Choose one to open it.`,
    );
    const [largest] = communities;
    const [first] = largest!.centralMembers!.map((member) => member.entity.name);
    const bubble = page.locator('[data-testid="community-bubble"][data-community="1"]');
    await expect(bubble.getAttribute('aria-label')).resolves.toContain(`Community 1: ${first!.slice(0, 12)}`);
    await expect(bubble.textContent()).resolves.toContain(`+${(largest!.size - 2).toLocaleString('en-GB')}`);
    expect(await page.locator('.community-links line').count()).toBeGreaterThan(0);
    // No two bubbles' names overlap on screen (a name that would is shortened or left out).
    const names = await page
      .getByTestId('community-bubble-label')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
    expect(names.length).toBeGreaterThanOrEqual(drawn / 2);
    for (const [index, a] of names.entries())
      for (const b of names.slice(index + 1))
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
    // The largest bubble is the largest on screen.
    const sizes = await bubbles.evaluateAll((elements) => elements.map((element) => element.clientWidth));
    expect(Math.max(...sizes)).toBe(await bubble.evaluate((element) => element.clientWidth));
    await screenshot('community-overview-national');

    await bubble.click();
    await page.getByTestId('community-overview').waitFor({ state: 'detached' });
    expect(page.url()).toContain('colour=community');
    expect(page.url()).not.toContain('overview=1');
    // The map is zoomed onto the community: nearly all of its members are in view.
    await page.waitForTimeout(1_000);
    const map = await snapshot(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    const { zoom, pan } = map.viewport;
    const communityOf = new Map<string, number>();
    for (const community of communities) for (const id of community.memberIds) communityOf.set(id, community.id);
    const drawnMembers = map.nodes.filter((node) => communityOf.get(node.id) === 1);
    const inView = map.nodes.filter((node) => {
      const x = node.x * zoom + pan.x;
      const y = node.y * zoom + pan.y;
      return x >= 0 && x <= box.width && y >= 0 && y <= box.height;
    });
    const counts = new Map<number, number>();
    for (const node of inView) {
      const community = communityOf.get(node.id);
      if (community !== undefined) counts.set(community, (counts.get(community) ?? 0) + 1);
    }
    expect(counts.get(1)! / drawnMembers.length).toBeGreaterThan(0.9);
    // … and what is in view is mostly it and the edges of its neighbours: at least a third of it.
    expect(counts.get(1)! / inView.length).toBeGreaterThan(0.33);
  }, 120_000);

  it('draws rings by influence as one compact disc, the best linked in the middle, and Fit shows it whole', async () => {
    // Rings always run (never refused): wait for this one to start, then to finish.
    const running = page.waitForSelector('[data-testid="map"][data-layout-running="yes"]', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Rings by influence' }).click();
    await running;
    await layoutFinished();
    const map = await snapshot(page);
    expect(map.layout).toBe('concentric');
    expect(map.nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y))).toBe(true);
    const centre = map.nodes.reduce((best, node) =>
      Math.hypot(node.x, node.y) < Math.hypot(best.x, best.y) ? node : best,
    );
    expect(await shareInView()).toBeGreaterThan(0.99);
    // The middle is a national hub: among the best linked hundredth of what is drawn.
    const degree = new Map<string, number>();
    for (const edge of map.edges)
      for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const ranked = [...degree.values()].sort((a, b) => b - a);
    expect(degree.get(centre.id)).toBeGreaterThanOrEqual(ranked[Math.floor(ranked.length / 100)]!);
    // Fit after the reader moved away gives the whole picture back.
    await page.mouse.move(700, 500);
    for (let step = 0; step < 20; step++) await page.mouse.wheel(0, -300);
    await page.waitForTimeout(500);
    expect(await shareInView()).toBeLessThan(0.9);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.waitForTimeout(1_000);
    expect(await shareInView()).toBeGreaterThan(0.99);
    expect(problems).toEqual([]);
  }, 300_000);
});
