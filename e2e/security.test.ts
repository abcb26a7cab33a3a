/**
 * The HTTP edge as Chromium enforces it: the app cannot be framed by a page of another origin, and a
 * page of another origin cannot read the API unless CORS_ORIGINS names it. The page of the other
 * origin is served here, on its own loopback port. (Every other e2e file runs under the same
 * Content-Security-Policy and fails on any violation: e2e/harness-browser.ts.)
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readConfig } from '../server/config.ts';
import { freePort } from '../server/launcher/ports.ts';
import { startAtlas, type Atlas } from '../server/runtime.ts';
import { CLIENT_DIST } from '../server/build/client.ts';
import { startHarness, type Harness } from './harness.ts';
import { takePolicyViolations, VIEWPORT, type PolicyViolation } from './harness-browser.ts';

let harness: Harness;
let other: Server;
let otherUrl: string;
/** A second atlas that lists the other page's origin in CORS_ORIGINS. */
let trusting: Atlas;

/** The other origin's pages: one frames the atlas (and, as a control, a page of its own). */
function otherSite(atlasUrl: string): Server {
  return createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url === '/own.html') return void res.end('<!doctype html><p id="own">a page of this site</p>');
    if (req.url === '/frames.html') {
      return void res.end(
        `<!doctype html><iframe id="own" src="/own.html"></iframe>` +
          `<iframe id="atlas" name="atlas" src="${atlasUrl}/"></iframe>`,
      );
    }
    res.end('<!doctype html><title>another site</title>');
  });
}

beforeAll(async () => {
  harness = await startHarness();
  const port = await freePort();
  otherUrl = `http://127.0.0.1:${port}`;
  other = otherSite(harness.atlas.url);
  await new Promise<void>((listening) => other.listen(port, '127.0.0.1', () => listening()));
  const config = readConfig({
    PORT: String(await freePort()),
    NEO4J_URI: inject('neo4jUri'),
    CORS_ORIGINS: otherUrl,
  });
  trusting = await startAtlas(config, { log: () => {}, clientDir: CLIENT_DIST });
  // As a load balancer would: pages only once /ready says ready (warm-up done).
  await trusting.warmedUp;
}, 600_000);

afterAll(async () => {
  await trusting?.stop();
  other?.closeAllConnections();
  await new Promise((closed) => other?.close(closed));
  await harness?.stop();
});

/**
 * Takes the violations until one by this directive has arrived by each way given (a page's event and
 * the browser's report come separately), so that none is left for the harness's check after the test.
 */
async function awaitViolation(
  page: Page,
  directive: string,
  ways: PolicyViolation['via'][],
): Promise<PolicyViolation[]> {
  const seen: PolicyViolation[] = [];
  await expect
    .poll(async () => {
      seen.push(...takePolicyViolations());
      await page.waitForTimeout(50);
      return ways.every((way) => seen.some((violation) => violation.directive === directive && violation.via === way));
    })
    .toBe(true);
  return seen;
}

describe('the client under the policy', () => {
  it('is served with the production policy, and exports PNG and SVG without a violation', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce', acceptDownloads: true });
    const response = await page.goto(`${harness.atlas.url}/`);
    const policy = response!.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe');
    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 30_000 });

    for (const [button, signature] of [
      ['Image (PNG)', '\x89PNG'],
      ['Vector image (SVG)', '<svg'],
    ] as const) {
      await page.getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      const bytes = readFileSync((await download.path())!);
      expect(bytes.length, button).toBeGreaterThan(1_000);
      expect(bytes.toString('latin1'), button).toContain(signature);
    }
    // The afterEach of e2e/harness-browser.ts fails this test on any violation reported meanwhile.
    await page.close();
  });
});

describe('the violation watch of e2e/harness-browser.ts', () => {
  it('hears what the policy blocks in a page (the check every e2e test relies on is not vacuous)', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.atlas.url}/health`);
    // A script of the test (not the app) asks for an image from another origin, which img-src refuses.
    await page.evaluate((url) => {
      const image = document.createElement('img');
      image.src = `${url}/pixel.png`;
      document.body.append(image);
    }, otherUrl);
    const violations = await awaitViolation(page, 'img-src', ['event', 'report']);
    expect(violations.some((violation) => violation.blocked === `${otherUrl}/pixel.png`)).toBe(true);
    await page.close();
  });
});

describe('framing', () => {
  it('a page of another origin cannot frame the atlas, though it frames its own pages', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${otherUrl}/frames.html`);
    // The control: the same page frames a page of its own origin.
    await page.frameLocator('#own').locator('#own').waitFor();

    // Only a report: the framing page may not learn of it, and the refused frame holds no document.
    const violations = await awaitViolation(page, 'frame-ancestors', ['report']);
    expect(violations.map((violation) => violation.document)).toContain(`${harness.atlas.url}/`);
    // The frame holds Chromium's error page, never the atlas.
    const frame = page.frame({ name: 'atlas' })!;
    expect(frame.url()).not.toBe(`${harness.atlas.url}/`);
    expect(await frame.locator('#root').count()).toBe(0);
    await page.close();
  });
});

/** Asks an atlas's API from the other origin's page, as its script would (with cookies). */
function askFromOtherSite(page: Page, atlasUrl: string): Promise<string> {
  return page.evaluate(async (url) => {
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ version }' }),
      });
      return `read: ${JSON.stringify(await response.json())}`;
    } catch (error) {
      return `refused: ${(error as Error).name}`;
    }
  }, atlasUrl);
}

describe('CORS in the browser', () => {
  it('refuses the API to a page of another origin: its preflight gets no allowance', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${otherUrl}/`);
    expect(await askFromOtherSite(page, harness.atlas.url)).toBe('refused: TypeError');
    await page.close();
  });

  it('lets a page of an origin in CORS_ORIGINS read the API', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${otherUrl}/`);
    expect(await askFromOtherSite(page, trusting.url)).toMatch(/^read: \{"data":\{"version":"/);
    await page.close();
  });
});
