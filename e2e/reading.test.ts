/** Reading a source in Chromium: its mentions marked, a proposal accepted onto the map, another rejected for good. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi, type Harness, openAtlas, startHarness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const TEXT = `Minutes of the review board, June 2016.

Richard Steel works with Jos Creese on the plan. Socitm endorses the LGCC.
The Rural Services Network (RSN) sent apologies.`;

interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  citations: { quote: string; source: { id: string } }[];
}

async function richardToJos(): Promise<Edge[]> {
  const data = await askApi<{ neighbourhood: { edges: Edge[] } }>(
    harness,
    'query { neighbourhood(id: "person:richard-steel", depth: 1) { edges { id type source target citations { quote source { id } } } } }',
  );
  return data.neighbourhood.edges.filter(
    (edge) => edge.source === 'person:richard-steel' && edge.target === 'person:jos-creese',
  );
}

describe('reading a source', () => {
  it('marks its mentions, accepts a proposal with the keyboard onto the map, and forgets none it rejected', async () => {
    await askApi(harness, 'mutation ($input: SourceInput!) { createSource(input: $input) { id } }', {
      input: {
        title: 'Review board minutes',
        publisher: 'Test Borough Council',
        kind: 'minutes',
        date: '2016-06',
        text: TEXT,
      },
    });
    expect(await richardToJos()).toEqual([]);
    const page = await openAtlas(harness);
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByTestId('sources-view').getByRole('button', { name: 'Review board minutes' }).click();
    const sourcePage = page.getByTestId('source-page');

    // Its mentions, each a link to the stakeholder.
    await sourcePage.getByTestId('mention').first().waitFor();
    await expect(sourcePage.getByTestId('mention').allTextContents()).resolves.toEqual([
      'Richard Steel',
      'Jos Creese',
      'Socitm',
      'LGCC',
    ]);
    await expect(sourcePage.locator('.source-text').textContent()).resolves.toBe(TEXT);

    // A name the atlas does not hold, proposed with its acronym and sentence.
    await expect(sourcePage.getByTestId('new-stakeholder').allTextContents()).resolves.toEqual([
      expect.stringContaining('Rural Services Network (RSN)'),
    ]);

    // Accept the first proposal from the keyboard.
    const proposals = sourcePage.getByTestId('proposal');
    await expect(proposals.allTextContents()).resolves.toEqual([
      expect.stringContaining('Richard Steel collaborates with Jos Creese'),
      expect.stringContaining('Socitm endorses Local CIO Council'),
    ]);
    await proposals.first().focus();
    await page.keyboard.press('a');
    await expect.poll(async () => (await richardToJos()).length, { timeout: 15_000 }).toBe(1);
    const [edge] = await richardToJos();
    expect(edge).toMatchObject({
      type: 'COLLABORATES_WITH',
      citations: [{ quote: 'Richard Steel works with Jos Creese', source: { id: 'source:review-board-minutes' } }],
    });
    await expect.poll(() => proposals.first().textContent(), { timeout: 15_000 }).toContain('already cited');

    // Reject the other: gone, and not proposed again after a reload.
    await proposals.nth(1).focus();
    await page.keyboard.press('r');
    await expect.poll(() => proposals.count(), { timeout: 15_000 }).toBe(1);
    await page.reload();
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByTestId('sources-view').getByRole('button', { name: 'Review board minutes' }).click();
    await sourcePage.getByTestId('mention').first().waitFor();
    await expect(sourcePage.getByTestId('proposal').allTextContents()).resolves.toEqual([
      expect.stringContaining('already cited'),
    ]);

    // The map shows the accepted relationship, cited with the quote.
    const map = await openAtlas(harness, `?sel=${edge!.id}`);
    const details = map.getByTestId('relationship-details');
    await details.waitFor();
    await expect(details.textContent()).resolves.toContain('Richard Steel works with Jos Creese');
    await map.close();
    await page.close();
  });
});
