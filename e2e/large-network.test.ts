/**
 * A network far larger than the seed, of the size where the map changes how it draws: 2,600 more
 * stakeholders imported into the real Neo4j, with a hub that 30 councils link to and nothing else.
 * The map must lay it out without freezing the page (ForceAtlas2 in a worker), show its progress,
 * draw the hub's councils as one aggregate that expands when clicked, and colour by community.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { entitySchema, relationshipSchema } from '../core/records.ts';
import { importGraph } from '../server/repositories/graph-import.ts';
import { testExecutor } from '../server/testing/database.ts';
import { syntheticLinks } from '../core/graph/synthetic.ts';
import { askApi, startHarness, snapshot, waitForMap, type Harness } from './harness.ts';
import { VIEWPORT } from './harness-browser.ts';
import { namedMap, overlappingNames, summaryText } from './map-reading.ts';
import { openTool } from './tools.ts';

/** Above the engine's thresholds for ForceAtlas2, progressive drawing and levels of detail (2,500). */
const SIZE = 2_600;
const LEAVES = 30;
const citation = { source: 'source:socitm-lcioc-purpose', quote: 'Local CIO Council' };
const council = (id: string, name: string) =>
  entitySchema.parse({ id, kind: 'BODY', type: 'council', sector: 'local-government', name, citations: [citation] });
const link = (id: string, from: string, to: string, type = 'COLLABORATES_WITH') =>
  relationshipSchema.parse({ id, type, from, to, dateBasis: 'stated', confidence: 1, citations: [citation] });

interface CommunitiesAnswer {
  communities: { freshness: { stale: boolean }; communities: { id: number; memberIds: string[] }[] };
}
const COMMUNITIES = `query { communities(first: 3) { freshness { stale } communities { id memberIds } } }`;

let harness: Harness;
let communities: { id: number; memberIds: string[] }[];
beforeAll(async () => {
  harness = await startHarness();
  const executor = await testExecutor();
  try {
    await importGraph(
      executor,
      {
        sources: [],
        entities: [
          ...Array.from({ length: SIZE }, (_, index) =>
            council(`body:synthetic-${index}`, `Synthetic council ${index}`),
          ),
          entitySchema.parse({
            id: 'body:synthetic-hub',
            kind: 'BODY',
            type: 'network',
            sector: 'local-government',
            name: 'Synthetic network hub',
            citations: [citation],
          }),
          ...Array.from({ length: LEAVES }, (_, index) => council(`body:leaf-${index}`, `Leaf council ${index}`)),
        ],
        relationships: [
          ...syntheticLinks(SIZE).map(([from, to], index) =>
            link(`rel:synthetic-${index}`, `body:synthetic-${from}`, `body:synthetic-${to}`),
          ),
          link('rel:hub-anchor', 'body:synthetic-hub', 'body:synthetic-1'),
          ...Array.from({ length: LEAVES }, (_, index) =>
            link(`rel:leaf-${index}`, `body:leaf-${index}`, 'body:synthetic-hub', 'MEMBER_OF'),
          ),
        ],
      },
      { actor: 'large-network test' },
    );
  } finally {
    await executor.close();
  }
  // Communities are found off the request path once the graph changes: wait for this graph's.
  const deadline = Date.now() + 90_000;
  for (;;) {
    const answer = (await askApi<CommunitiesAnswer>(harness, COMMUNITIES)).communities;
    if (!answer.freshness.stale && answer.communities[0]?.memberIds.some((id) => id.startsWith('body:synthetic-'))) {
      communities = answer.communities;
      break;
    }
    if (Date.now() > deadline)
      throw new Error(`The communities of the imported network never came: ${JSON.stringify(answer).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 180_000);
afterAll(async () => {
  await harness?.stop();
});

/** With ATLAS_SCREENSHOTS=dir, keeps pictures of the large map for docs/client.md. */
async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.ATLAS_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

describe('a large network', () => {
  let page: Page;
  afterAll(() => page?.close());

  it('is laid out off the main thread with progress shown, then drawn whole with the hub’s councils as one aggregate', async () => {
    page = await harness.browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // Sampled in the page from its first script, every 5 ms: timer ticks while the layout runs (a
    // layout on the main thread would stop them) and the progress lines shown. Sampling, not one check
    // after Playwright saw the layout start: a fast layout may end before that one check runs.
    await page.addInitScript(() => {
      const sampled = { ticksWhileLaying: 0, progress: [] as string[] };
      Object.assign(window, { __layoutSamples: sampled });
      setInterval(() => {
        if (document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.layoutRunning === 'yes')
          sampled.ticksWhileLaying += 1;
        const bar = document.querySelector('[data-testid="map-progress"]');
        const line = document.querySelector('[data-testid="map-laying"]')?.textContent;
        if (bar && line && sampled.progress.at(-1) !== line) sampled.progress.push(line);
      }, 5);
    });
    await page.goto(harness.atlas.url);

    await page.waitForSelector('[data-testid="map"][data-layout-running="yes"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 120_000 });
    const samples = await page.evaluate(
      () =>
        (window as unknown as { __layoutSamples: { ticksWhileLaying: number; progress: string[] } }).__layoutSamples,
    );
    expect(samples.ticksWhileLaying).toBeGreaterThan(1);
    // Progress: a bar and a share done, for the layout and then the drawing.
    expect(samples.progress.some((line) => /^(Laying out|Drawing) 2,\d{3} stakeholders… \d{1,3}%/.test(line))).toBe(
      true,
    );

    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 120_000 });
    const drawn = await snapshot(page);
    const synthetic = drawn.nodes.filter((node) => node.id.startsWith('body:synthetic-'));
    // Every synthetic council is drawn, or held in an aggregate of its hub's leaves.
    const held = drawn.nodes.filter((node) => node.aggregate > 0).reduce((sum, node) => sum + node.aggregate, 0);
    expect(synthetic.length + held).toBeGreaterThanOrEqual(SIZE + 1 + LEAVES);
    const spots = new Set(synthetic.map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`));
    expect(spots.size).toBeGreaterThan(synthetic.length * 0.98);
    expect(await page.getByTestId('map-laying').count()).toBe(0);

    await screenshot(page, 'large-map');
    const aggregate = drawn.nodes.find(
      (node) => node.label === `${LEAVES} councils` && node.id.includes('synthetic-hub'),
    );
    expect(aggregate).toMatchObject({ aggregate: LEAVES, kind: 'BODY' });
    expect(drawn.nodes.some((node) => node.id.startsWith('body:leaf-'))).toBe(false);
    expect(drawn.edges.filter((edge) => edge.source === aggregate!.id || edge.target === aggregate!.id)).toHaveLength(
      1,
    );

    // Expand on demand: the list beside the map (folded) names it, with its hub, as a button.
    await page.getByTestId('map-aggregates').locator('summary').click();
    await page
      .getByTestId('map-aggregates')
      .getByRole('button', { name: `${LEAVES} councils of Synthetic network hub` })
      .click();
    const expanded = await waitForMap(
      page,
      (map) => map.nodes.filter((node) => node.id.startsWith('body:leaf-')).length === LEAVES,
      'the aggregate’s councils drawn',
    );
    expect(expanded.nodes.some((node) => node.id === aggregate!.id)).toBe(false);
    // Expanding selects nothing: an aggregate is not a stakeholder.
    expect(expanded.selected).toEqual([]);

    // A click on a stakeholder drawn on the map selects it: the hit test, which on a large map looks
    // only at the elements near the pointer (canvas-tuning.ts), finds it. The community layout packs
    // members closely, so the mouse wheel zooms in until some stakeholder stands clear of the rest.
    const box = (await page.getByTestId('map').boundingBox())!;
    // The stakeholder in the map's inner area whose nearest neighbour on screen is farthest away.
    const loneliest = (map: Awaited<ReturnType<typeof snapshot>>) => {
      const { zoom, pan } = map.viewport;
      const onScreen = map.nodes
        .filter((node) => !node.classes.includes('lod-hidden'))
        .map((node) => ({ id: node.id, x: node.x * zoom + pan.x, y: node.y * zoom + pan.y }));
      const inner = onScreen.filter(
        (node) => node.x > 40 && node.x < box.width - 40 && node.y > 40 && node.y < box.height - 40,
      );
      const spaced = inner.map((node) => ({
        ...node,
        space: Math.min(
          ...onScreen.filter((other) => other !== node).map((other) => Math.hypot(other.x - node.x, other.y - node.y)),
        ),
      }));
      return spaced.sort((a, b) => b.space - a.space)[0];
    };
    let clear = loneliest(expanded);
    for (let step = 0; step < 12 && clear && clear.space <= 30; step++) {
      // Zoom in on that stakeholder, so that it stays under the pointer while its neighbours move apart.
      await page.mouse.move(box.x + clear.x, box.y + clear.y);
      const before = (await snapshot(page)).viewport.zoom;
      await page.mouse.wheel(0, -300);
      await waitForMap(page, (map) => map.viewport.zoom > before, 'the wheel zoomed in');
      await page.waitForTimeout(400);
      clear = loneliest(await snapshot(page));
    }
    expect(clear?.space).toBeGreaterThan(30);
    await page.mouse.click(box.x + clear!.x, box.y + clear!.y);
    await waitForMap(page, (map) => map.selected[0] === clear!.id, 'the clicked stakeholder selected');
    expect(problems).toEqual([]);
  }, 240_000);

  it('colours the map by community, and lists the communities with their central members', async () => {
    await page.getByRole('button', { name: 'Community colours' }).click();
    const [first, second] = communities;
    const colourOf = (map: Awaited<ReturnType<typeof snapshot>>, ids: string[]) =>
      new Set(map.nodes.filter((node) => ids.includes(node.id)).map((node) => node.colour));
    const coloured = await waitForMap(
      page,
      (map) => {
        const [one, two] = [colourOf(map, first!.memberIds), colourOf(map, second!.memberIds)];
        return one.size === 1 && two.size === 1 && [...one][0] !== [...two][0];
      },
      'each community in a colour of its own',
      60_000,
    );
    const firstColour = [...colourOf(coloured, first!.memberIds)][0];
    const secondColour = [...colourOf(coloured, second!.memberIds)][0];
    expect(firstColour).toBe('rgb(78,121,167)'); // the first community colour, #4e79a7
    expect(firstColour).not.toBe(secondColour);
    expect(page.url()).toContain('colour=community');

    await openTool(page, 'Communities');
    const list = page.getByTestId('community');
    await list.first().waitFor();
    expect(await list.count()).toBeGreaterThanOrEqual(2);
    await expect(list.first().textContent()).resolves.toMatch(/Community 1/);
    await screenshot(page, 'communities');
    const member = list.first().getByRole('button').first();
    const name = (await member.textContent())!;
    await member.click();
    const selected = await waitForMap(page, (map) => map.selected.length === 1, 'a central member selected');
    expect(first!.memberIds).toContain(selected.selected[0]);
    expect(selected.nodes.find((node) => node.id === selected.selected[0])?.label).toBe(name);
  }, 120_000);

  it('lists, on request and a page at a time, the neighbours a stakeholder’s details leave out', async () => {
    // A body with more members than the details list (DETAILS_NEIGHBOURS, 499): 121 are left out.
    const members = 620;
    const executor = await testExecutor();
    try {
      await importGraph(
        executor,
        {
          sources: [],
          entities: [council('body:big-association', 'Big association')],
          relationships: Array.from({ length: members }, (_, index) =>
            link(`rel:big-member-${index}`, `body:synthetic-${index}`, 'body:big-association', 'MEMBER_OF'),
          ),
        },
        { actor: 'large-network test' },
      );
    } finally {
      await executor.close();
    }
    const details = await harness.browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    await details.goto(`${harness.atlas.url}/?sel=body:big-association`);
    const leftOut = details.getByTestId('relationships-left-out');
    await expect(leftOut.getByRole('note').textContent()).resolves.toMatch(
      /Only its strongest neighbours are listed; 121 more are not: 121 by “member of”\./,
    );
    const relationships = details.getByTestId('entity-details').getByTestId('relationship');
    expect(await relationships.count()).toBe(499);

    await leftOut.getByRole('button', { name: 'List them' }).click();
    const list = leftOut.getByRole('region', { name: 'Neighbours left out' });
    await expect.poll(() => list.getByTestId('relationship').count(), { timeout: 30_000 }).toBe(100);
    await expect(list.getByText('100 of the 121 listed.').count()).resolves.toBe(1);
    await list.getByRole('button', { name: 'List 100 more' }).click();
    await expect.poll(() => list.getByTestId('relationship').count(), { timeout: 30_000 }).toBe(121);
    await list.getByText('121 of the 121 listed.').waitFor();
    expect(await list.getByRole('button', { name: 'List 100 more' }).count()).toBe(0);
    // The details' relationships and those listed now are every member, each once, by name.
    const sentences = await relationships.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
    expect(new Set(sentences).size).toBe(members);
    expect(sentences).toContain('Synthetic council 619 member of Big association');
    await screenshot(details, 'left-out-neighbours');
    await details.close();
  }, 120_000);
});

describe('a large network in words and in focus', () => {
  it('names at least 25 stakeholders at the whole-network zoom, none overlapping, and says so beside the map', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    await page.goto(harness.atlas.url);
    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 120_000 });
    const { map, summary } = await namedMap(page, 'the large network');
    expect(map.labelled.length).toBeGreaterThanOrEqual(25);
    expect(overlappingNames(map)).toEqual([]);
    expect(summary).toMatch(/^Map of 2,\d{3} stakeholders and [\d,]+ relationships, layout: force\. /);
    await page.close();
  }, 180_000);

  it('fades its edges seen whole (pale, no arrows), and not when opened zoomed in', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    await page.goto(`${harness.atlas.url}/?vp=0.1,700,400`);
    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 120_000 });
    const faded = async () => {
      const map = await snapshot(page);
      const overview = map.edges.filter((edge) => edge.classes.includes('overview')).length;
      return { zoom: map.viewport.zoom, overview, edges: map.edges.length };
    };
    await expect.poll(async () => (await faded()).zoom, { timeout: 30_000 }).toBe(0.1);
    await expect
      .poll(
        async () => {
          const now = await faded();
          return now.overview === now.edges && now.edges > 0;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    // The same map opened zoomed in past the overview zoom: its edges keep their colours and arrows.
    await page.goto(`${harness.atlas.url}/?vp=0.6,700,400`);
    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 120_000 });
    await expect.poll(async () => (await faded()).zoom, { timeout: 30_000 }).toBe(0.6);
    await expect.poll(async () => (await faded()).overview, { timeout: 30_000 }).toBe(0);
    expect((await faded()).edges).toBeGreaterThan(0);
    await page.close();
  }, 240_000);

  it('focuses a hub: names only it and its neighbours, and "Explore from here" draws only its neighbourhood', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    await page.goto(`${harness.atlas.url}/?sel=body:synthetic-hub`);
    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 120_000 });
    await expect
      .poll(() => summaryText(page), { timeout: 30_000 })
      .toContain(`Focused on Synthetic network hub and its ${LEAVES + 1} neighbours; the rest is faded.`);
    const { map } = await namedMap(page, 'the hub in focus');
    expect(map.labelled[0]).toBe('Synthetic network hub');
    // Nothing outside the neighbourhood is named.
    for (const box of map.labelBoxes) expect(map.highlighted).toContain(box.id);
    expect(overlappingNames(map)).toEqual([]);

    await page.getByTestId('entity-details').getByRole('button', { name: 'Explore from here' }).click();
    const neighbourhood = await waitForMap(
      page,
      (drawn) => drawn.nodes.length > 0 && drawn.nodes.length < 10 && drawn.labelled.length > 0,
      'only the hub’s neighbourhood drawn',
      60_000,
    );
    const held = neighbourhood.nodes.reduce((sum, node) => sum + node.aggregate, 0);
    const stakeholders = neighbourhood.nodes.filter((node) => node.aggregate === 0).length;
    expect(stakeholders + held).toBe(LEAVES + 2);
    await expect
      .poll(() => summaryText(page), { timeout: 15_000 })
      .toMatch(new RegExp(`^Map of ${LEAVES + 2} stakeholders and ${LEAVES + 1} relationships`));
    await page.close();
  }, 180_000);
});
