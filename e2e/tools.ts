/** The left panel's tools: Filters, Paths and Influence have tabs; the rest are under the "More" tab. */
import type { Page } from 'playwright-core';

const IN_ROW = ['Filters', 'Paths', 'Influence'];

/** Opens a tool of the left panel by its name, as a reader would: its tab, or "More" then its name. */
export async function openTool(page: Page, name: string): Promise<void> {
  const tools = page.getByRole('tablist', { name: 'Tools' });
  if (IN_ROW.includes(name)) return tools.getByRole('tab', { name, exact: true }).click();
  await page.locator('#tab-more').click();
  await page.getByRole('menu', { name: 'More tools' }).getByRole('menuitemradio', { name, exact: true }).click();
}
