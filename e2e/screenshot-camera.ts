/** What every screenshot of `npm run screenshots` shares: where they go, waiting for the map, taking one. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT_DIR } from '../server/build/client.ts';

export const OUT = join(ROOT_DIR, 'docs', 'screenshots');
export const log = (line: string) => console.log(`[screenshots] ${line}`);

/** Waits until the map is drawn, loaded and laid out. */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 30_000 });
  await page.waitForSelector('[data-testid="map-status"][data-loading="no"]');
  await page.waitForSelector('[data-testid="map"][data-layout-running="no"]');
  await page.waitForTimeout(800);
}

/**
 * A loaded machine's passing outage (a readiness ping slower than its 2 s) shows a banner no picture
 * should: retry until it goes, for up to two minutes.
 */
async function clearPassingOutage(page: Page): Promise<void> {
  const banner = page.getByTestId('status-banner');
  for (let attempt = 0; attempt < 12 && (await banner.isVisible()); attempt++) {
    await banner
      .getByRole('button', { name: 'Retry' })
      .click({ timeout: 5_000 })
      .catch(() => {});
    await banner.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  }
}

export async function shoot(page: Page, name: string): Promise<void> {
  await clearPassingOutage(page);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  log(`docs/screenshots/${name}.png`);
}
