/** Sources users add: made from a citation editor, cited by a new relationship, listed on the source's page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi, type Harness, openAtlas, startHarness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const MINUTES = `Minutes of the digital board, May 2016.

Item 2. Jos Creese agreed to advise Nesta on its “local digital” programme.`;

/** Relationships from Jos Creese to Nesta (the neighbourhood also holds those among his neighbours). */
async function josToNesta(): Promise<{ id: string; type: string }[]> {
  const data = await askApi<{
    neighbourhood: { edges: { id: string; type: string; source: string; target: string }[] };
  }>(harness, 'query { neighbourhood(id: "person:jos-creese", depth: 1) { edges { id type source target } } }');
  return data.neighbourhood.edges
    .filter((edge) => edge.source === 'person:jos-creese' && edge.target === 'body:nesta')
    .map(({ id, type }) => ({ id, type }));
}

describe('sources users add', () => {
  it('creates a source from a citation editor, refuses a quote not in its text, and lists what cites it', async () => {
    const before = await josToNesta();
    const page = await openAtlas(harness, '?sel=person:jos-creese');
    await page.getByRole('button', { name: 'Add a relationship…' }).click();
    const form = page.getByTestId('create-relationship');
    await form.waitFor();
    await form.locator('select').first().selectOption('ADVISES');
    await form.getByRole('combobox', { name: 'To', exact: true }).fill('Nesta');
    await page
      .getByRole('option', { name: /^Nesta/ })
      .first()
      .click();

    // A new source, made without leaving the relationship.
    const citation = form.getByRole('group', { name: 'Citation 1' });
    await citation.getByRole('button', { name: 'New source…' }).click();
    const newSource = citation.getByRole('group', { name: 'New source' });
    await newSource.getByLabel('Title', { exact: true }).fill('Digital board minutes');
    await newSource.getByLabel('Publisher', { exact: true }).fill('Test Borough Council');
    await newSource.getByLabel('Kind', { exact: true }).selectOption('minutes');
    await newSource.getByLabel('Date', { exact: true }).fill('2016-05');
    await newSource.getByRole('textbox', { name: /^Text/ }).fill(MINUTES);
    await newSource.getByRole('button', { name: 'Create source' }).click();
    const sourceSelect = citation.getByLabel('Source', { exact: true });
    // Created: the form closes and the citation has the new source.
    await newSource.waitFor({ state: 'detached' });
    await expect(sourceSelect.inputValue()).resolves.toBe('source:digital-board-minutes');
    // The picker groups the sources by kind: the new minutes under "Minutes".
    await expect(sourceSelect.locator('optgroup[label="Minutes"] > option').allTextContents()).resolves.toEqual([
      'Digital board minutes (2016-05)',
    ]);

    // A quote the text does not hold: marked on the quote, nothing created.
    const quote = citation.getByLabel('Quote');
    await quote.fill('Jos Creese refused to advise Nesta');
    await form.getByRole('button', { name: 'Create relationship' }).click();
    // The server answers while it also refreshes the map after the new source: allow it time.
    await expect.poll(() => quote.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    await expect(citation.locator('[data-field="citations.0.quote"]').textContent()).resolves.toContain(
      'does not occur in source:digital-board-minutes',
    );
    expect(await josToNesta()).toEqual(before);

    // The same words wrapped differently and with plain quote marks are found.
    await quote.fill('Jos Creese agreed to advise Nesta\non its "local digital" programme');
    await form.getByRole('button', { name: 'Create relationship' }).click();
    await page.getByTestId('relationship-details').waitFor();
    const id = new URL(page.url()).searchParams.get('sel');
    expect(id).toMatch(/^rel:/);
    expect(await josToNesta()).toEqual([...before, { id, type: 'ADVISES' }]);

    // The sources list counts it, and the source's page lists it with a link to the map.
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    const list = page.getByTestId('sources-view');
    const row = list.getByRole('row', { name: /Digital board minutes/ });
    await expect(row.locator('td').last().textContent()).resolves.toBe('1');
    await row.getByRole('button', { name: 'Digital board minutes' }).click();
    const sourcePage = page.getByTestId('source-page');
    await sourcePage.getByRole('heading', { name: 'Digital board minutes' }).waitFor();
    await expect(sourcePage.locator('.source-text').textContent()).resolves.toBe(MINUTES);
    const citing = sourcePage.getByRole('button', { name: /Jos Creese advises Nesta/ });
    await citing.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(id);
    await page.getByTestId('relationship-details').waitFor();
    await page.close();
  });
});
