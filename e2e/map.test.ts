/** The map against the real server and the seeded Neo4j: drawing, search, filters and the year. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { entity, endpoints, familyOf, relationships, validIn } from './seed-facts.ts';
import { openAtlas, snapshot, startHarness, waitForMap, type Harness } from './harness.ts';
import { namedMap, overlappingNames, summaryText } from './map-reading.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const familyBox = (page: Page, family: string) =>
  page.getByRole('group', { name: 'Relationship families' }).getByRole('checkbox', { name: family, exact: true });

const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id).sort();

describe('the map', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openAtlas(harness);
  });
  afterAll(() => page?.close());

  it('draws every seeded stakeholder that has a relationship, and every relationship', async () => {
    const drawn = await snapshot(page);
    expect(ids(drawn.edges)).toEqual(relationships.map((record) => record.id).sort());
    expect(ids(drawn.nodes)).toEqual([...endpoints(relationships)].sort());
    expect(drawn.nodes.find((node) => node.id === 'body:socitm')?.label).toBe('Socitm');
    await expect(page.getByTestId('map-status').textContent()).resolves.toContain(
      `${drawn.nodes.length} stakeholders · ${drawn.edges.length} relationships`,
    );
  });

  it('search finds Socitm, selects it and shows its details with citations', async () => {
    const search = page.getByRole('combobox', { name: 'Search stakeholders' });
    await search.fill('Socitm');
    await page
      .getByRole('option', { name: /^Socitm\b/ })
      .first()
      .waitFor();
    await search.press('Enter');

    await waitForMap(page, (drawn) => drawn.selected.join() === 'body:socitm', 'Socitm selected');
    const details = page.getByTestId('entity-details');
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Socitm');
    // A quote the seed cites for Socitm, with its source's title.
    const socitm = entity('body:socitm');
    const quote = socitm.citations[0]!.quote;
    await details.getByText(quote, { exact: false }).first().waitFor();
    await expect(details.locator('cite').first().textContent()).resolves.not.toBe('');
    // Its relationships are listed under their families, each with a citation.
    const relationshipCount = relationships.filter(
      (record) => record.from === 'body:socitm' || record.to === 'body:socitm',
    ).length;
    await expect(details.getByTestId('relationship').count()).resolves.toBe(relationshipCount);
  });

  it('finds entities by acronym and former name, and says when nothing matches', async () => {
    const search = page.getByRole('combobox', { name: 'Search stakeholders' });
    await search.fill('LGCC');
    await page.getByRole('option', { name: /Local CIO Council/ }).waitFor();
    await search.press('ArrowDown');
    await search.press('Escape');
    await search.fill('zzqxv');
    await page.getByText('Nothing found for “zzqxv”.').waitFor();
    await search.fill('');
  });
});

describe('filters and the year', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openAtlas(harness);
  });
  afterAll(() => page?.close());

  it('a family filter keeps only that family’s relationships, and their stakeholders', async () => {
    const before = await snapshot(page);
    for (const family of ['Liaison', 'Membership', 'Governance', 'Programme']) {
      await familyBox(page, family).uncheck();
    }
    const influence = relationships.filter((record) => familyOf(record) === 'INFLUENCE');
    const drawn = await waitForMap(
      page,
      (map) => map.edges.length === influence.length && map.edges.every((edge) => edge.family === 'INFLUENCE'),
      'only influence relationships',
    );
    expect(ids(drawn.edges)).toEqual(influence.map((record) => record.id).sort());
    expect(ids(drawn.nodes)).toEqual([...endpoints(influence)].sort());
    // Stakeholders that stay keep their place on the map.
    const socitm = (map: typeof before) => map.nodes.find((node) => node.id === 'body:local-cio-council')!;
    expect([socitm(drawn).x, socitm(drawn).y]).toEqual([socitm(before).x, socitm(before).y]);

    await page.getByRole('button', { name: 'Reset filters' }).click();
    await waitForMap(page, (map) => map.edges.length === relationships.length, 'every relationship back');
  });

  it('the year slider shows the relationships valid in that year, with the names then in use', async () => {
    await page.getByRole('checkbox', { name: 'All time' }).uncheck();
    const slider = page.getByRole('slider', { name: 'Year' });
    await expect(slider.inputValue()).resolves.toBe('2008');
    await slider.focus();
    await slider.press('ArrowRight');
    const expected = validIn('2009');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(relationships.length);

    const drawn = await waitForMap(page, (map) => map.edges.length === expected.length, 'relationships of 2009');
    expect(ids(drawn.edges)).toEqual(expected.map((record) => record.id).sort());
    expect(drawn.edges.map((edge) => edge.id)).toContain('rel:jos-creese-chairs-local-cio-council');
    expect(drawn.edges.map((edge) => edge.id)).not.toContain('rel:dylan-roberts-chairs-local-cio-council');
    expect(drawn.nodes.find((node) => node.id === 'body:local-cio-council')?.label).toBe(
      'Local Government CIO Council',
    );
    await expect(page.getByTestId('map-status').textContent()).resolves.toContain('as of 2009');

    await page.getByRole('checkbox', { name: 'All time' }).check();
    await waitForMap(page, (map) => map.edges.length === relationships.length, 'all time again');
  });

  it('undo takes back the last change', async () => {
    await familyBox(page, 'Programme').uncheck();
    const programme = relationships.filter((record) => familyOf(record) === 'PROGRAMME').length;
    await waitForMap(page, (map) => map.edges.length === relationships.length - programme, 'programme links gone');
    await page.getByRole('button', { name: /^Undo/ }).click();
    await waitForMap(page, (map) => map.edges.length === relationships.length, 'programme links back');
    await expect(familyBox(page, 'Programme').isChecked()).resolves.toBe(true);
  });
});

describe('the map’s names, its summary in words and focus', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openAtlas(harness);
  });
  afterAll(() => page?.close());

  /** Each stakeholder's relationships on the map. */
  const linksOf = (map: Awaited<ReturnType<typeof snapshot>>) => {
    const links = new Map<string, Set<string>>();
    for (const { source, target } of map.edges) {
      links.set(source, (links.get(source) ?? new Set()).add(target));
      links.set(target, (links.get(target) ?? new Set()).add(source));
    }
    return links;
  };

  it('names the best-linked stakeholders first, none overlapping, and says so beside the map', async () => {
    const { map, summary } = await namedMap(page, 'the seed');
    expect(summary).toMatch(
      new RegExp(`^Map of ${map.nodes.length} stakeholders and ${map.edges.length} relationships, layout: force\\. `),
    );
    expect(summary).toContain('Local CIO Council');
    expect(overlappingNames(map)).toEqual([]);
    expect(map.labelled.length).toBeGreaterThan(10);
    // By influence (relationships, with the influence overlay off): never a less linked one first.
    const degree = new Map<string, number>();
    for (const { source, target } of map.edges)
      for (const end of [source, target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const ranks = map.labelBoxes.map((box) => degree.get(box.id) ?? 0);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(ranks[0]).toBe(Math.max(...degree.values()));
    // The summary is beside the canvas, not over it.
    const canvas = (await page.getByTestId('map').boundingBox())!;
    const words = (await page.getByTestId('map-summary').boundingBox())!;
    expect(words.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
  });

  it('moves between names with the arrow keys, selects with Enter, then fades all but the neighbourhood', async () => {
    await page.getByTestId('map').focus();
    await page.keyboard.press('ArrowRight');
    const first = (await snapshot(page)).labelBoxes[0]!;
    await expect(page.getByTestId('map-keyboard').textContent()).resolves.toBe(
      `Keyboard on ${first.label}: Enter selects it.`,
    );
    await page.keyboard.press('ArrowDown');
    const moved = (await page.getByTestId('map-keyboard').textContent())!;
    expect(moved).toMatch(/^Keyboard on .+: Enter selects it\.$/);
    const target = (await snapshot(page)).labelBoxes.find(
      (box) => moved === `Keyboard on ${box.label}: Enter selects it.`,
    );
    expect(target).toBeDefined();
    // Down means down: the stakeholder reached is below the first.
    const centre = (box: { y1: number; y2: number }) => (box.y1 + box.y2) / 2;
    expect(centre(target!)).toBeGreaterThan(centre(first));

    await page.keyboard.press('Enter');
    await waitForMap(page, (map) => map.selected.join() === target!.id, 'the stakeholder selected from the keyboard');
    const neighbours = linksOf(await snapshot(page)).get(target!.id)!;
    const plural = neighbours.size === 1 ? 'neighbour' : 'neighbours';
    await expect
      .poll(() => summaryText(page))
      .toContain(`Focused on ${target!.label} and its ${neighbours.size} ${plural}; the rest is faded.`);
    const { map } = await namedMap(page, 'the focus');
    expect(map.labelled[0]).toBe(target!.label);
    for (const box of map.labelBoxes) expect([target!.id, ...neighbours]).toContain(box.id);
    expect(map.labelBoxes.length).toBeGreaterThanOrEqual(Math.min(2, neighbours.size + 1));
    expect(overlappingNames(map)).toEqual([]);
    for (const node of map.nodes) {
      const inFocus = node.id === target!.id || neighbours.has(node.id);
      expect(node.classes.includes('unfocused'), node.id).toBe(!inFocus);
    }

    await page.keyboard.press('Escape');
    await waitForMap(page, (map) => map.selected.length === 0, 'the selection cleared');
    await expect.poll(() => summaryText(page)).not.toContain('Focused on');
  });

  it('says which layout it shows', async () => {
    await page.getByRole('button', { name: 'Hierarchy' }).click();
    await expect.poll(() => summaryText(page), { timeout: 15_000 }).toContain('layout: hierarchy.');
    const { map } = await namedMap(page, 'the hierarchy');
    expect(overlappingNames(map)).toEqual([]);
    await page.getByRole('button', { name: 'Force' }).click();
    await expect.poll(() => summaryText(page), { timeout: 15_000 }).toContain('layout: force.');
  });

  it('stays fitted when its frame shrinks, until the reader moves it', async () => {
    /** The map's frame, its zoom, and how many stakeholders lie outside the frame. */
    const camera = async () => {
      const map = await snapshot(page);
      const box = (await page.getByTestId('map').boundingBox())!;
      const { zoom, pan } = map.viewport;
      const outside = map.nodes.filter((node) => {
        const [x, y] = [node.x * zoom + pan.x, node.y * zoom + pan.y];
        return x < 0 || y < 0 || x > box.width || y > box.height;
      });
      return { box, viewport: map.viewport, outside: outside.length };
    };
    const twoFrames = () =>
      page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    const fitted = await camera();
    expect(fitted.outside).toBe(0);
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: size.height - 320 });
    await expect.poll(async () => (await camera()).box.height).toBeLessThan(fitted.box.height - 200);
    await twoFrames();
    const shrunk = await camera();
    expect(shrunk.outside).toBe(0);
    expect(shrunk.viewport.zoom).toBeLessThan(fitted.viewport.zoom);

    // The reader drags the map: a resize then leaves the camera where the reader put it.
    const { box } = shrunk;
    await page.mouse.move(box.x + 12, box.y + 12);
    await page.mouse.down();
    await page.mouse.move(box.x + 212, box.y + 112, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await camera()).viewport.pan.x).toBeGreaterThan(shrunk.viewport.pan.x + 100);
    const moved = (await camera()).viewport;
    await page.setViewportSize(size);
    await expect.poll(async () => (await camera()).box.height).toBeGreaterThan(shrunk.box.height + 200);
    await twoFrames();
    expect((await camera()).viewport).toEqual(moved);
  });
});

describe('when the database is down', () => {
  it('shows the reason with a Retry button, and recovers', async () => {
    const page = await harness.browser.newPage();
    await page.route('**/ready', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: '{"status":"unavailable","reason":"Neo4j is not answering"}',
      }),
    );
    await page.goto(harness.atlas.url);
    const banner = page.getByTestId('status-banner');
    await banner.getByText('Neo4j is not answering').waitFor();
    await page.unroute('**/ready');
    await banner.getByRole('button', { name: 'Retry' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]');
    await page.close();
  });
});
