/** Routes between people, the SVG export and shared links, against the real server. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { relationships, validIn } from './seed-facts.ts';
import { namedMap } from './map-reading.ts';
import { openAtlas, settle, snapshot, startHarness, waitForMap, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

async function pick(page: Page, label: string, text: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

describe('paths', () => {
  it('finds the routes between Jos Creese and Dylan Roberts, with citations, and highlights the best', async () => {
    const page = await openAtlas(harness);
    await page.getByRole('tab', { name: 'Paths' }).click();
    await pick(page, 'From', 'Jos Creese', /^Jos Creese/);
    await pick(page, 'To', 'Dylan Roberts', /^Dylan Roberts/);
    // Jos Creese chaired the council until 2016: today his chair is a former relationship.
    await page.getByRole('checkbox', { name: 'Include former relationships' }).check();
    await page.getByRole('button', { name: 'Find routes' }).click();

    const routes = page.getByTestId('routes');
    await routes.waitFor();
    const first = routes.getByRole('button', { name: /^Route 1/ });
    await expect(first.textContent()).resolves.toMatch(/Route 1: 2 hops, cost \d/);
    await expect(first.getAttribute('aria-pressed')).resolves.toBe('true');
    // Each hop cites its source and gives its dates; the ended chair says former.
    await routes.getByText('Jos Creese, chairman of the LGCC', { exact: false }).first().waitFor();
    const hops = await routes.locator('li.route').first().getByTestId('path-hop').allTextContents();
    expect(hops[0]).toMatch(/^Jos Creese chairs → Local CIO Council.*former\s*2008 – 2016/);
    expect(hops[1]).toMatch(/from 2016/);
    expect(hops[1]).not.toMatch(/former/);

    const onPath = (map: Awaited<ReturnType<typeof snapshot>>) => ({
      nodes: map.nodes
        .filter((node) => node.classes.includes('on-path'))
        .map((node) => node.id)
        .sort(),
      edges: map.edges
        .filter((edge) => edge.classes.includes('on-path'))
        .map((edge) => edge.id)
        .sort(),
    });
    const drawn = await waitForMap(page, (map) => onPath(map).edges.length > 0, 'a highlighted route');
    expect(onPath(drawn)).toEqual({
      nodes: ['body:local-cio-council', 'person:dylan-roberts', 'person:jos-creese'],
      edges: ['rel:dylan-roberts-chairs-local-cio-council', 'rel:jos-creese-chairs-local-cio-council'],
    });
    expect(drawn.nodes.find((node) => node.id === 'body:socitm')?.classes).toContain('faded');

    // Choosing another route moves the highlight.
    const second = routes.getByRole('button', { name: /^Route 2/ });
    await second.click();
    const other = await waitForMap(page, (map) => onPath(map).nodes.length !== 3, 'route 2 highlighted');
    expect(onPath(other).nodes).toEqual(expect.arrayContaining(['person:jos-creese', 'person:dylan-roberts']));
    await page.close();
  });

  it('says so when there is no route', async () => {
    const page = await openAtlas(harness);
    await page.getByRole('tab', { name: 'Paths' }).click();
    await pick(page, 'From', 'Jos Creese', /^Jos Creese/);
    // Computing (the publication) has no relationship at all.
    await pick(page, 'To', 'Computing', /^Computing/);
    await page.getByRole('button', { name: 'Find routes' }).click();
    await page.getByTestId('no-route').waitFor();
    await expect(page.getByTestId('no-route').textContent()).resolves.toContain('No route found');
    await page.close();
  });
});

describe('export', () => {
  it('downloads a well-formed SVG that carries the labels shown on the map', async () => {
    const page = await openAtlas(harness);
    await page.getByRole('button', { name: 'Export' }).click();
    // The names drawn once the view rests, which the export draws too.
    const labelled = (await namedMap(page, 'before the export')).map.labelled;
    expect(labelled.length).toBeGreaterThan(3);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Vector image (SVG)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('stakeholder-atlas.svg');
    const svg = readFileSync((await download.path())!, 'utf8');

    const parsed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: document.getElementsByTagName('parsererror')[0]?.textContent ?? null,
        root: document.documentElement.localName,
        texts: [...document.getElementsByTagName('text')].map((node) => node.textContent ?? ''),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    // Long labels wrap onto several <text> lines: every word of every shown label is there.
    const words = new Set(parsed.texts.flatMap((text) => text.split(/\s+/)));
    for (const label of labelled) {
      for (const word of label.split(/\s+/)) expect(words, `"${word}" of "${label}"`).toContain(word);
    }
    await page.close();
  });
});

describe('network export from the server', () => {
  it('downloads GraphML of the network under the year filter, holding the stakeholders on the map', async () => {
    const page = await openAtlas(harness, '?asof=2011');
    await page.getByText('as of 2011').waitFor();
    const drawn = await snapshot(page);
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GraphML (Gephi, NetworkX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('stakeholder-atlas-2011.graphml');
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['node', 'edge'].includes(name),
    }).parse(readFileSync((await download.path())!, 'utf8'));
    const graph = parsed.graphml.graph as { node: { id: string }[]; edge: { id: string }[] };
    // The seed's relationships valid in 2011, read from its data files, not from the server.
    expect(graph.edge.map((edge) => edge.id).sort()).toEqual(
      validIn('2011')
        .map((record) => record.id)
        .sort(),
    );
    const exported = new Set(graph.node.map((node) => node.id));
    expect(drawn.nodes.length).toBeGreaterThan(3);
    for (const node of drawn.nodes) expect(exported, node.id).toContain(node.id);
    await page.close();
  });
});

describe('shared links', () => {
  it('reloading the address restores selection, filters, year, layout and camera', async () => {
    const page = await openAtlas(harness);
    const search = page.getByRole('combobox', { name: 'Search stakeholders' });
    await search.fill('Socitm');
    await page
      .getByRole('option', { name: /^Socitm\b/ })
      .first()
      .waitFor();
    await search.press('Enter');
    await page
      .getByRole('group', { name: 'Relationship families' })
      .getByRole('checkbox', { name: 'Programme', exact: true })
      .uncheck();
    await page.getByRole('checkbox', { name: 'All time' }).uncheck();
    const slider = page.getByRole('slider', { name: 'Year' });
    for (let year = 2008; year < 2011; year++) await slider.press('ArrowRight');
    await page.getByText('as of 2011').waitFor();
    // Lay out the final graph: stakeholders added after a layout are placed beside their neighbours
    // instead, which a fresh page (laying out everything at once) would not reproduce.
    await settle(page);
    await page.getByRole('button', { name: 'Hierarchy' }).click();
    await settle(page);
    const before = await snapshot(page);
    expect(before.layout).toBe('hierarchy');
    const url = page.url();
    expect(url).toContain('sel=body:socitm');
    expect(url).toContain('asof=2011');
    expect(url).toContain('layout=hierarchy');

    const reopened = await openAtlas(harness, url.slice(harness.atlas.url.length + 1));
    await settle(reopened);
    const after = await snapshot(reopened);
    expect(after.selected).toEqual(['body:socitm']);
    expect(after.layout).toBe('hierarchy');
    expect(after.edges.every((edge) => edge.family !== 'PROGRAMME')).toBe(true);
    expect(after.edges.map((edge) => edge.id).sort()).toEqual(before.edges.map((edge) => edge.id).sort());
    await expect(reopened.getByRole('slider', { name: 'Year' }).inputValue()).resolves.toBe('2011');
    expect(after.viewport.zoom).toBeCloseTo(before.viewport.zoom, 2);
    expect(after.viewport.pan.x).toBeCloseTo(before.viewport.pan.x, 0);
    expect(after.viewport.pan.y).toBeCloseTo(before.viewport.pan.y, 0);
    // The same graph lays out the same way, so the camera shows the same stakeholders.
    for (const node of after.nodes) {
      const old = before.nodes.find((candidate) => candidate.id === node.id)!;
      expect(Math.abs(node.x - old.x) + Math.abs(node.y - old.y), node.id).toBeLessThan(5);
    }
    expect(relationships.length).toBeGreaterThan(after.edges.length);
    await reopened.getByTestId('entity-details').getByRole('heading', { name: 'Socitm' }).waitFor();
    await page.close();
    await reopened.close();
  });

  it('opens safely from a mangled link, ignoring what it cannot read', async () => {
    const page = await openAtlas(harness, '?sel=%3Cscript%3E&asof=never&layout=spiral&vp=NaN,1&fam=NOPE');
    const drawn = await snapshot(page);
    expect(drawn.selected).toEqual([]);
    expect(drawn.layout).toBe('force');
    expect(drawn.edges).toHaveLength(relationships.length);
    await page.close();
  });
});
