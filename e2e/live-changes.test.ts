/**
 * Signed-in users in browser contexts of their own: an editor adds and then retires a relationship;
 * the viewer's map follows without a reload, with a quiet notice naming who did what (an admin gets
 * the notice too: every role that reads the feed does), and the editor's own change refreshes their
 * map without a notice.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { CLIENT_DIST, ensureClientBuilt } from '../server/build/client.ts';
import { readConfig } from '../server/config.ts';
import { freePort } from '../server/launcher/ports.ts';
import { startAtlas, type Atlas } from '../server/runtime.ts';
import { seededExecutor } from '../server/testing/database.ts';
import { TEST_AUTH_TOKENS, TEST_TOKENS } from '../server/testing/graphql.ts';
import type { Browser } from 'playwright-core';
import { VIEWPORT, launchChromium } from './harness-browser.ts';
import { waitForMap } from './harness.ts';

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

/** A page in a browser context of its own, signed in with the role's token. */
async function signedIn(token: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  contexts.push(context);
  await context.addInitScript((value) => sessionStorage.setItem('atlas.token', value), token);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${token.slice(0, 6)}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${token.slice(0, 6)}: ${message.text()}`);
  });
  // The client opens its stream of changes once signed in; the test changes nothing before that.
  const streaming = page.waitForResponse(
    (response) => response.headers()['content-type']?.startsWith('text/event-stream') ?? false,
    { timeout: 60_000 },
  );
  await page.goto(atlas.url);
  await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 60_000 });
  await streaming.catch((error: Error) => {
    throw new Error(`The client opened no event stream: ${error.message}`);
  });
  return page;
}

async function asEditor<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${atlas.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKENS.editor}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data as T;
}

const hasEdge = (id: string) => (snapshot: { edges: { id: string }[] }) =>
  snapshot.edges.some((edge) => edge.id === id);

describe('live changes in several browsers', () => {
  it("follow a colleague's new and retired relationship on the map, with a notice, without a reload", async () => {
    await explained(followsColleagues);
    expect(problems).toEqual([]);
  }, 240_000);
});

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

async function followsColleagues(): Promise<void> {
  const viewer = await signedIn(TEST_TOKENS.viewer);
  const editor = await signedIn(TEST_TOKENS.editor);
  const admin = await signedIn(TEST_TOKENS.admin);
  const { createRelationship } = await asEditor<{ createRelationship: { id: string; version: number } }>(
    `mutation ($input: RelationshipInput!) { createRelationship(input: $input) { id version } }`,
    {
      input: {
        type: 'MEMBER_OF',
        from: 'body:socitm',
        to: 'body:lga',
        dateBasis: 'SOURCE_DATE',
        confidence: 0.7,
        citations: [
          {
            source: 'source:socitm-local-digital-coalition',
            quote: 'Martin Ferguson, Director of Policy and Research at Socitm',
          },
        ],
      },
    },
  );
  const id = createRelationship.id;
  await waitForMap(viewer, hasEdge(id), 'the new relationship on the viewer’s map', 45_000);
  await waitForMap(editor, hasEdge(id), 'the new relationship on the editor’s map', 45_000);
  const notice = viewer.getByTestId('live-notice');
  await notice.first().waitFor({ timeout: 30_000 });
  expect(await notice.first().textContent()).toContain('editor#1 added Socitm → LGA, MEMBER_OF');
  const adminNotice = admin.getByTestId('live-notice').filter({ hasText: 'editor#1 added Socitm → LGA, MEMBER_OF' });
  await adminNotice.waitFor({ timeout: 30_000 });
  // Not the admin's own change: nothing to undo.
  expect(await adminNotice.getByRole('button', { name: 'Undo' }).count()).toBe(0);

  await asEditor(
    `mutation ($id: ID!, $v: Int!) { retireRelationship(id: $id, expectedVersion: $v, reason: "ended") { id } }`,
    {
      id,
      v: createRelationship.version,
    },
  );
  await viewer.getByText('editor#1 retired Socitm → LGA, MEMBER_OF').waitFor({ timeout: 30_000 });
  const network = await asEditor<{ network: { edges: { id: string }[] } }>('{ network { edges { id } } }', {});
  expect(network.network.edges.map((edge) => edge.id)).not.toContain(id);
  await waitForMap(
    viewer,
    (snapshot) => !hasEdge(id)(snapshot),
    'the retired relationship gone from the viewer’s map',
    45_000,
  );
  // The link shows the stakeholder the change concerns.
  await viewer.getByTestId('live-notice').filter({ hasText: 'retired' }).getByRole('button', { name: 'Show' }).click();
  await viewer.waitForFunction(() => new URLSearchParams(window.location.search).get('sel') === 'body:socitm');
  // The editor's own changes raise no notice.
  expect(await editor.getByTestId('live-notice').count()).toBe(0);
}
