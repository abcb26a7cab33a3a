/**
 * OpenID Connect sign-in (authorization code flow with PKCE, state and nonce) through openid-client:
 * GET /auth/login → the provider → GET /auth/callback → a session cookie; POST /auth/logout ends it.
 * Sign-ins under way and sessions live in Neo4j (hashes of their secrets only), so several stateless
 * instances of the app can share one database. docs/api.md#sign-in describes it for operators.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as oidc from 'openid-client';
import { closedAccountMessage } from '../repositories/account-closure.ts';
import type { Executor } from '../repositories/executor.ts';
import {
  createLoginAttempt,
  createSession,
  deleteExpired,
  deleteSession,
  takeLoginAttempt,
  type LoginAttempt,
} from '../repositories/sessions.ts';
import { signInUser, type SignIn, type UserRole } from '../repositories/users.ts';
import { cookieValue, randomSecret, sha256 } from '../schema/security.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** Unset: a public client, authenticated by PKCE alone. */
  clientSecret?: string;
  /** The app's own address; the provider returns to <publicUrl>/auth/callback. */
  publicUrl: string;
  scopes: string;
  /** Lower-case e-mail addresses made admins at sign-in (when the provider says the address is verified). */
  adminEmails: readonly string[];
  /** A claim listing the user's groups or roles; with it the groups decide the role at every sign-in. */
  roleClaim?: string;
  adminGroups: readonly string[];
  editorGroups: readonly string[];
  sessionHours: number;
}

/** A sign-in must complete within this time. */
const LOGIN_TTL_MS = 10 * 60_000;

export interface CookieNames {
  session: string;
  login: string;
  secure: boolean;
}

/** __Host- cookies (Secure, Path=/, no Domain) where the app is served over https. */
export function cookieNames(publicUrl: string): CookieNames {
  const secure = new URL(publicUrl).protocol === 'https:';
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}atlas-session`, login: `${prefix}atlas-login`, secure };
}

function cookie(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The role the configuration gives a user at sign-in, or null when it leaves the role to admins. */
export function configuredRole(
  settings: Pick<OidcSettings, 'adminEmails' | 'roleClaim' | 'adminGroups' | 'editorGroups'>,
  claims: Record<string, unknown>,
  email: string | null,
): UserRole | null {
  if (email && settings.adminEmails.includes(email.toLowerCase())) return 'admin';
  if (!settings.roleClaim) return null;
  const value = claims[settings.roleClaim];
  const groups = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : []).map(String);
  if (groups.some((group) => settings.adminGroups.includes(group))) return 'admin';
  if (groups.some((group) => settings.editorGroups.includes(group))) return 'editor';
  return 'viewer';
}

/** Only paths of this app, never another site ("//evil.example" or "https://…"). */
function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

function page(res: ServerResponse, status: number, title: string, text: string): void {
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escape(title)}</title>` +
      `<main><h1>${escape(title)}</h1><p>${escape(text)}</p><p><a href="/">Back to the atlas</a></p></main></html>`,
  );
}

export interface OidcRoutes {
  cookies: CookieNames;
  /** Answers /auth/login, /auth/callback and /auth/logout; false for any other path. */
  handle(req: IncomingMessage, res: ServerResponse, path: string): boolean;
}

/** What every route needs: the settings, the database, the cookies and the provider's configuration. */
interface RouteContext {
  settings: OidcSettings;
  executor: Executor;
  log: (line: string) => void;
  now: () => Date;
  cookies: CookieNames;
  publicUrl: URL;
  redirectUri: string;
  configuration: () => Promise<oidc.Configuration>;
}

/** Discovery once per process; a failure is retried at the next sign-in. */
function discoveryOnce(settings: OidcSettings): () => Promise<oidc.Configuration> {
  let discovered: Promise<oidc.Configuration> | undefined;
  return () => {
    discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        settings.clientSecret ? undefined : oidc.None(),
        // A provider on plain http is only for tests and local development (loopback).
        new URL(settings.issuer).protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
}

/** GET /auth/login: records the attempt (PKCE verifier, nonce) and sends the browser to the provider. */
async function login(context: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { settings, cookies } = context;
  const config = await context.configuration();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const returnTo = safeReturnTo(new URL(req.url ?? '/', context.publicUrl).searchParams.get('returnTo'));
  await createLoginAttempt(context.executor, {
    stateHash: sha256(state),
    codeVerifier,
    nonce,
    returnTo,
    expiresAt: context.now().getTime() + LOGIN_TTL_MS,
  });
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: context.redirectUri,
    scope: settings.scopes,
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  res.writeHead(302, {
    location: url.href,
    'set-cookie': cookie(cookies.login, state, LOGIN_TTL_MS / 1000, cookies.secure),
    'cache-control': 'no-store',
  });
  res.end();
}

/** The provider's claims about the user signing in (the ID token, then userinfo for what it lacks); null if refused. */
async function claimsOf(
  context: RouteContext,
  config: oidc.Configuration,
  callbackUrl: URL,
  attempt: LoginAttempt,
  state: string,
): Promise<Record<string, unknown> | null> {
  try {
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const claims = { ...tokens.claims() };
    const roleClaim = context.settings.roleClaim;
    const missing = !claims.email || !claims.name || (roleClaim && !(roleClaim in claims));
    if (missing && config.serverMetadata().userinfo_endpoint) {
      return { ...(await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub))), ...claims };
    }
    return claims;
  } catch (error) {
    context.log(`sign-in failed: ${(error as Error).message}`);
    return null;
  }
}

/** The sign-in the claims describe: who (issuer and subject), their name and verified e-mail, and the configured role. */
function signInOf(settings: OidcSettings, issuer: string, claims: Record<string, unknown>): SignIn {
  const email = typeof claims.email === 'string' && claims.email_verified !== false ? claims.email : null;
  const name =
    [claims.name, claims.preferred_username, email, claims.sub].find(
      (value): value is string => typeof value === 'string' && value.trim() !== '',
    ) ?? 'unknown';
  const forcedRole = configuredRole(settings, claims, email);
  return { issuer, subject: String(claims.sub), name, email, initialRole: forcedRole ?? 'viewer', forcedRole };
}

/** GET /auth/callback: completes the attempt this browser started, then starts a session. */
async function callback(context: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { cookies, executor } = context;
  const current = new URL(req.url ?? '/', context.publicUrl);
  const state = current.searchParams.get('state');
  // The state must be this browser's (the login cookie): no one can complete a sign-in they started for another.
  const browserState = cookieValue(req.headers.cookie ?? null, cookies.login);
  if (!state || !browserState || state !== browserState) {
    return page(res, 400, 'Sign-in failed', 'This sign-in was not started in this browser. Please sign in again.');
  }
  const attempt = await takeLoginAttempt(executor, sha256(state));
  if (!attempt || attempt.expiresAt <= context.now().getTime()) {
    return page(res, 400, 'Sign-in expired', 'The sign-in took too long or was already used. Please sign in again.');
  }
  const config = await context.configuration();
  const claims = await claimsOf(context, config, new URL(`${context.redirectUri}${current.search}`), attempt, state);
  if (!claims) {
    return page(res, 400, 'Sign-in failed', 'The identity provider did not confirm the sign-in. Please try again.');
  }
  const user = await signInUser(executor, signInOf(context.settings, config.serverMetadata().issuer, claims));
  if (user.closedAt) {
    context.log(`sign-in refused: the account ${user.id} is closed`);
    return page(res, 403, 'Account closed', closedAccountMessage(user));
  }
  const sessionId = randomSecret();
  const at = context.now().getTime();
  const lifetimeMs = context.settings.sessionHours * 3_600_000;
  await createSession(executor, { idHash: sha256(sessionId), userId: user.id, now: at, expiresAt: at + lifetimeMs });
  await deleteExpired(executor, at);
  res.writeHead(303, {
    location: attempt.returnTo,
    'set-cookie': [
      cookie(cookies.session, sessionId, Math.floor(lifetimeMs / 1000), cookies.secure),
      cookie(cookies.login, '', 0, cookies.secure),
    ],
    'cache-control': 'no-store',
  });
  res.end();
}

/** GET /auth/logout: a page with a sign-out button; POST from the app's own pages: ends the session. */
async function logout(context: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { cookies } = context;
  if (req.method !== 'POST') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Sign out</title><main><h1>Sign out</h1>' +
        '<form method="post" action="/auth/logout"><button type="submit">Sign out</button></form></main></html>',
    );
    return;
  }
  // Only the app's own pages may sign a browser out (a form or fetch from another site may not).
  const origin = req.headers.origin;
  const publicOrigin = context.publicUrl.origin;
  if (origin !== undefined && origin !== publicOrigin) {
    return page(res, 403, 'Not signed out', `Sign out from ${publicOrigin}.`);
  }
  const sessionId = cookieValue(req.headers.cookie ?? null, cookies.session);
  if (sessionId) await deleteSession(context.executor, sha256(sessionId));
  res.writeHead(303, {
    location: '/',
    'set-cookie': cookie(cookies.session, '', 0, cookies.secure),
    'cache-control': 'no-store',
  });
  res.end();
}

type Route = (context: RouteContext, req: IncomingMessage, res: ServerResponse) => Promise<void>;

const ROUTES: Record<string, Route> = { '/auth/login': login, '/auth/callback': callback, '/auth/logout': logout };

export function createOidcRoutes(
  settings: OidcSettings,
  executor: Executor,
  log: (line: string) => void,
  now: () => Date = () => new Date(),
): OidcRoutes {
  const publicUrl = new URL(settings.publicUrl);
  const context: RouteContext = {
    settings,
    executor,
    log,
    now,
    cookies: cookieNames(settings.publicUrl),
    publicUrl,
    redirectUri: new URL('/auth/callback', publicUrl).href,
    configuration: discoveryOnce(settings),
  };
  return {
    cookies: context.cookies,
    handle(req, res, path) {
      const route = ROUTES[path];
      if (!route) return false;
      route(context, req, res).catch((error: unknown) => {
        log(`${path} failed: ${(error as Error).stack ?? String(error)}`);
        if (!res.headersSent)
          page(
            res,
            503,
            'Sign-in unavailable',
            'The identity provider or the database cannot be reached. Try again shortly.',
          );
        else res.end();
      });
      return true;
    },
  };
}
