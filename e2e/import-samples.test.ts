/**
 * The Import dialog in Chromium with files other tools wrote (core/import/formats/fixtures/real/):
 * at most one decision per unknown value. A Kumu workbook openpyxl wrote (its one unknown
 * relationship type), Gephi's Les Misérables GEXF (what its untyped nodes and edges are), and a
 * register whose columns name other rows and hold codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi, openAtlas, startHarness, type Harness } from './harness.ts';

const REAL = join(import.meta.dirname, '../core/import/formats/fixtures/real');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

async function openWith(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import stakeholders and relationships' });
  await dialog.waitFor();
  await dialog.getByLabel('Choose files').setInputFiles(files);
  await dialog.getByRole('heading', { name: 'Mapping' }).waitFor();
  return dialog;
}

async function idle(page: Page) {
  await page.waitForTimeout(500);
  await page.waitForSelector('[data-testid="import-activity"][data-busy="no"]', { state: 'attached' });
}

/** Previews, imports, and resolves on the line saying what was written. */
async function previewAndImport(page: Page, dialog: Locator): Promise<string> {
  await idle(page);
  await dialog.getByRole('button', { name: 'Next: preview' }).click();
  await idle(page);
  await expect(dialog.getByTestId('import-problems').count()).resolves.toBe(0);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const written = dialog.getByTestId('import-written');
  await written.waitFor({ timeout: 60_000 });
  return (await written.textContent()) ?? '';
}

describe('import in the client, files other tools wrote', () => {
  it('imports a Kumu workbook with one decision: its unknown relationship type', async () => {
    const page = await openAtlas(harness);
    const dialog = await openWith(page, [
      {
        name: 'kumu-workbook.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: readFileSync(join(REAL, 'kumu-workbook.xlsx')),
      },
    ]);
    // Kumu's Organization is guessed: an unclassified body. Only "works with" waits for the user.
    const values = dialog.getByTestId('import-values');
    await expect(values.getByLabel('Stakeholder type “Organization”').inputValue()).resolves.toBe('BODY:unclassified');
    const unknown = values.locator('select[aria-invalid="true"]');
    await expect(unknown.count()).resolves.toBe(1);
    await dialog.getByLabel('Relationship type “works with” (2 rows)').selectOption('COLLABORATES_WITH');
    await idle(page);
    await dialog.getByRole('button', { name: 'Next: preview' }).click();
    await expect(dialog.getByTestId('import-notes').textContent()).resolves.toContain(
      'value(s) of "Strength" scaled to 0–1 (divided by 5, the largest)',
    );
    await dialog.getByRole('button', { name: 'Back: mapping' }).click();
    await expect(previewAndImport(page, dialog)).resolves.toMatch(/^5 new stakeholders and 5 relationships written/);
    await page.close();

    // The unclassified bodies are listed for editors to classify.
    const atlas = await openAtlas(harness);
    await atlas.getByRole('button', { name: 'Table' }).click();
    const table = atlas.getByTestId('table-view');
    await table.getByLabel(/To classify only/).check();
    await table.getByText('Stakeholders to classify').waitFor();
    const names = await table.locator('table').first().locator('tbody th button').allTextContents();
    expect(names.sort()).toEqual(['Northshire County Council', 'Riverside Borough Council']);
    await atlas.close();
  }, 300_000);

  it("imports Gephi's Les Misérables with one decision for its nodes and one for its edges", async () => {
    const page = await openAtlas(harness);
    const dialog = await openWith(page, [
      {
        name: 'les-miserables.gexf',
        mimeType: 'application/xml',
        buffer: readFileSync(join(REAL, 'les-miserables.gexf')),
      },
    ]);
    await dialog.getByLabel('Stakeholder type', { exact: true }).selectOption('PERSON');
    await dialog.getByLabel('Relationship type', { exact: true }).selectOption('LIAISES_WITH');
    await expect(previewAndImport(page, dialog)).resolves.toMatch(/^77 new stakeholders and 254 relationships written/);
    await page.close();
  }, 300_000);

  it('turns a register column naming other rows into relationships, and a code column into identifiers', async () => {
    const register = [
      'Name,Tier,GSS code,County',
      'Northmoor County Council,Council,E10000901,',
      'Eastmoor District Council,Council,E07000901,E10000901',
      'Westmoor District Council,Council,E07000902,Northmoor County Council',
    ].join('\n');
    const page = await openAtlas(harness);
    const dialog = await openWith(page, [
      { name: 'councils.csv', mimeType: 'text/csv', buffer: Buffer.from(register) },
    ]);
    await dialog.getByLabel('Type', { exact: true }).first().selectOption('Tier');
    await dialog.getByLabel('Sector of bodies').selectOption('local-government');
    const registers = dialog.getByTestId('import-registers');
    await registers.getByLabel('“GSS code”', { exact: true }).selectOption('identifier:');
    await registers.getByLabel('Scheme of “GSS code”').fill('gss');
    await registers.getByLabel('“County”', { exact: true }).selectOption('relationship:PART_OF:TO');
    await expect(previewAndImport(page, dialog)).resolves.toMatch(/^3 new stakeholders and 2 relationships written/);
    const found = await askApi<{ search: { id: string }[] }>(harness, 'query { search(text: "E07000901") { id } }');
    expect(found.search.map((each) => each.id)).toEqual(['body:eastmoor-district-council']);
    const links = await askApi<{ neighbourhood: { edges: { type: string; source: string; target: string }[] } }>(
      harness,
      'query { neighbourhood(id: "body:northmoor-county-council", depth: 1) { edges { type source target } } }',
    );
    expect(links.neighbourhood.edges.map((edge) => `${edge.source} ${edge.type} ${edge.target}`).sort()).toEqual([
      'body:eastmoor-district-council PART_OF body:northmoor-county-council',
      'body:westmoor-district-council PART_OF body:northmoor-county-council',
    ]);
    await page.close();
  }, 300_000);
});
