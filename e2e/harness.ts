/**
 * Browser tests' setup: the seeded test Neo4j, the built client, the real server in this process
 * and Debian's Chromium driven by playwright-core. Pages expose window.__atlas (read-only) so tests
 * can see what the map draws.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { CLIENT_DIST, ensureClientBuilt } from '../server/build/client.ts';
import { readConfig } from '../server/config.ts';
import { freePort } from '../server/launcher/ports.ts';
import { startAtlas, type Atlas } from '../server/runtime.ts';
import { seededExecutor } from '../server/testing/database.ts';
import type { GraphSnapshot } from '../client/graph/view.ts';
import { VIEWPORT, launchChromium } from './harness-browser.ts';

export interface Harness {
  atlas: Atlas;
  browser: Browser;
  stop(): Promise<void>;
}

/** Seeds the test database, builds the client if needed, starts the app and a browser. */
export async function startHarness(): Promise<Harness> {
  const executor = await seededExecutor();
  await executor.close();
  await ensureClientBuilt(() => {});
  const config = readConfig({ PORT: String(await freePort()), NEO4J_URI: inject('neo4jUri') });
  const atlas = await startAtlas(config, { log: () => {}, clientDir: CLIENT_DIST });
  // As a load balancer would: pages only once /ready says ready (warm-up done).
  await atlas.warmedUp;
  const browser = await launchChromium().catch(async (error: unknown) => {
    await atlas.stop();
    throw error;
  });
  return {
    atlas,
    browser,
    stop: async () => {
      await browser.close();
      await atlas.stop();
    },
  };
}

/**
 * Asks the app's API directly, as the tests' independent check of what the browser did (the default
 * instance has no tokens, so the caller is an admin).
 */
export async function askApi<T>(harness: Harness, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${harness.atlas.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data as T;
}

/** Opens the app (at a query string) and waits until the map has drawn its first picture. */
export async function openAtlas(harness: Harness, search = ''): Promise<Page> {
  const page = await harness.browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${harness.atlas.url}/${search}`);
  await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 30_000 });
  if (problems.length > 0) throw new Error(`The page failed: ${problems.join('; ')}`);
  return page;
}

export function snapshot(page: Page): Promise<GraphSnapshot> {
  return page.evaluate(() => window.__atlas!.snapshot());
}

/** Waits until the map's snapshot satisfies the check (the app loads and redraws asynchronously). */
export async function waitForMap(
  page: Page,
  check: (snapshot: GraphSnapshot) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<GraphSnapshot> {
  const deadline = Date.now() + timeoutMs;
  let last = await snapshot(page);
  while (!check(last)) {
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out waiting for the map: ${what} (${last.nodes.length} nodes, ${last.edges.length} edges)`,
      );
    }
    await page.waitForTimeout(100);
    last = await snapshot(page);
  }
  return last;
}

/** Waits for data and layouts to finish and the address bar to catch up with the camera. */
export async function settle(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="map-status"][data-loading="no"]');
  await page.waitForSelector('[data-testid="map"][data-layout-running="no"]');
  await page.waitForTimeout(600);
}

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page; returns the serious and critical violations. axe is evaluated by the
 * browser's debugger, as a test's own scripts are: a <script> tag would be an inline script, which the
 * app's Content-Security-Policy rightly refuses.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
