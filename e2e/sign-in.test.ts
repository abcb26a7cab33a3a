/**
 * Signing in through Chromium with a real OpenID provider (oidc-provider, in this process): the
 * provider's own login and consent pages, back to the atlas signed in; then a personal token made in
 * the client works against the API, the admin sees the Users page, and Sign out signs out.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { CLIENT_DIST, ensureClientBuilt } from '../server/build/client.ts';
import { readConfig } from '../server/config.ts';
import { freePort } from '../server/launcher/ports.ts';
import { startAtlas, type Atlas } from '../server/runtime.ts';
import { seededExecutor } from '../server/testing/database.ts';
import { startTestProvider, TEST_CLIENT, type TestProvider } from '../server/testing/oidc-provider.ts';
import { VIEWPORT, launchChromium } from './harness-browser.ts';

let provider: TestProvider;
let atlas: Atlas;
let browser: Browser;
let atlasUrl: string;

beforeAll(async () => {
  const executor = await seededExecutor();
  await executor.close();
  await ensureClientBuilt(() => {});
  const port = await freePort();
  atlasUrl = `http://127.0.0.1:${port}`;
  provider = await startTestProvider(atlasUrl);
  const config = readConfig({
    PORT: String(port),
    NEO4J_URI: inject('neo4jUri'),
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: TEST_CLIENT.id,
    OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
    PUBLIC_URL: atlasUrl,
    ADMIN_EMAILS: 'bea.boss@example.org',
  });
  atlas = await startAtlas(config, { log: () => {}, clientDir: CLIENT_DIST });
  // As a load balancer would: pages only once /ready says ready (warm-up done).
  await atlas.warmedUp;
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await atlas?.stop();
  await provider?.stop();
});

async function signInAs(page: Page, login: string): Promise<void> {
  await page.click('[data-testid="sign-in-link"]');
  await page.waitForSelector('input[name="login"]');
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', 'any password');
  await page.click('button[type="submit"]');
  // oidc-provider asks for consent the first time.
  await page.waitForSelector('button[type="submit"]');
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => url.href.startsWith(atlasUrl), { waitUntil: 'domcontentloaded' });
}

describe('sign-in in the browser', () => {
  it('signs in with OpenID Connect, makes a personal token, lists users as admin, and signs out', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    await page.goto(atlasUrl, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-testid="sign-in"][data-role="signed-out"] [data-testid="sign-in-link"]');

    await signInAs(page, 'bea');
    await page.waitForSelector('[data-testid="sign-in"][data-role="editor"]');
    expect(await page.textContent('[data-testid="sign-in"]')).toContain('Bea Boss');
    expect(await page.textContent('[data-testid="sign-in"] .role-badge')).toBe('Admin');
    // Signed in, the map loads.
    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 60_000 });

    // A personal token, shown once, that works from a script.
    await page.click('button:has-text("Tokens")');
    await page.fill('#token-name', 'e2e script');
    await page.click('[data-testid="tokens-dialog"] button:has-text("Create token")');
    const secret = (await page.textContent('[data-testid="new-token-secret"]'))!;
    expect(secret).toMatch(/^atlas_pat_/);
    await page.waitForSelector('[data-testid="token-row"]');
    const body = JSON.stringify({ query: '{ me { name role method } }' });
    const viaToken = await fetch(`${atlasUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body,
    });
    expect(((await viaToken.json()) as { data: unknown }).data).toEqual({
      me: { name: 'Bea Boss', role: 'ADMIN', method: 'PERSONAL_TOKEN' },
    });
    await page.click('[data-testid="tokens-dialog"] button:has-text("Close")');

    // The admin's Users page shows who signed in, with their e-mail.
    await page.click('button:has-text("Users")');
    await page.waitForSelector('[data-testid="user-row"]');
    expect(await page.textContent('[data-testid="users-dialog"]')).toContain('bea.boss@example.org');
    // Everything held about a user, for a subject access request: her account and token, no secret.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the data held about Bea Boss (JSON)' }).click(),
    ]);
    const held = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      user: { email: string };
      apiTokens: { name: string }[];
    };
    expect(held.user.email).toBe('bea.boss@example.org');
    expect(held.apiTokens.map((token) => token.name)).toEqual(['e2e script']);
    expect(JSON.stringify(held)).not.toContain(secret);
    await page.click('[data-testid="users-dialog"] button:has-text("Close")');

    // Sign out: back to signed out.
    await page.click('[data-testid="sign-in"] button:has-text("Sign out")');
    await page.waitForSelector('[data-testid="sign-in"][data-role="signed-out"] [data-testid="sign-in-link"]');
    await page.close();
  }, 300_000);
});
