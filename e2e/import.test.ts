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
    // One line for its cause, with the count and the decision that settles it; opened, its row.
    const cause = problems.getByTestId('import-problem-cause');
    await expect(cause.count()).resolves.toBe(1);
    const summary = cause.locator('summary');
    await expect(summary.textContent()).resolves.toMatch(
      /^unknown relationship type "…": .*\(1 row\)\. Map the value to a relationship type/,
    );
    await expect(cause.locator('details li').isVisible()).resolves.toBe(false);
    await summary.click();
    await expect(cause.locator('details li').textContent()).resolves.toContain('Works closely with');
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

  it('cites a source without text, chosen in the dialog, instead of making the files sources', async () => {
    const { createSource: source } = await askApi<{ createSource: { id: string } }>(
      harness,
      'mutation ($input: SourceInput!) { createSource(input: $input) { id } }',
      {
        input: { title: 'Call with the Lighthouse team', publisher: 'Our team', kind: 'meeting note', date: '2026-11' },
      },
    );
    const sourcesBefore = await askApi<{ sources: { id: string; hasText: boolean; retiredAt: string | null }[] }>(
      harness,
      '{ sources { id hasText retiredAt } }',
    );
    const page = await openAtlas(harness);
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import stakeholders and relationships' });
    const picker = dialog.getByLabel('Source the facts cite');
    // Only sources without text are offered (the seed's have texts every fact would need a quote from).
    const citable = sourcesBefore.sources.filter((each) => !each.hasText && !each.retiredAt).map((each) => each.id);
    expect(citable).toContain(source.id);
    await expect
      .poll(() =>
        picker.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
      )
      .toEqual(['', ...citable]);
    await expect(picker.locator(`option[value="${source.id}"]`).textContent()).resolves.toBe(
      'Call with the Lighthouse team · Our team · 2026-11',
    );
    await picker.selectOption(source.id);
    await dialog.getByLabel('Choose files').setInputFiles([
      {
        name: 'lighthouse.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Label,Type,Sector\nLighthouse Data Cooperative,Foundation,Third sector'),
      },
      {
        name: 'lighthouse-links.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('From,To,Type\nLighthouse Data Cooperative,Local Government Association,Member of'),
      },
    ]);
    await dialog.getByRole('heading', { name: 'Mapping' }).waitFor();
    await expect(dialog.getByTestId('import-files-line').textContent()).resolves.toMatch(
      /^Every fact cites “Call with the Lighthouse team”\./,
    );
    await dialog.getByRole('button', { name: 'Next: preview' }).click();
    const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
    await idle(page);
    await importButton.click();
    const written = dialog.getByTestId('import-written');
    await written.waitFor({ timeout: 30_000 });
    await expect(written.textContent()).resolves.toMatch(/^1 new stakeholder and 1 relationship written/);

    // The new stakeholder and its relationship cite the chosen source; no source was made of the files.
    const cited = await askApi<{
      source: { citedBy: { entities: { name: string }[]; relationships: { type: string; target: string }[] } };
    }>(
      harness,
      'query ($id: ID!) { source(id: $id) { citedBy { entities { name } relationships { type target } } } }',
      { id: source.id },
    );
    expect(cited.source.citedBy.entities.map((entity) => entity.name)).toEqual(['Lighthouse Data Cooperative']);
    expect(cited.source.citedBy.relationships).toEqual([{ type: 'MEMBER_OF', target: 'body:lga' }]);
    const sourcesAfter = await askApi<{ sources: { id: string }[] }>(harness, '{ sources { id } }');
    expect(sourcesAfter.sources.length).toBe(sourcesBefore.sources.length);
    await page.close();
  }, 300_000);
});
