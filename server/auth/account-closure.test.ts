/**
 * Closing a leaver's account, end to end over real HTTP: two instances of the atlas over the test
 * Neo4j (as when the app scales out), a real OpenID provider (oidc-provider) and cookie jars. What is
 * closed on one instance must be refused on the other at once: no instance may keep it in a cache.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { usersCommand } from '../cli/users-command.ts';
import { freePort } from '../launcher/ports.ts';
import { emptyDatabase, testExecutor, type Executor } from '../testing/database.ts';
import { oidcSettingsFor, startTestProvider, type TestProvider } from '../testing/oidc-provider.ts';
import { subscribe } from '../testing/sse.ts';
import { askAtlas as ask, closeServer, CookieJar, listenOnLoopback, signInOverHttp } from '../testing/sign-in.ts';

let executor: Executor;
let provider: TestProvider;
const servers: Server[] = [];
/** Instances A and B of the same atlas (one database, one provider registration each). */
let urlA: string;
let urlB: string;

beforeAll(async () => {
  executor = await testExecutor();
  await emptyDatabase(executor);
  const [portA, portB] = [await freePort(), await freePort()];
  urlA = `http://127.0.0.1:${portA}`;
  urlB = `http://127.0.0.1:${portB}`;
  provider = await startTestProvider(urlA, urlB);
  for (const [url, port] of [
    [urlA, portA],
    [urlB, portB],
  ] as const) {
    const app = createApp({
      executor,
      oidc: oidcSettingsFor(provider, {
        publicUrl: url,
        adminEmails: ['bea.boss@example.org'],
        adminGroups: [],
        editorGroups: [],
        sessionHours: 8,
      }),
      log: () => {},
    });
    servers.push(await listenOnLoopback(app.listener, port));
  }
}, 120_000);

afterAll(async () => {
  for (const server of servers) await closeServer(server);
  await provider?.stop();
  await executor?.close();
});

async function signIn(login: string, url: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const step = await signInOverHttp(jar, url, login);
  expect(step.status, step.body).toBe(303);
  return jar;
}

interface UserAnswer {
  id: string;
  name: string;
  version: number;
  lastSignInAt: string | null;
  closure: { at: string; by: string; reason: string } | null;
}

async function userNamed(admin: CookieJar, name: string, url = urlA): Promise<UserAnswer> {
  const users = await ask<{ users: UserAnswer[] }>(
    url,
    '{ users { id name version lastSignInAt closure { at by reason } } }',
    {},
    { jar: admin },
  );
  return users.data!.users.find((user) => user.name === name)!;
}

async function newToken(jar: CookieJar, url: string, name: string): Promise<{ id: string; secret: string }> {
  const created = await ask<{ createApiToken: { secret: string; token: { id: string } } }>(
    url,
    'mutation ($name: String!) { createApiToken(name: $name) { secret token { id } } }',
    { name },
    { jar },
  );
  return { id: created.data!.createApiToken.token.id, secret: created.data!.createApiToken.secret };
}

const ME = '{ me { signedIn name } }';
const CLOSE =
  'mutation ($id: ID!, $v: Int!, $reason: String!) { closeUserAccount(id: $id, expectedVersion: $v, reason: $reason) { version closure { by reason } } }';
const REOPEN =
  'mutation ($id: ID!, $v: Int!) { reopenUserAccount(id: $id, expectedVersion: $v) { version closure { at } } }';
const CLOSED_MESSAGE =
  /^This account was closed by an admin on \d{1,2} \w+ \d{4}: ask an admin of the atlas to reopen it$/;

describe('closing a leaver’s account', () => {
  it('ends their sessions and tokens on every instance at once, refuses their sign-in, audits it, and reopens', async () => {
    const bea = await signIn('bea', urlB);
    const adaOnA = await signIn('ada', urlA);
    const adaOnB = await signIn('ada', urlB);
    const token = await newToken(adaOnA, urlA, 'nightly export');
    // Used once on each instance before the closure, as a busy instance would have.
    expect((await ask(urlA, ME, {}, { token: token.secret })).status).toBe(200);
    expect((await ask(urlB, ME, {}, { jar: adaOnB })).status).toBe(200);
    // A change-feed stream she holds open on instance A.
    const stream = await subscribe(fetch, `${urlA}/graphql`, 'subscription { changes { seq } }', {}, token.secret);

    const ada = await userNamed(bea, 'Ada Analyst', urlB);
    const closed = await ask<{ closeUserAccount: { version: number; closure: { by: string; reason: string } } }>(
      urlB,
      CLOSE,
      { id: ada.id, v: ada.version, reason: 'Left the organisation on 30 November' },
      { jar: bea },
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeUserAccount).toEqual({
      version: ada.version + 1,
      closure: { by: 'Bea Boss', reason: 'Left the organisation on 30 November' },
    });

    // Her open stream on A ends when the closure reaches A's feed.
    try {
      expect((await stream.nextResult(60_000)).errors?.[0]?.message).toMatch(/^This account was closed by an admin/);
    } finally {
      await stream.close();
    }
    // The closure went through B: A refuses the cookie and token all the same, with no stale cache.
    for (const [url, credentials] of [
      [urlA, { jar: adaOnA }],
      [urlB, { jar: adaOnB }],
      [urlA, { token: token.secret }],
      [urlB, { token: token.secret }],
    ] as const) {
      const refused = await ask(url, ME, {}, credentials);
      expect(refused.status, `${url} ${Object.keys(credentials)[0]}`).toBe(401);
      expect(refused.errors?.[0]?.message).toMatch(CLOSED_MESSAGE);
      // So that the client tells its user why they are signed out (e2e/sign-in.test.ts).
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', accountClosed: true });
    }
    // The refusal also clears the cookie: the browser is signed out.
    expect(adaOnA.get(urlA, 'atlas-session')).toBeTruthy();
    const cleared = await fetch(`${urlA}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: adaOnA.header(urlA) },
      body: JSON.stringify({ query: ME }),
    });
    expect(cleared.headers.getSetCookie().join()).toMatch(/^atlas-session=; .*Max-Age=0/);
    // Their tokens are revoked (none left to list), and the export route refuses it too.
    const tokens = await ask<{ userApiTokens: unknown[] }>(
      urlB,
      'query ($id: ID!) { userApiTokens(userId: $id) { id } }',
      { id: ada.id },
      { jar: bea },
    );
    expect(tokens.data?.userApiTokens).toEqual([]);
    const exported = await fetch(`${urlA}/export/network.graphml`, {
      headers: { authorization: `Bearer ${token.secret}` },
    });
    expect(exported.status).toBe(401);
    expect(await exported.json()).toMatchObject({ error: expect.stringMatching(CLOSED_MESSAGE), accountClosed: true });

    // A new sign-in is refused with the reason, and changes nothing about the user.
    const again = await signInOverHttp(new CookieJar(), urlA, 'ada');
    expect(again.status).toBe(403);
    expect(again.body).toContain('Account closed');
    expect(again.body).toMatch(/This account was closed by an admin on \d{1,2} \w+ \d{4}: ask an admin/);
    const afterRefusal = await userNamed(bea, 'Ada Analyst', urlB);
    expect(afterRefusal.lastSignInAt).toBe(ada.lastSignInAt);
    expect(afterRefusal.version).toBe(ada.version + 1);
    expect(afterRefusal.closure).toMatchObject({ by: 'Bea Boss', reason: 'Left the organisation on 30 November' });

    // Audited: in the change feed (admins) and in what is held about them.
    const feed = await ask<{ changes: { changes: { action: string; targetId: string; actor: string }[] } }>(
      urlB,
      '{ changes(kinds: [USER], first: 100) { changes { action targetId actor } } }',
      {},
      { jar: bea },
    );
    expect(feed.data!.changes.changes).toContainEqual({
      action: 'closeUserAccount',
      targetId: ada.id,
      actor: 'Bea Boss',
    });
    const held = await ask<{ userDataExport: string }>(
      urlB,
      'query ($id: ID!) { userDataExport(userId: $id) }',
      { id: ada.id },
      { jar: bea },
    );
    const about = (JSON.parse(held.data!.userDataExport) as { changesAboutThem: { action: string; after: string }[] })
      .changesAboutThem;
    expect(about.map((change) => change.action)).toContain('closeUserAccount');
    expect(about.find((change) => change.action === 'closeUserAccount')!.after).toContain('"tokensRevoked":1');

    // Reopening: a stale version is refused; then Ada signs in again, but her old token stays revoked.
    const stale = await ask(urlB, REOPEN, { id: ada.id, v: ada.version }, { jar: bea });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const reopened = await ask<{ reopenUserAccount: { version: number; closure: null } }>(
      urlB,
      REOPEN,
      { id: ada.id, v: ada.version + 1 },
      { jar: bea },
    );
    expect(reopened.data?.reopenUserAccount).toEqual({ version: ada.version + 2, closure: null });
    const oldToken = await ask(urlB, ME, {}, { token: token.secret });
    expect(oldToken.status).toBe(401);
    expect(oldToken.errors?.[0]?.message).toMatch(/not valid/);
    // Her old session (from before the closure) stays ended: signed out, not closed.
    const oldSession = await ask<{ me: { signedIn: boolean } }>(urlB, ME, {}, { jar: adaOnB });
    expect(oldSession.data?.me.signedIn).toBe(false);
    const back = await signIn('ada', urlB);
    expect((await ask<{ me: { signedIn: boolean; name: string } }>(urlB, ME, {}, { jar: back })).data?.me).toEqual({
      signedIn: true,
      name: 'Ada Analyst',
    });
  });

  it('refuses an unknown user, a stale version, one’s own account, the last admin and a missing reason, changing nothing', async () => {
    const bea = await signIn('bea', urlA);
    await signIn('ada', urlA);
    const beaBefore = await userNamed(bea, 'Bea Boss');
    const adaBefore = await userNamed(bea, 'Ada Analyst');
    const cases = [
      [{ id: 'user:none', v: 1, reason: 'left' }, 'NOT_FOUND', /No user with id "user:none"/],
      [{ id: adaBefore.id, v: adaBefore.version - 1, reason: 'left' }, 'CONFLICT', /has changed since you read it/],
      [{ id: beaBefore.id, v: beaBefore.version, reason: 'left' }, 'BAD_USER_INPUT', /cannot close your own account/],
      [{ id: adaBefore.id, v: adaBefore.version, reason: '   ' }, 'BAD_USER_INPUT', /^reason: must say why/],
      [{ id: adaBefore.id, v: adaBefore.version, reason: 'call 07700 900123' }, 'BAD_USER_INPUT', /telephone/],
    ] as const;
    for (const [variables, code, message] of cases) {
      const refused = await ask(urlA, CLOSE, variables, { jar: bea });
      expect(refused.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
      expect(refused.errors?.[0]?.message).toMatch(message);
    }
    // The CLI has no account of its own: closing the only open admin account is refused there.
    const lines: string[] = [];
    expect(await usersCommand(executor, ['close', 'bea.boss@example.org', 'left'], (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([
      'Refused: id: Bea Boss is the last admin with an open account, and the atlas would have none: promote another admin first, then close their account. Nothing changed.',
    ]);
    // Reopening an open account is refused too.
    const open = await ask(urlA, REOPEN, { id: adaBefore.id, v: adaBefore.version }, { jar: bea });
    expect(open.errors?.[0]?.message).toMatch(/account is open: nothing to reopen/);
    expect(await userNamed(bea, 'Bea Boss')).toEqual(beaBefore);
    expect(await userNamed(bea, 'Ada Analyst')).toEqual(adaBefore);
    expect((await ask(urlA, ME, {}, { jar: bea })).status).toBe(200);
  });

  it('closes and reopens from the CLI by e-mail, audited as the CLI', async () => {
    const ada = await signIn('ada', urlA);
    const token = await newToken(ada, urlA, 'cli test');
    const lines: string[] = [];
    const print = (line: string) => lines.push(line);
    expect(await usersCommand(executor, ['close', 'ADA@example.org', 'Contract ended'], print)).toBe(0);
    expect((await ask(urlB, ME, {}, { token: token.secret })).errors?.[0]?.message).toMatch(CLOSED_MESSAGE);
    expect((await ask(urlA, ME, {}, { jar: ada })).status).toBe(401);
    expect(await usersCommand(executor, ['list'], print)).toBe(0);
    expect(lines.find((line) => line.includes('<ada@example.org>'))).toMatch(
      /closed \d{4}-\d{2}-\d{2}: Contract ended$/,
    );
    expect(await usersCommand(executor, ['reopen', 'ada@example.org'], print)).toBe(0);
    expect(await usersCommand(executor, ['reopen', 'ada@example.org', 'extra'], print)).toBe(2);
    expect(lines.filter((line) => /account is/.test(line))).toEqual([
      "Ada Analyst's account is closed: their sessions ended and their API tokens are revoked.",
      "Ada Analyst's account is open again: they may sign in (their old tokens stay revoked).",
    ]);
    expect((await signInOverHttp(new CookieJar(), urlA, 'ada')).status).toBe(303);
  });
});

describe('admins and other users’ tokens', () => {
  it('lists a user’s tokens without secrets and revokes one, audited; a viewer may not', async () => {
    const bea = await signIn('bea', urlA);
    const ada = await signIn('ada', urlA);
    const adaUser = await userNamed(bea, 'Ada Analyst');
    const token = await newToken(ada, urlA, 'reporting');
    const LIST = 'query ($id: ID!) { userApiTokens(userId: $id) { id name prefix createdAt lastUsedAt } }';
    const listed = await ask<{ userApiTokens: { id: string; name: string; prefix: string }[] }>(
      urlA,
      LIST,
      { id: adaUser.id },
      { jar: bea },
    );
    expect(listed.data!.userApiTokens.map(({ id, name }) => ({ id, name }))).toContainEqual({
      id: token.id,
      name: 'reporting',
    });
    expect(JSON.stringify(listed)).not.toContain(token.secret);
    expect((await ask(urlA, LIST, { id: adaUser.id }, { jar: ada })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ask(urlA, LIST, { id: 'user:none' }, { jar: bea })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const REVOKE = 'mutation ($u: ID!, $t: ID!) { revokeUserApiToken(userId: $u, tokenId: $t) { id name } }';
    const revoked = await ask(urlA, REVOKE, { u: adaUser.id, t: token.id }, { jar: bea });
    expect(revoked.data).toEqual({ revokeUserApiToken: { id: token.id, name: 'reporting' } });
    expect((await ask(urlB, ME, {}, { token: token.secret })).status).toBe(401);
    const twice = await ask(urlA, REVOKE, { u: adaUser.id, t: token.id }, { jar: bea });
    expect(twice.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const feed = await ask<{ changes: { changes: { action: string; targetId: string; before: string }[] } }>(
      urlA,
      '{ changes(kinds: [USER], first: 100) { changes { action targetId before } } }',
      {},
      { jar: bea },
    );
    const entry = feed.data!.changes.changes.find((change) => change.action === 'revokeUserApiToken')!;
    expect(entry.targetId).toBe(adaUser.id);
    expect(JSON.parse(entry.before)).toEqual({
      token: { id: token.id, name: 'reporting', prefix: expect.any(String) },
    });
  });
});
