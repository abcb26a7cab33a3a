/** What the browser tests check of the map's names and its summary in words, at every size. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphSnapshot } from '../client/graph/view.ts';
import { snapshot, waitForMap } from './harness.ts';

/** Pairs of drawn names whose boxes overlap (touching does not count). */
export function overlappingNames(map: GraphSnapshot): string[] {
  const pairs: string[] = [];
  const boxes = map.labelBoxes;
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++) {
      const [p, q] = [boxes[a]!, boxes[b]!];
      if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) pairs.push(`${p.label} / ${q.label}`);
    }
  return pairs;
}

export function summaryText(page: Page): Promise<string> {
  return page
    .getByTestId('map-summary')
    .textContent()
    .then((text) => text ?? '');
}

/** What the summary says of the names drawn: all of them counted, the first 12 listed in order. */
export function namesSaid(map: GraphSnapshot): string {
  return `Labelled in view, by influence (${map.labelled.length}): ${map.labelled.slice(0, 12).join(', ')}`;
}

/** Waits until the map has names and the summary lists the same, then gives both. */
export async function namedMap(page: Page, what: string): Promise<{ map: GraphSnapshot; summary: string }> {
  await waitForMap(page, (map) => map.labelled.length > 0, `${what}: names drawn`, 30_000);
  // The summary follows the names placed; a placement may still be on its way (the view rests first).
  await expect
    .poll(async () => (await summaryText(page)).includes(namesSaid(await snapshot(page))), { timeout: 10_000 })
    .toBe(true);
  return { map: await snapshot(page), summary: await summaryText(page) };
}
