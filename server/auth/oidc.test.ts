/**
 * OpenID Connect sign-in end to end over real HTTP: the atlas on a loopback port, a real OpenID
 * provider (oidc-provider) beside it, a cookie jar, and the test Neo4j.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { usersCommand } from '../cli/users-command.ts';
import { freePort } from '../launcher/ports.ts';
import { findApiTokenUser } from '../repositories/api-tokens.ts';
import { findSession } from '../repositories/sessions.ts';
import { sha256 } from '../schema/security.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { oidcSettingsFor, startTestProvider, type TestProvider } from '../testing/oidc-provider.ts';
import { askAtlas, closeServer, CookieJar, listenOnLoopback, signInOverHttp, visit } from '../testing/sign-in.ts';
import { cookieNames, type OidcSettings } from './oidc.ts';

let executor: Executor;
let provider: TestProvider;
const servers: Server[] = [];
let atlasUrl: string;
let mappedUrl: string;
/** The app's clock runs this far ahead of the real one (to expire sessions without waiting). */
let clockAheadMs = 0;

async function serve(oidc: Omit<OidcSettings, 'issuer' | 'clientId' | 'clientSecret' | 'scopes'>, port: number) {
  const app = createApp({
    executor,
    oidc: oidcSettingsFor(provider, oidc),
    now: () => new Date(Date.now() + clockAheadMs),
    log: () => {},
  });
  servers.push(await listenOnLoopback(app.listener, port));
}

beforeAll(async () => {
  executor = await seededExecutor();
  const [port, mappedPort] = [await freePort(), await freePort()];
  atlasUrl = `http://127.0.0.1:${port}`;
  mappedUrl = `http://127.0.0.1:${mappedPort}`;
  provider = await startTestProvider(atlasUrl, mappedUrl);
  const common = { adminGroups: [], editorGroups: [], sessionHours: 8 };
  await serve({ ...common, publicUrl: atlasUrl, adminEmails: ['bea.boss@example.org'] }, port);
  await serve(
    {
      publicUrl: mappedUrl,
      adminEmails: [],
      roleClaim: 'groups',
      adminGroups: ['atlas-admins'],
      editorGroups: ['atlas-editors'],
      sessionHours: 8,
    },
    mappedPort,
  );
}, 120_000);

afterAll(async () => {
  for (const server of servers) await closeServer(server);
  await provider?.stop();
  await executor?.close();
});

const ask = askAtlas;

const ME = '{ me { signedIn id name role method openIdConnect } }';
type Me = {
  me: { signedIn: boolean; id: string | null; name: string | null; role: string | null; method: string | null };
};

/** An admin sets a user's role (reading their current version first). */
async function setRole(admin: CookieJar, userId: string, role: string): Promise<void> {
  const users = await ask<{ users: { id: string; version: number }[] }>(
    atlasUrl,
    '{ users { id version } }',
    {},
    { jar: admin },
  );
  const version = users.data!.users.find((user) => user.id === userId)!.version;
  const set = await ask(
    atlasUrl,
    'mutation ($id: ID!, $v: Int!, $role: Role!) { setUserRole(id: $id, expectedVersion: $v, role: $role) { role } }',
    { id: userId, v: version, role },
    { jar: admin },
  );
  expect(set.errors).toBeUndefined();
}

async function signIn(login: string, url = atlasUrl): Promise<CookieJar> {
  const jar = new CookieJar();
  const step = await signInOverHttp(jar, url, login);
  expect(step.status, step.body).toBe(303);
  return jar;
}

describe('OpenID Connect sign-in', () => {
  it('tells the anonymous who they are and refuses everything else', async () => {
    const me = await ask<Me>(atlasUrl, ME);
    expect(me.data?.me).toMatchObject({ signedIn: false, name: null, role: null, openIdConnect: true });
    const search = await ask(atlasUrl, '{ search(text: "socitm") { id } }');
    expect(search.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates a viewer at first sign-in, in a secure httpOnly SameSite cookie whose id is stored only as a hash', async () => {
    const jar = new CookieJar();
    const login = await visit(jar, `${atlasUrl}/auth/login?returnTo=/?focus=body:socitm`);
    expect(login.status).toBe(302);
    expect(new URL(login.location!).searchParams.get('code_challenge_method')).toBe('S256');
    const fresh = new CookieJar();
    const step = await signInOverHttp(fresh, atlasUrl, 'ada');
    expect(step.status).toBe(303);
    expect(step.location).toBe(`${atlasUrl}/`);
    const me = await ask<Me>(atlasUrl, ME, {}, { jar: fresh });
    expect(me.data?.me).toMatchObject({ signedIn: true, name: 'Ada Analyst', role: 'VIEWER', method: 'SESSION' });
    const sessionId = fresh.get(atlasUrl, 'atlas-session')!;
    expect(sessionId).toBeTruthy();
    expect(await findSession(executor, sha256(sessionId), Date.now())).toMatchObject({ name: 'Ada Analyst' });
    expect(await findSession(executor, sessionId, Date.now())).toBeNull();
    // Viewers read.
    expect((await ask(atlasUrl, '{ search(text: "socitm") { id } }', {}, { jar: fresh })).errors).toBeUndefined();
  });

  it('sets the session cookie httpOnly, SameSite=Lax, for the whole app, and clears the sign-in cookie', async () => {
    const step = await signInOverHttp(new CookieJar(), atlasUrl, 'ada');
    const session = step.setCookies.find((line) => line.startsWith('atlas-session='))!;
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).toMatch(/; Path=\//);
    expect(session).toMatch(/; Max-Age=28800/);
    // http://127.0.0.1 cannot hold Secure or __Host- cookies; https PUBLIC_URLs get both (cookieNames).
    expect(session).not.toMatch(/Secure/);
    expect(step.setCookies.find((line) => line.startsWith('atlas-login='))).toMatch(/Max-Age=0/);
    expect(cookieNames('https://atlas.example.org')).toEqual({
      session: '__Host-atlas-session',
      login: '__Host-atlas-login',
      secure: true,
    });
  });

  it('makes ADMIN_EMAILS admins, who see users with their e-mails and change roles (version-checked)', async () => {
    const ada = await signIn('ada');
    const bea = await signIn('bea');
    const me = await ask<Me>(atlasUrl, ME, {}, { jar: bea });
    expect(me.data?.me).toMatchObject({ name: 'Bea Boss', role: 'ADMIN' });
    const users = await ask<{ users: { id: string; name: string; email: string; role: string; version: number }[] }>(
      atlasUrl,
      '{ users { id name email role version } }',
      {},
      { jar: bea },
    );
    const adaUser = users.data!.users.find((user) => user.name === 'Ada Analyst')!;
    expect(adaUser).toMatchObject({ email: 'ada@example.org', role: 'VIEWER' });
    expect((await ask(atlasUrl, '{ users { id } }', {}, { jar: ada })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const SET =
      'mutation ($id: ID!, $v: Int!, $role: Role!) { setUserRole(id: $id, expectedVersion: $v, role: $role) { role version } }';
    const set = await ask<{ setUserRole: { role: string; version: number } }>(
      atlasUrl,
      SET,
      { id: adaUser.id, v: adaUser.version, role: 'EDITOR' },
      { jar: bea },
    );
    expect(set.data?.setUserRole).toEqual({ role: 'EDITOR', version: adaUser.version + 1 });
    const stale = await ask(atlasUrl, SET, { id: adaUser.id, v: adaUser.version, role: 'ADMIN' }, { jar: bea });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // The same session, the new role at once.
    expect((await ask<Me>(atlasUrl, ME, {}, { jar: ada })).data?.me.role).toBe('EDITOR');
    // Signing in again keeps the role an admin gave (no group mapping here).
    const again = await signIn('ada');
    expect((await ask<Me>(atlasUrl, ME, {}, { jar: again })).data?.me.role).toBe('EDITOR');
  });

  it('takes the role from the provider groups when OIDC_ROLE_CLAIM is set', async () => {
    for (const [login, role] of [
      ['cal', 'EDITOR'],
      ['dee', 'ADMIN'],
      ['ada', 'VIEWER'],
    ] as const) {
      const jar = await signIn(login, mappedUrl);
      expect((await ask<Me>(mappedUrl, ME, {}, { jar })).data?.me.role, login).toBe(role);
    }
  });

  it('refuses an expired session', async () => {
    const jar = await signIn('ada');
    expect((await ask<Me>(atlasUrl, ME, {}, { jar })).data?.me.signedIn).toBe(true);
    clockAheadMs = 8 * 3_600_000 + 60_000;
    try {
      expect((await ask<Me>(atlasUrl, ME, {}, { jar })).data?.me.signedIn).toBe(false);
      const search = await ask(atlasUrl, '{ search(text: "socitm") { id } }', {}, { jar });
      expect(search.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      clockAheadMs = 0;
    }
  });

  it('signs out with a POST from the app, and refuses the signed-out session and sign-outs from other sites', async () => {
    const jar = await signIn('ada');
    const sessionCookie = jar.header(atlasUrl);
    const foreign = await visit(jar, `${atlasUrl}/auth/logout`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect((await ask<Me>(atlasUrl, ME, {}, { jar })).data?.me.signedIn).toBe(true);
    const out = await visit(jar, `${atlasUrl}/auth/logout`, { method: 'POST', headers: { origin: atlasUrl } });
    expect(out.status).toBe(303);
    expect(jar.get(atlasUrl, 'atlas-session')).toBeUndefined();
    // The old cookie, replayed, is worth nothing now.
    const replayed = await fetch(`${atlasUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sessionCookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await replayed.json()) as { data: Me }).data.me.signedIn).toBe(false);
  });

  it('keeps CSRF protection for cookie-authenticated requests', async () => {
    const jar = await signIn('ada');
    const crossSite = await ask(atlasUrl, ME, {}, { jar, origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const sameSite = await ask<Me>(atlasUrl, ME, {}, { jar, origin: atlasUrl });
    expect(sameSite.data?.me.signedIn).toBe(true);
    // A simple GET (what a cross-site <img> or link sends) without Yoga's CSRF header is refused.
    const get = await fetch(`${atlasUrl}/graphql?query=${encodeURIComponent(ME)}`, {
      headers: { cookie: jar.header(atlasUrl) },
    });
    expect(get.status).toBe(403);
  });

  it('completes a sign-in only in the browser that started it, and only once', async () => {
    const browser = new CookieJar();
    const started = await visit(browser, `${atlasUrl}/auth/login`);
    const state = new URL(started.location!).searchParams.get('state')!;
    const callbackUrl = `${atlasUrl}/auth/callback?code=forged&state=${state}`;
    // Another browser cannot complete it (login CSRF).
    expect((await visit(new CookieJar(), callbackUrl)).status).toBe(400);
    // The browser that started it, with a code the provider never issued: no session.
    const forged = await visit(browser, callbackUrl);
    expect(forged.status).toBe(400);
    expect(browser.get(atlasUrl, 'atlas-session')).toBeUndefined();
    // The attempt is used up.
    expect((await visit(browser, callbackUrl)).status).toBe(400);
  });
});

describe('personal API tokens', () => {
  it('are shown once, stored as a hash, act with the user’s current role, record the user, and stop when revoked', async () => {
    const bea = await signIn('bea');
    const ada = await signIn('ada');
    const adaMe = (await ask<Me>(atlasUrl, ME, {}, { jar: ada })).data!.me;
    const created = await ask<{
      createApiToken: { secret: string; token: { id: string; name: string; prefix: string } };
    }>(
      atlasUrl,
      'mutation { createApiToken(name: "nightly script") { secret token { id name prefix } } }',
      {},
      { jar: ada },
    );
    const { secret, token } = created.data!.createApiToken;
    expect(secret).toMatch(/^atlas_pat_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    // Listed without the secret; stored only as its hash.
    const listed = await ask<{ apiTokens: Record<string, unknown>[] }>(
      atlasUrl,
      '{ apiTokens { id name prefix lastUsedAt } }',
      {},
      { jar: ada },
    );
    expect(listed.data!.apiTokens).toEqual([
      { id: token.id, name: 'nightly script', prefix: token.prefix, lastUsedAt: null },
    ]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(await findApiTokenUser(executor, secret, new Date())).toBeNull();
    expect(await findApiTokenUser(executor, sha256(secret), new Date())).toMatchObject({ id: adaMe.id });

    // Bea makes Ada an editor: the token writes, and the audit log records Ada by name and id.
    await setRole(bea, adaMe.id!, 'EDITOR');
    const viaToken = await ask<Me>(atlasUrl, ME, {}, { token: secret });
    expect(viaToken.data?.me).toMatchObject({ name: 'Ada Analyst', role: 'EDITOR', method: 'PERSONAL_TOKEN' });
    const UPDATE =
      'mutation ($v: Int!) { updateEntity(id: "body:nesta", expectedVersion: $v, input: { description: "Innovation foundation (token)" }) { version } }';
    const nesta = await ask<{ entity: { version: number } }>(
      atlasUrl,
      '{ entity(id: "body:nesta") { version } }',
      {},
      { token: secret },
    );
    const updated = await ask(atlasUrl, UPDATE, { v: nesta.data!.entity.version }, { token: secret });
    expect(updated.errors).toBeUndefined();
    const audit = await ask<{ auditLog: { entries: { actor: string; actorId: string; action: string }[] } }>(
      atlasUrl,
      '{ auditLog(entityId: "body:nesta", first: 1) { entries { actor actorId action } } }',
      {},
      { jar: bea },
    );
    expect(audit.data!.auditLog.entries[0]).toEqual({
      actor: 'Ada Analyst',
      actorId: adaMe.id,
      action: 'updateEntity',
    });

    // Demoted, the token shrinks with her.
    await setRole(bea, adaMe.id!, 'VIEWER');
    const refused = await ask(atlasUrl, UPDATE, { v: nesta.data!.entity.version + 1 }, { token: secret });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const used = await ask<{ apiTokens: { lastUsedAt: string | null }[] }>(
      atlasUrl,
      '{ apiTokens { lastUsedAt } }',
      {},
      { jar: ada },
    );
    expect(used.data!.apiTokens[0]!.lastUsedAt).not.toBeNull();

    // Someone else cannot revoke it; its user can, and then it is refused.
    const notBeas = await ask(
      atlasUrl,
      'mutation ($id: ID!) { revokeApiToken(id: $id) { id } }',
      { id: token.id },
      { jar: bea },
    );
    expect(notBeas.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const revoked = await ask(
      atlasUrl,
      'mutation ($id: ID!) { revokeApiToken(id: $id) { id } }',
      { id: token.id },
      { jar: ada },
    );
    expect(revoked.errors).toBeUndefined();
    const after = await ask(atlasUrl, ME, {}, { token: secret });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets signed-in users and tokens introspect and read the SDL (introspection is off for the anonymous in production)', async () => {
    // This app runs with production's default for introspection only when asked; see server/schema/schema-snapshot.test.ts.
    const jar = await signIn('ada');
    const sdl = await fetch(`${atlasUrl}/graphql/schema.graphql`, { headers: { cookie: jar.header(atlasUrl) } });
    expect(sdl.status).toBe(200);
    expect(await sdl.text()).toContain('type Query');
  });
});

describe('npm run users', () => {
  it('promotes a user who signed in, by e-mail, and audits it as the CLI', async () => {
    await signIn('ada');
    const lines: string[] = [];
    expect(await usersCommand(executor, ['promote', 'ADA@example.org', 'admin'], (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual(['Ada Analyst is now admin.']);
    expect(await usersCommand(executor, ['promote', 'nobody@example.org', 'admin'], (line) => lines.push(line))).toBe(
      1,
    );
    expect(await usersCommand(executor, ['promote', 'ada@example.org', 'owner'], (line) => lines.push(line))).toBe(2);
  });
});
