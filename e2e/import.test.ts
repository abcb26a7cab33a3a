/**
 * The Import dialog in Chromium against the real server and Neo4j: an elements CSV and a connections
 * CSV with a relationship type the atlas does not know; the problem and the value to map; the
 * preview's "matches" row and possible duplicate, decided; the import; the new stakeholder on the map
 * and in search; and the same files again writing nothing new.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi, openAtlas, startHarness, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const ELEMENTS = [
  'Label,Type,Sector,Description',
  'Local Government Association,Network,Local government,The membership body of councils',
  'Soctim,Professional association,Local government,Misspelt in the other tool',
  'Harbour Digital Trust,Foundation,Third sector,A charity the import test adds',
].join('\n');

const CONNECTIONS = [
  'From,To,Type',
  'Harbour Digital Trust,Local Government Association,Works closely with',
  'Harbour Digital Trust,Soctim,Member of',
].join('\n');

const FILES = [
  { name: 'elements.csv', mimeType: 'text/csv', buffer: Buffer.from(ELEMENTS) },
  { name: 'connections.csv', mimeType: 'text/csv', buffer: Buffer.from(CONNECTIONS) },
];

interface Counted {
  network: { nodes: { id: string }[]; edges: { id: string }[] };
}
const countAll = () => askApi<Counted>(harness, 'query { network { nodes { id } edges { id } } }');

/** Opens the dialog and sends the files; resolves on the mapping step. */
async function openWithFiles(page: Page) {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import stakeholders and relationships' });
  await dialog.waitFor();
  await dialog.getByLabel('Choose files').setInputFiles(FILES);
  await dialog.getByRole('heading', { name: 'Mapping' }).waitFor();
  return dialog;
}

/** Waits until no preview or import is running (the re-preview after a change is debounced). */
async function idle(page: Page) {
  await page.waitForTimeout(500);
  await page.waitForSelector('[data-testid="import-activity"][data-busy="no"]', { state: 'attached' });
}

describe('import in the client', () => {
  it('maps an unknown value, decides a possible duplicate, imports, and imports again without change', async () => {
    const before = await countAll();
    const page = await openAtlas(harness);
    let dialog = await openWithFiles(page);

    // The columns were guessed from their names, and the value the atlas does not know is listed.
    await expect(dialog.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Label');
    const value = dialog.getByLabel('Relationship type “Works closely with” (1 row)');
    await expect(value.inputValue()).resolves.toBe('');

    // The preview lists it as a problem of connections.csv, and the Import button says why it waits.
    await dialog.getByRole('button', { name: 'Next: preview' }).click();
    const problems = dialog.getByTestId('import-problems');
    await problems.getByRole('heading', { name: 'connections.csv' }).waitFor();
    await expect(problems.textContent()).resolves.toContain('Works closely with');
    const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
    await expect(importButton.isDisabled()).resolves.toBe(true);
    await expect(dialog.locator('#import-why').textContent()).resolves.toMatch(/^Fix the 1 problem first/);

    // Map it; the preview runs again, without problems.
    await dialog.getByRole('button', { name: 'Back: mapping' }).click();
    await value.selectOption('COLLABORATES_WITH');
    await idle(page);
    await dialog.getByRole('button', { name: 'Next: preview' }).click();
    await problems.waitFor({ state: 'detached' });

    // The rows: LGA matches, Soctim may be Socitm, Harbour Digital Trust is new.
    const rows = dialog.getByTestId('import-rows');
    const rowOf = (name: string) => rows.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(rowOf('Local Government Association').textContent()).resolves.toContain('matches LGA');
    await expect(rowOf('Harbour Digital Trust').locator('td').last().textContent()).resolves.toBe('new');
    const soctim = rowOf('Soctim');
    await expect(soctim.textContent()).resolves.toMatch(/possible duplicate of Socitm, because .+/);
    const counts = dialog.getByTestId('import-counts');
    await expect(counts.textContent()).resolves.toContain('Possible duplicates1');

    // Decide: Soctim is Socitm. The preview runs again with the decision.
    await soctim.getByRole('radio', { name: 'Same as Socitm' }).check();
    await idle(page);
    await expect(soctim.textContent()).resolves.toContain('same as Socitm (your decision)');
    await expect(importButton.isEnabled()).resolves.toBe(true);

    await importButton.click();
    const written = dialog.getByTestId('import-written');
    await written.waitFor({ timeout: 30_000 });
    await expect(written.textContent()).resolves.toMatch(/^1 new stakeholder and 2 relationships written/);

    // The new stakeholder is on the map, selected, and its relationships join LGA and Socitm.
    await written.getByRole('button', { name: 'Harbour Digital Trust' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('entity-details').getByRole('heading', { name: 'Harbour Digital Trust' }).waitFor();
    const id = new URL(page.url()).searchParams.get('sel')!;
    await expect
      .poll(() => page.evaluate((node) => window.__atlas!.snapshot().nodes.some((each) => each.id === node), id))
      .toBe(true);
    const found = await askApi<{ search: { id: string; name: string }[] }>(
      harness,
      'query { search(text: "Harbour Digital") { id name } }',
    );
    expect(found.search).toContainEqual({ id, name: 'Harbour Digital Trust' });
    const links = await askApi<{ neighbourhood: { edges: { type: string; source: string; target: string }[] } }>(
      harness,
      'query ($id: ID!) { neighbourhood(id: $id, depth: 1) { edges { type source target } } }',
      { id },
    );
    expect(
      links.neighbourhood.edges.filter((edge) => edge.source === id).sort((a, b) => a.type.localeCompare(b.type)),
    ).toEqual([
      { type: 'COLLABORATES_WITH', source: id, target: 'body:lga' },
      { type: 'MEMBER_OF', source: id, target: 'body:socitm' },
    ]);
    const after = await countAll();
    expect(after.network.nodes.length).toBe(before.network.nodes.length + 1);
    expect(after.network.edges.length).toBe(before.network.edges.length + 2);

    // The same files again: the mapping is remembered, every row is in the atlas, nothing new is written.
    dialog = await openWithFiles(page);
    await dialog.getByText('Remembered from your last import of files like these.').waitFor();
    // Mapped now, so its count of rows is no longer reported.
    const remembered = dialog.getByLabel('Relationship type “Works closely with”', { exact: true });
    await expect(remembered.inputValue()).resolves.toBe('COLLABORATES_WITH');
    await dialog.getByRole('button', { name: 'Next: preview' }).click();
    await expect(rowOf('Harbour Digital Trust').textContent()).resolves.toContain('matches Harbour Digital Trust');
    // A decision is the user's for one import: Soctim is asked about again when it is not remembered.
    const again = soctim.getByRole('radio', { name: 'Same as Socitm' });
    if ((await again.count()) > 0) {
      await again.check();
      await idle(page);
    }
    await expect(counts.textContent()).resolves.toContain('New stakeholders0');
    await importButton.click();
    await written.waitFor({ timeout: 30_000 });
    await expect(written.textContent()).resolves.toMatch(/^No new stakeholders: every row is one the atlas has/);
    const final = await countAll();
    expect(final.network.nodes.length).toBe(after.network.nodes.length);
    expect(final.network.edges.length).toBe(after.network.edges.length);
    await page.close();
  }, 300_000);
});
