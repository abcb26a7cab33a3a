/** axe-core on the map and table views, the side panels, the editing forms and the Import dialog: no serious or critical accessibility violations. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlas, seriousViolations, startHarness, type Harness } from './harness.ts';
import { openTool } from './tools.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

describe('accessibility', () => {
  it('the map view with a stakeholder selected has no serious or critical violations', async () => {
    const page = await openAtlas(harness, '?sel=body:local-cio-council');
    await page.getByTestId('entity-details').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the table view has no serious or critical violations and works by keyboard', async () => {
    const page = await openAtlas(harness);
    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.getByTestId('table-view');
    await table.waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Tab to the first stakeholder's name and open it with Enter.
    const firstName = table.locator('tbody th button').first();
    await firstName.focus();
    const name = await firstName.textContent();
    await page.keyboard.press('Enter');
    await page.getByTestId('entity-details').getByRole('heading', { level: 2, name: name! }).waitFor();

    // Sorting is a button in the header; aria-sort says the order.
    const header = table.getByRole('columnheader', { name: /Name/ }).first();
    await header.getByRole('button').press('Enter');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.close();
  });

  it('the new stakeholder form and the stakeholder editor have no serious or critical violations, and work by keyboard', async () => {
    const page = await openAtlas(harness, '?sel=body:local-cio-council');
    await page.getByRole('button', { name: 'New stakeholder…' }).press('Enter');
    const form = page.getByTestId('create-entity');
    await form.waitFor();
    // The form opens on Kind; Tab goes on to Name, and Enter there submits the form.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-entity-kind');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Keyboard Forum');
    await page.keyboard.press('Enter');
    // No type chosen: the API names the field.
    await expect.poll(() => form.getByLabel('Type', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    // Cancel gives the focus back to where the form was opened from.
    await form.getByRole('button', { name: 'Cancel' }).press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-stakeholder');

    await page.getByRole('button', { name: 'Edit stakeholder' }).click();
    await page.getByTestId('entity-editor').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the paths, influence and communities panels have no serious or critical violations', async () => {
    const page = await openAtlas(harness, '?metric=PAGERANK');
    await page.getByRole('tab', { name: 'Influence' }).click();
    await page.getByTestId('ranking').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Paths' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await openTool(page, 'Communities');
    await page.getByTestId('community').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the Import dialog has no serious or critical violations, opens and closes by keyboard, and gives the focus back', async () => {
    const page = await openAtlas(harness);
    const opener = page.getByRole('button', { name: 'Import…' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Import stakeholders and relationships' });
    await dialog.waitFor();
    // The focus is on the step's heading, inside the dialog.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Choose the files');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Import…');
    await page.close();
  });
});
