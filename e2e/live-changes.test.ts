/**
 * Signed-in users in browser contexts of their own: an editor adds and then retires a relationship;
 * the viewer's map follows without a reload, with a quiet notice naming who did what (an admin gets
 * the notice too: every role that reads the feed does), and the editor's own change refreshes their
 * map without a notice.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TOKENS } from '../server/testing/graphql.ts';
import { waitForMap } from './harness.ts';
import { askAs, startSignedInBrowsers, type SignedInBrowsers } from './signed-in-browsers.ts';

let browsers: SignedInBrowsers;

beforeAll(async () => {
  browsers = await startSignedInBrowsers();
}, 600_000);
afterAll(() => browsers?.stop());

/** A page signed in with the role's token, its map drawn. */
const signedIn = (token: string): Promise<Page> =>
  browsers.signedIn(token, { ready: (page) => page.locator('[data-testid="map"][data-drawn="yes"]') });

const asEditor = <T>(query: string, variables: Record<string, unknown>) =>
  askAs<T>(browsers.atlas, TEST_TOKENS.editor, query, variables);

const hasEdge = (id: string) => (snapshot: { edges: { id: string }[] }) =>
  snapshot.edges.some((edge) => edge.id === id);

describe('live changes in several browsers', () => {
  it("follow a colleague's new and retired relationship on the map, with a notice, without a reload", async () => {
    await browsers.explained(followsColleagues);
    expect(browsers.problems).toEqual([]);
  }, 240_000);
});

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
