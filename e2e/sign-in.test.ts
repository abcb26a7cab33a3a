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
    // The tests sign in about ten times within a minute from one address; the limit has its own
    // test (server/auth/sign-in-rate-limit.test.ts).
    SIGN_IN_RATE_LIMIT: '100',
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

/** A GraphQL request from the page, with its session cookie: the data. */
function askInPage<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  return page.evaluate(
    async ([query, variables]) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return ((await response.json()) as { data: unknown }).data;
    },
    [query, variables] as const,
  ) as Promise<T>;
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
    // The last admin cannot demote herself: the page says why, and her role stays.
    await page.getByLabel('Role of Bea Boss').selectOption('VIEWER');
    const refusal = page.getByTestId('users-dialog').getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /^id: Bea Boss is the last admin with an open account, .*: promote another admin first, then make them viewer$/,
    );
    await expect.poll(() => page.getByLabel('Role of Bea Boss').inputValue()).toBe('ADMIN');
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

  it('closes a leaver’s account from the Users page by keyboard: their session, token and sign-in are refused; Reopen lets them in', async () => {
    const adaPage = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    await adaPage.goto(atlasUrl, { waitUntil: 'domcontentloaded' });
    await signInAs(adaPage, 'ada');
    await adaPage.waitForSelector('[data-testid="sign-in"][data-role="viewer"]');
    const adaToken = await adaPage.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { createApiToken(name: "laptop script") { secret } }' }),
      });
      return ((await response.json()) as { data: { createApiToken: { secret: string } } }).data.createApiToken.secret;
    });

    const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    await page.goto(atlasUrl, { waitUntil: 'domcontentloaded' });
    await signInAs(page, 'bea');
    await page.getByRole('button', { name: 'Users' }).click();
    const manage = page.getByRole('button', { name: 'Open: manage Ada Analyst’s account and tokens' });
    await manage.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="user-token-row"]');
    expect(await page.textContent('[data-testid="user-account"]')).toContain('laptop script');
    await page.getByRole('button', { name: 'Close account…' }).focus();
    await page.keyboard.press('Enter');
    // The reason field has the focus; Tab leads to Close account.
    await page.keyboard.type('Left the organisation on 30 November');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="account-closure"]');
    expect(await page.textContent('[data-testid="account-closure"]')).toMatch(
      /^Closed on .+ by Bea Boss: “Left the organisation on 30 November”$/,
    );
    await page.waitForSelector('[data-testid="user-account"] >> text=No tokens in use.');
    if (process.env.E2E_SCREENSHOTS)
      await page.screenshot({ path: process.env.E2E_SCREENSHOTS + '/users-closed-account.png' });

    // Ada's token and session are refused, and signing in again shows why.
    const viaToken = await fetch(`${atlasUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adaToken}` },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    expect(viaToken.status).toBe(401);
    const refused = await adaPage.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { name } }' }),
      });
      const answer = (await response.json()) as { errors: { message: string }[] };
      return { status: response.status, message: answer.errors[0]!.message };
    });
    expect(refused.status).toBe(401);
    expect(refused.message).toMatch(/^This account was closed by an admin on .+: ask an admin/);
    await adaPage.goto(`${atlasUrl}/auth/login`, { waitUntil: 'domcontentloaded' });
    await adaPage.waitForSelector('h1:has-text("Account closed")');
    expect(await adaPage.textContent('main')).toMatch(/This account was closed by an admin on .+: ask an admin/);

    // Reopened, Ada signs in again.
    await page.getByRole('button', { name: 'Reopen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="user-account"] >> text=Open: Ada Analyst may sign in.');
    await adaPage.goto(`${atlasUrl}/auth/login`, { waitUntil: 'domcontentloaded' });
    await adaPage.waitForSelector('[data-testid="sign-in"][data-role="viewer"]');
    await adaPage.context().close();
    await page.context().close();
  }, 300_000);

  it('tells a user whose account an admin closes why, in the browser they have open, wherever they act next', async () => {
    const calPage = await (await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' })).newPage();
    await calPage.goto(atlasUrl, { waitUntil: 'domcontentloaded' });
    await signInAs(calPage, 'cal');
    await calPage.waitForSelector('[data-testid="sign-in"][data-role="viewer"]');

    const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    await page.goto(atlasUrl, { waitUntil: 'domcontentloaded' });
    await signInAs(page, 'bea');
    await page.waitForSelector('[data-testid="sign-in"][data-role="editor"]');
    const asBea = <T>(query: string, variables: Record<string, unknown> = {}) => askInPage<T>(page, query, variables);
    const calUser = async () =>
      (
        await asBea<{ users: { id: string; name: string; version: number }[] }>('{ users { id name version } }')
      ).users.find((user) => user.name === 'Cal Caseworker')!;
    const cal = await calUser();
    await asBea('mutation ($id: ID!, $v: Int!) { setUserRole(id: $id, expectedVersion: $v, role: EDITOR) { role } }', {
      id: cal.id,
      v: cal.version,
    });

    // Cal, now an editor, has a stakeholder's form open with unsaved words when the admin closes the account.
    await calPage.goto(`${atlasUrl}/?sel=body:socitm`, { waitUntil: 'domcontentloaded' });
    await calPage.waitForSelector('[data-testid="sign-in"][data-role="editor"]');
    await calPage.getByRole('button', { name: 'Edit stakeholder' }).click();
    const form = calPage.getByTestId('entity-editor');
    await form.getByLabel('Description').fill('Words written before the account was closed');
    await asBea(
      'mutation ($id: ID!, $v: Int!) { closeUserAccount(id: $id, expectedVersion: $v, reason: "Left the organisation") { version } }',
      { id: cal.id, v: (await calUser()).version },
    );
    // The save is refused, and the page says why Cal is signed out.
    await form.getByRole('button', { name: 'Save stakeholder' }).click();
    const closedBanner = calPage.getByTestId('account-closed');
    const said =
      /^You are signed out\. This account was closed by an admin on \d{1,2} \w+ \d{4}: ask an admin of the atlas to reopen it\.$/;
    await closedBanner.waitFor();
    expect(await closedBanner.textContent()).toMatch(said);
    // Signed out, the form goes (there is nothing Cal may save now), with no save left spinning.
    await form.waitFor({ state: 'detached' });
    expect(await calPage.getByText('Saving…').count()).toBe(0);
    const header = calPage.getByTestId('sign-in');
    await calPage.waitForSelector('[data-testid="sign-in"][data-role="signed-out"]');
    expect(await header.textContent()).not.toContain('Cal Caseworker');

    // Reloaded, and with a panel opened, it still says so (the cookie is gone: signed out for good).
    await calPage.reload({ waitUntil: 'domcontentloaded' });
    await calPage.waitForSelector('[data-testid="sign-in"][data-role="signed-out"]');
    await calPage.getByRole('tab', { name: 'Paths' }).click();
    expect(await closedBanner.textContent()).toMatch(said);
    expect(await header.textContent()).not.toContain('Cal Caseworker');
    if (process.env.E2E_SCREENSHOTS)
      await calPage.screenshot({ path: process.env.E2E_SCREENSHOTS + '/closed-account-browser.png' });

    // Reopened, Cal signs in again and the notice goes.
    await asBea('mutation ($id: ID!, $v: Int!) { reopenUserAccount(id: $id, expectedVersion: $v) { version } }', {
      id: cal.id,
      v: (await calUser()).version,
    });
    await calPage.getByTestId('sign-in-link').click();
    await calPage.waitForSelector('[data-testid="sign-in"][data-role="editor"]');
    expect(await closedBanner.count()).toBe(0);
    await calPage.context().close();
    await page.context().close();
  }, 300_000);
});
