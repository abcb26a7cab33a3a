/** Interlocks in the details panel of a body, against the real server in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlas, snapshot, startHarness, waitForMap, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const emphasised = (map: Awaited<ReturnType<typeof snapshot>>) => ({
  nodes: map.nodes
    .filter((node) => node.classes.includes('on-path'))
    .map((node) => node.id)
    .sort(),
  edges: map.edges
    .filter((edge) => edge.classes.includes('on-path'))
    .map((edge) => edge.id)
    .sort(),
});

describe('interlocks', () => {
  it('lists the bodies a body shares people with, as of the year, and highlights a chosen pair', async () => {
    const page = await openAtlas(harness, '?sel=body:local-cio-council&asof=2012');
    const shared = page.getByTestId('shared-people');
    const hampshire = shared.getByRole('button', { name: /^Hampshire County Council: 1 person/ });
    await hampshire.waitFor();
    // Jos Creese, with his roles and their dates at both bodies.
    const item = shared.locator('li.interlock', {
      has: page.getByRole('button', { name: /^Hampshire County Council: 1 person/ }),
    });
    await expect(item.textContent()).resolves.toMatch(
      /Jos Creese.*Chair \(chairman\) \(2008 – 2016\).*CIO \(from 2008\)/,
    );

    await hampshire.click();
    await expect(hampshire.getAttribute('aria-pressed')).resolves.toBe('true');
    const drawn = await waitForMap(page, (map) => emphasised(map).nodes.length > 0, 'the shared people highlighted');
    expect(emphasised(drawn)).toEqual({
      nodes: ['body:hampshire-county-council', 'body:local-cio-council', 'person:jos-creese'],
      edges: ['rel:jos-creese-chairs-local-cio-council', 'rel:jos-creese-holds-role-at-hampshire-county-council'],
    });
    await page.screenshot({ path: `${process.env.ATLAS_SCREENSHOT_DIR ?? '/tmp'}/interlocks.png` });

    // In 2020 the chair had ended: Hampshire no longer shares anyone with the council.
    await page.goto(page.url().replace('asof=2012', 'asof=2020'));
    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]');
    await shared.locator('li.interlock, p.empty').first().waitFor();
    expect(await shared.getByRole('button', { name: /^Hampshire County Council/ }).count()).toBe(0);
    await page.close();
  });
});
