/**
 * The header and the left panel's tools in Chromium. The header keeps its search usable and every
 * action on screen from 800 to 1440 px. The tools: one row of tabs at the usual window widths (and at 1024 px),
 * "More" for the rest, by mouse and by keyboard (arrow keys, Home, End through every tool; the menu's
 * own keys), and no serious accessibility violations with the menu open.
 */
import type { Page } from 'playwright-core';
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

const selectedTab = (page: Page) => page.getByRole('tablist', { name: 'Tools' }).getByRole('tab', { selected: true });
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.replace('▾', '') ?? '');

describe('the left panel tools', () => {
  it('fit one row at 1024, 1280 and 1440 px, even with a long tool chosen under More', async () => {
    const page = await openAtlas(harness);
    const tools = page.getByRole('tablist', { name: 'Tools' });
    for (const width of [1024, 1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      for (const tool of ['Filters', 'Communities', 'Warm routes', 'Follow-ups']) {
        await openTool(page, tool);
        const tops = await tools
          .getByRole('tab')
          .evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().top));
        expect(new Set(tops).size, `${tool} at ${width} px`).toBe(1);
        expect(await tools.evaluate((list) => list.scrollWidth - list.clientWidth), `${tool} at ${width} px`).toBe(0);
        expect(await selectedTab(page).textContent()).toContain(tool);
        // Shortened in the narrowest panel, the chosen tool's name stays whole in its tooltip.
        if (tool !== 'Filters')
          expect(await selectedTab(page).getAttribute('title')).toMatch(
            new RegExp(`^${tool}\\. More tools: Communities`),
          );
      }
    }
    await page.close();
  });

  it('moves through every tool with the arrow keys, Home and End, and through More with its menu', async () => {
    const page = await openAtlas(harness);
    const tools = page.getByRole('tablist', { name: 'Tools' });
    await tools.getByRole('tab', { name: 'Influence' }).click();
    await page.keyboard.press('ArrowRight');
    // Communities has no tab of its own: "More" takes its name, is selected and has the focus.
    await expect.poll(() => selectedTab(page).getAttribute('id')).toBe('tab-more');
    expect(await focusedName(page)).toBe('Communities');
    await expect.poll(() => page.getByRole('tabpanel', { name: 'Communities' }).isVisible()).toBe(true);
    await page.keyboard.press('End');
    expect(await focusedName(page)).toBe('Briefs');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('Filters');
    expect(await selectedTab(page).textContent()).toBe('Filters');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedName(page)).toBe('Briefs');
    await page.keyboard.press('Home');
    expect(await focusedName(page)).toBe('Filters');

    // The menu: from the "More" tab, ArrowDown opens it on the chosen tool; Escape closes it unchanged.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'More tools' });
    await menu.waitFor();
    expect(await focusedName(page)).toBe('Briefs');
    expect(await menu.getByRole('menuitemradio', { checked: true }).textContent()).toBe('Briefs');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Home');
    expect(await focusedName(page)).toBe('Communities');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await selectedTab(page).textContent()).toContain('Briefs');
    // Enter opens it again; ArrowUp and Enter choose the tool before Briefs.
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'detached' });
    expect(await selectedTab(page).textContent()).toContain('Follow-ups');
    expect(await focusedName(page)).toBe('Follow-ups');
    await page.close();
  });
});

describe('the header', () => {
  it('keeps the search at least 200 px wide and every action on screen from 800 to 1440 px', async () => {
    const page = await openAtlas(harness);
    const header = page.locator('header.app-header');
    for (const width of [800, 1024, 1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const search = await page.getByRole('combobox', { name: 'Search stakeholders' }).boundingBox();
      expect(search!.width, `search at ${width} px`).toBeGreaterThanOrEqual(200);
      const offScreen = await header
        .getByRole('button')
        .evaluateAll(
          (buttons, right) =>
            buttons
              .filter((button) => button.getBoundingClientRect().right > right)
              .map((button) => button.textContent),
          width,
        );
      expect(offScreen, `buttons past the right edge at ${width} px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `page at ${width} px`).toBe(width);
    }
    await page.close();
  });
});
