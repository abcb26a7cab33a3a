/**
 * Watch, inbox, stale forms and Undo in Chromium, two signed-in users in two browser contexts: the
 * viewer watches Socitm, a colleague edits it and the viewer's inbox shows it until opened; the
 * editor's open form says at once that a colleague changed the record; the editor's own change
 * offers Undo, which puts the record back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TOKENS } from '../server/testing/graphql.ts';
import { askAs, startSignedInBrowsers, type SignedInBrowsers } from './signed-in-browsers.ts';

let browsers: SignedInBrowsers;

beforeAll(async () => {
  browsers = await startSignedInBrowsers();
}, 600_000);
afterAll(() => browsers?.stop());

/** A page signed in with the token, at `search`, once the stakeholder's details show. */
const signedIn = (token: string, search: string): Promise<Page> =>
  browsers.signedIn(token, { path: search, ready: (page) => page.getByTestId('entity-details') });

const api = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
  askAs<T>(browsers.atlas, token, query, variables);

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

describe('watch, inbox, stale forms and undo in two browsers', () => {
  it("shows a colleague's change to a watched stakeholder in the inbox until it is opened", async () => {
    await browsers.explained(async () => {
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
    expect(browsers.problems).toEqual([]);
  }, 240_000);

  it("tells an editor with an open form of a colleague's change at once, and reloads theirs", async () => {
    await browsers.explained(async () => {
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
    expect(browsers.problems).toEqual([]);
  }, 240_000);

  it("offers Undo on the editor's own change, which puts the stakeholder back", async () => {
    await browsers.explained(async () => {
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
    expect(browsers.problems).toEqual([]);
  }, 240_000);
});
