/**
 * The Import dialog's pictures for `npm run screenshots`: its files, mapping and preview steps (the
 * preview only: nothing is written), its ready-made layers checked, and, on the script's own
 * instance, a council of the imported layer with its GSS code in the stakeholder editor.
 */
import type { Page } from 'playwright-core';
import { ready, shoot } from './screenshot-camera.ts';

/** Two small Kumu-style CSVs: a match (LGA), a typo of Socitm and a relationship type to map. */
const IMPORT_FILES = [
  {
    name: 'elements.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Label,Type,Sector,Description',
        'Local Government Association,Network,Local government,The membership body of councils',
        'Soctim,Professional association,Local government,Misspelt in the other tool',
        'Harbour Digital Trust,Foundation,Third sector,A charity working with councils',
      ].join('\n'),
    ),
  },
  {
    name: 'connections.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'From,To,Type',
        'Harbour Digital Trust,Local Government Association,Works closely with',
        'Harbour Digital Trust,Soctim,Member of',
      ].join('\n'),
    ),
  },
];

/** The Import dialog's files (with the source picker), mapping and preview (previews only: nothing is written). */
export async function captureImport(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await ready(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByRole('heading', { name: 'Choose the files' }).waitFor();
  await page.waitForTimeout(400);
  await shoot(page, 'import-files');
  await dialog.getByLabel('Choose files').setInputFiles(IMPORT_FILES);
  await dialog.getByRole('heading', { name: 'Mapping' }).waitFor();
  await page.waitForTimeout(400);
  await shoot(page, 'import-mapping');
  await dialog.getByLabel('Relationship type “Works closely with” (1 row)').selectOption('COLLABORATES_WITH');
  await page.waitForTimeout(500);
  await page.waitForSelector('[data-testid="import-activity"][data-busy="no"]', { state: 'attached' });
  await dialog.getByRole('button', { name: 'Next: preview' }).click();
  await dialog.getByTestId('import-rows').waitFor();
  await page.waitForTimeout(400);
  await shoot(page, 'import-preview');
}

/**
 * The dialog's "Ready-made layers" checked (a dry run: what the UK councils layer would change and
 * the dataset's names it leaves out); with `write` (the script's own instance only), the layer
 * imported from the dialog and Aylesbury Vale's identifiers in its editor.
 */
export async function captureLayers(page: Page, url: string, write: boolean): Promise<void> {
  await page.goto(url);
  await ready(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const layers = page.getByTestId('import-dialog').getByRole('region', { name: 'Ready-made layers' });
  await layers.getByRole('button', { name: 'Check what it changes' }).click();
  // A loaded machine can take a minute: the picture is of the report, not of its waiting.
  await layers.getByRole('status').waitFor({ timeout: 180_000 });
  await layers.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(400);
  await shoot(page, 'import-layers');
  if (!write) return;
  await layers.getByRole('button', { name: 'Import UK councils' }).click();
  await layers.getByText(/^Imported: /).waitFor({ timeout: 300_000 });
  await page.goto(`${url}/?sel=body:aylesbury-vale-district-council`);
  await ready(page);
  await page.getByRole('button', { name: 'Edit stakeholder' }).click();
  const identifiers = page.getByTestId('entity-editor').getByRole('group', { name: 'Identifiers' });
  await identifiers.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(400);
  await shoot(page, 'identifiers-editor');
}
