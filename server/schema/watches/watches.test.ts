/**
 * Watching and the inbox through the API (yoga.fetch, real Neo4j): user A watches Socitm, user B
 * edits it, A's inbox shows the change until A marks it seen; one's own changes, kinds one may not
 * read and unwatched stakeholders stay out; `watched` is per user (never from another's cached answer).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { createApiToken } from '../../repositories/api-tokens.ts';
import { signInUser, type UserRole } from '../../repositories/users.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { as, data, errorOf } from '../../testing/graphql.ts';
import { newPersonalToken } from '../security.ts';
import { appWithTestTokens } from '../../testing/app.ts';

let executor: Executor;
let app: App;
/** Personal tokens of real users: Ada and Bo (viewers), Cy (editor). */
const tokens: Record<string, string> = {};

async function userToken(subject: string, name: string, role: UserRole): Promise<string> {
  const user = await signInUser(executor, {
    issuer: 'https://watch-test.example.org',
    subject,
    name,
    email: `${subject}@example.org`,
    initialRole: role,
    forcedRole: role,
  });
  const { secret, hash, prefix } = newPersonalToken();
  await createApiToken(executor, { userId: user.id, name: 'watch test', hash, prefix });
  return secret;
}

beforeAll(async () => {
  executor = await seededExecutor();
  app = appWithTestTokens(executor, { log: () => {} });
  tokens.ada = await userToken('ada', 'Ada Viewer', 'viewer');
  tokens.bo = await userToken('bo', 'Bo Viewer', 'viewer');
  tokens.cy = await userToken('cy', 'Cy Editor', 'editor');
});
afterAll(() => executor.close());

const by = (who: string) => ({ token: tokens[who]! });

interface InboxView {
  unseen: number;
  seenSeq: number;
  changes: { seq: number; action: string; actor: string; targetId: string }[];
  watching: { id: string }[];
}
const INBOX_FIELDS = 'unseen seenSeq changes { seq action actor targetId } watching { id }';
const INBOX = `{ inbox { ${INBOX_FIELDS} } }`;
const SEEN = `mutation ($seq: Int) { markInboxSeen(seq: $seq) { ${INBOX_FIELDS} } }`;
const WATCH = `mutation ($id: ID!) { watch(entityId: $id) { id watched } }`;
const UNWATCH = `mutation ($id: ID!) { unwatch(entityId: $id) { id watched } }`;
const WATCHED = `query ($id: ID!) { entity(id: $id) { id watched } }`;
const ENTITY = `query ($id: ID!) { entity(id: $id) { version } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateEntityInput!) { updateEntity(id: $id, expectedVersion: $v, input: $input) { version } }`;

const inboxOf = async (who: string) => (await data<{ inbox: InboxView }>(app, INBOX, {}, by(who))).inbox;

async function edit(id: string, description: string, options: { token: string }) {
  const { entity } = await data<{ entity: { version: number } }>(app, ENTITY, { id }, options);
  await data(app, UPDATE, { id, v: entity.version, input: { description } }, options);
}

describe('watch and inbox', () => {
  it("lists a colleague's change to a watched stakeholder until it is marked seen", async () => {
    expect((await data<{ watch: { watched: boolean } }>(app, WATCH, { id: 'body:socitm' }, by('ada'))).watch).toEqual({
      id: 'body:socitm',
      watched: true,
    });
    // Changes from before the watch are not news; watching again changes nothing.
    await data(app, WATCH, { id: 'body:socitm' }, by('ada'));
    expect(await inboxOf('ada')).toMatchObject({ unseen: 0, changes: [], watching: [{ id: 'body:socitm' }] });

    await edit('body:socitm', 'Edited for the inbox', as('editor'));
    await edit('body:lga', 'Not watched', as('editor'));
    const inbox = await inboxOf('ada');
    expect(inbox.unseen).toBe(1);
    expect(inbox.changes).toEqual([
      expect.objectContaining({ action: 'updateEntity', actor: 'editor#1', targetId: 'body:socitm' }),
    ]);
    // Bo watches nothing: an empty inbox.
    expect(await inboxOf('bo')).toMatchObject({ unseen: 0, changes: [] });

    const seen = (await data<{ markInboxSeen: InboxView }>(app, SEEN, {}, by('ada'))).markInboxSeen;
    expect(seen.unseen).toBe(0);
    expect(seen.seenSeq).toBeGreaterThanOrEqual(inbox.changes[0]!.seq);
    // Still listed (as read), no longer counted.
    expect(seen.changes.map((change) => change.seq)).toEqual([inbox.changes[0]!.seq]);
    expect((await inboxOf('ada')).unseen).toBe(0);
  });

  it("leaves out one's own changes and the kinds one may not read", async () => {
    await data(app, WATCH, { id: 'body:solace' }, by('cy'));
    await edit('body:solace', 'By Cy himself', by('cy'));
    expect((await inboxOf('cy')).changes).toEqual([]);

    await data(app, WATCH, { id: 'body:nesta' }, by('ada'));
    await data(app, WATCH, { id: 'body:nesta' }, by('cy'));
    await data(
      app,
      `mutation { setEngagement(entityId: "body:nesta", expectedVersion: 0, input: { power: 4, interest: 3 }) { version } }`,
      {},
      as('editor'),
    );
    // Cy (an editor) watching Nesta sees the profile change; Ada (a viewer) does not.
    expect((await inboxOf('cy')).changes.map((change) => change.action)).toContain('setEngagement');
    expect((await inboxOf('ada')).changes.map((change) => change.action)).not.toContain('setEngagement');
  });

  it('says per user whether they watch, never from another user’s cached answer', async () => {
    await data(app, WATCH, { id: 'body:dclg' }, by('bo'));
    const watchedBy = async (who: string) =>
      (await data<{ entity: { watched: boolean } }>(app, WATCHED, { id: 'body:dclg' }, by(who))).entity.watched;
    expect(await watchedBy('bo')).toBe(true);
    expect(await watchedBy('ada')).toBe(false);
    expect(await watchedBy('bo')).toBe(true);
    expect(
      (await data<{ unwatch: { watched: boolean } }>(app, UNWATCH, { id: 'body:dclg' }, by('bo'))).unwatch.watched,
    ).toBe(false);
    expect(await watchedBy('bo')).toBe(false);
  });

  it('refuses an unknown stakeholder and a seq past the head, changing nothing', async () => {
    expect(await errorOf(app, WATCH, { id: 'body:nobody' }, by('ada'))).toMatchObject({ code: 'NOT_FOUND' });
    const before = await inboxOf('ada');
    expect(await errorOf(app, SEEN, { seq: 10_000_000 }, by('ada'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'seq',
    });
    expect(await errorOf(app, `{ inbox(first: 0) { unseen } }`, {}, by('ada'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect((await inboxOf('ada')).seenSeq).toBe(before.seenSeq);
    // Bo watches nothing now: no inbox to mark.
    expect(await errorOf(app, SEEN, {}, by('bo'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seq' });
    expect(await errorOf(app, INBOX, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
