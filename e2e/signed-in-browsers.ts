/**
 * Several users signed in at once, each in a browser context of their own: the seeded atlas with
 * the test tokens (AUTH_TOKENS, one per role), Debian's Chromium, and what the pages report going
 * wrong, to explain a failure. Used by the tests where one user's change must reach another's page.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { CLIENT_DIST, ensureClientBuilt } from '../server/build/client.ts';
import { readConfig } from '../server/config.ts';
import { freePort } from '../server/launcher/ports.ts';
import { startAtlas, type Atlas } from '../server/runtime.ts';
import { seededExecutor } from '../server/testing/database.ts';
import { TEST_AUTH_TOKENS } from '../server/testing/graphql.ts';
import { VIEWPORT, launchChromium } from './harness-browser.ts';

export interface SignedInBrowsers {
  atlas: Atlas;
  /**
   * A page in a browser context of its own, signed in with the token, at `path` (a search such as
   * "?sel=body:socitm"), once `ready` is visible and the client's stream of changes is open (tests
   * change nothing before that, or the page would miss it).
   */
  signedIn(token: string, options: { path?: string; ready: (page: Page) => Locator }): Promise<Page>;
  /** Runs the steps; a failure says what the pages reported (errors thrown and console errors). */
  explained(steps: () => Promise<void>): Promise<void>;
  /** What the pages reported going wrong so far. */
  problems: readonly string[];
  stop(): Promise<void>;
}

/** Seeds the test database, builds the client if needed, starts the app with the test tokens and Chromium. */
export async function startSignedInBrowsers(): Promise<SignedInBrowsers> {
  const executor = await seededExecutor();
  await executor.close();
  await ensureClientBuilt(() => {});
  const config = readConfig({
    PORT: String(await freePort()),
    NEO4J_URI: inject('neo4jUri'),
    AUTH_TOKENS: TEST_AUTH_TOKENS,
  });
  const atlas = await startAtlas(config, { log: () => {}, clientDir: CLIENT_DIST });
  // As a load balancer would: pages only once /ready says ready (warm-up done).
  await atlas.warmedUp;
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await atlas.stop();
    throw error;
  }
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  async function signedIn(token: string, { path = '', ready }: { path?: string; ready: (page: Page) => Locator }) {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    contexts.push(context);
    await context.addInitScript((value) => sessionStorage.setItem('atlas.token', value), token);
    const page = await context.newPage();
    const who = token.slice(0, 6);
    page.on('pageerror', (error) => problems.push(`${who}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${who}: ${message.text()}`);
    });
    const streaming = page.waitForResponse(
      (response) => response.headers()['content-type']?.startsWith('text/event-stream') ?? false,
      { timeout: 60_000 },
    );
    await page.goto(`${atlas.url}/${path}`);
    await ready(page).waitFor({ timeout: 60_000 });
    await streaming.catch((error: Error) => {
      throw new Error(`The client opened no event stream: ${error.message}`);
    });
    return page;
  }

  async function explained(steps: () => Promise<void>): Promise<void> {
    try {
      await steps();
    } catch (error) {
      throw new Error(`${(error as Error).message}\nThe pages reported: ${problems.join(' | ') || 'nothing'}`, {
        cause: error,
      });
    }
  }

  return {
    atlas,
    signedIn,
    explained,
    problems,
    stop: async () => {
      for (const context of contexts) await context.close();
      await browser.close();
      await atlas.stop();
    },
  };
}

/** The API as the token's holder; throws the errors' messages. */
export async function askAs<T>(
  atlas: Atlas,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${atlas.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data as T;
}
