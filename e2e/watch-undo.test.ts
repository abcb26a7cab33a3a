/**
 * Watch, inbox, stale forms and Undo in Chromium, two signed-in users in two browser contexts: the
 * viewer watches Socitm, a colleague edits it and the viewer's inbox shows it until opened; the
 * editor's open form says at once that a colleague changed the record; the editor's own change
 * offers Undo, which puts the record back.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { CLIENT_DIST, ensureClientBuilt } from '../server/build/client.ts';
import { readConfig } from '../server/config.ts';
import { freePort } from '../server/launcher/ports.ts';
import { startAtlas, type Atlas } from '../server/runtime.ts';
import { seededExecutor } from '../server/testing/database.ts';
import { TEST_AUTH_TOKENS, TEST_TOKENS } from '../server/testing/graphql.ts';
import { VIEWPORT, launchChromium } from './harness-browser.ts';

let atlas: Atlas;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** What the pages reported going wrong, to explain a failure. */
const problems: string[] = [];

beforeAll(async () => {
  const executor = await seededExecutor();
  await executor.close();
  await ensureClientBuilt(() => {});
  const config = readConfig({
    PORT: String(await freePort()),
    NEO4J_URI: inject('neo4jUri'),
    AUTH_TOKENS: TEST_AUTH_TOKENS,
  });
  atlas = await startAtlas(config, { log: () => {}, clientDir: CLIENT_DIST });
  // As a load balancer would: pages only once /ready says ready (warm-up done).
  await atlas.warmedUp;
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await atlas?.stop();
});

/** A page in a browser context of its own, signed in with the token, its live stream open. */
async function signedIn(token: string, search: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  contexts.push(context);
  await context.addInitScript((value) => sessionStorage.setItem('atlas.token', value), token);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${token.slice(0, 6)}: ${error.message}`));
  const streaming = page.waitForResponse(
    (response) => response.headers()['content-type']?.startsWith('text/event-stream') ?? false,
    { timeout: 60_000 },
  );
  await page.goto(`${atlas.url}/${search}`);
  await page.getByTestId('entity-details').waitFor({ timeout: 60_000 });
  await streaming;
  return page;
}

async function api<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${atlas.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data as T;
}

const socitm = async () =>
  (
    await api<{ entity: { version: number; description: string | null } }>(
      TEST_TOKENS.viewer,
      '{ entity(id: "body:socitm") { version description } }',
    )
  ).entity;

/** A colleague (the token's holder) sets Socitm's description through the API. */
async function colleagueEdits(token: string, description: string) {
  const { version } = await socitm();
  await api(
    token,
    'mutation ($v: Int!, $d: String!) { updateEntity(id: "body:socitm", expectedVersion: $v, input: { description: $d }) { version } }',
    { v: version, d: description },
  );
}

/** Runs the steps; a failure says what the pages reported. */
async function explained(steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    throw new Error(`${(error as Error).message}\nThe pages reported: ${problems.join(' | ') || 'nothing'}`, {
      cause: error,
    });
  }
}

describe('watch, inbox, stale forms and undo in two browsers', () => {
  it("shows a colleague's change to a watched stakeholder in the inbox until it is opened", async () => {
    await explained(async () => {
      const viewer = await signedIn(TEST_TOKENS.viewer, '?sel=body:socitm');
      const watch = viewer.getByRole('button', { name: 'Watch', exact: true });
      await watch.click();
      await viewer.getByRole('button', { name: 'Watching', exact: true }).waitFor();
      expect(await viewer.getByTestId('inbox-count').count()).toBe(0);

      await colleagueEdits(TEST_TOKENS.editor, 'Edited while the viewer watches');
      const count = viewer.getByTestId('inbox-count');
      await count.waitFor({ timeout: 30_000 });
      expect(await count.textContent()).toBe('1');

      await viewer.getByRole('button', { name: 'Inbox, 1 new' }).click();
      const panel = viewer.getByTestId('inbox-panel');
      await panel.getByText('editor#1 edited Socitm').waitFor();
      // Opened: the count drops to 0 (the badge goes), and stays so after a reload.
      await count.waitFor({ state: 'detached', timeout: 30_000 });
      await viewer.reload();
      await viewer.getByRole('button', { name: 'Inbox', exact: true }).waitFor({ timeout: 60_000 });
      expect(await viewer.getByTestId('inbox-count').count()).toBe(0);
    });
    expect(problems).toEqual([]);
  }, 240_000);

  it("tells an editor with an open form of a colleague's change at once, and reloads theirs", async () => {
    await explained(async () => {
      const editor = await signedIn(TEST_TOKENS.editor, '?sel=body:socitm');
      await editor.getByRole('button', { name: 'Edit stakeholder' }).click();
      const form = editor.getByTestId('entity-editor');
      await form.getByLabel('Description').fill('My unsaved words');

      await colleagueEdits(TEST_TOKENS.admin, 'The colleague’s version');
      const stale = form.getByTestId('stale-notice');
      await stale.waitFor({ timeout: 30_000 });
      expect(await stale.textContent()).toMatch(/^admin#1 changed this at \d{1,2}:\d{2}/);

      await stale.getByRole('button', { name: 'Reload their version' }).click();
      await stale.waitFor({ state: 'detached' });
      await expect.poll(() => form.getByLabel('Description').inputValue()).toBe('The colleague’s version');
    });
    expect(problems).toEqual([]);
  }, 240_000);

  it("offers Undo on the editor's own change, which puts the stakeholder back", async () => {
    await explained(async () => {
      const editor = await signedIn(TEST_TOKENS.editor, '?sel=body:socitm');
      const before = await socitm();
      await editor.getByRole('button', { name: 'Edit stakeholder' }).click();
      const form = editor.getByTestId('entity-editor');
      await form.getByLabel('Description').fill('A description to undo');
      await form.getByRole('button', { name: 'Save stakeholder' }).click();
      await editor.getByText('Stakeholder saved.').waitFor();

      const notice = editor.getByTestId('own-change-notice').filter({ hasText: 'You edited Socitm' });
      await notice.waitFor({ timeout: 30_000 });
      await notice.getByRole('button', { name: /^Undo change \d+$/ }).click();
      await notice.getByText('Undone').waitFor({ timeout: 30_000 });
      await expect.poll(async () => (await socitm()).description).toBe(before.description);
      expect((await socitm()).version).toBe(before.version + 2);
      await editor.getByTestId('entity-details').getByText(before.description!).waitFor({ timeout: 30_000 });
    });
    expect(problems).toEqual([]);
  }, 240_000);
});
