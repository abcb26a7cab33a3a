/**
 * Who may do what. A request proves who it is with one of:
 * - a session cookie from OpenID Connect sign-in (server/auth/oidc.ts), when OIDC_ISSUER is set;
 * - a personal API token (Authorization: Bearer atlas_pat_…), acting with its user's current role;
 * - a shared token from AUTH_TOKENS (role:token), for single-user and CI use.
 * Without OIDC and without AUTH_TOKENS the server is a single-user local instance and everyone is
 * the local admin. Also the request-size limits that apply before any GraphQL parsing, and the
 * per-client rate limit on writes.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { closedAccountMessage } from '../repositories/account-closure.ts';
import { findApiTokenUser } from '../repositories/api-tokens.ts';
import type { Executor } from '../repositories/executor.ts';
import type { RateDecision, RateLimiter } from '../repositories/rate-limits.ts';
import { findSession } from '../repositories/sessions.ts';
import type { UserRow } from '../repositories/users.ts';
import { ANONYMOUS, type Role, type Viewer } from './context.ts';

export interface AuthToken {
  role: Role;
  token: string;
  /** "editor#1": the role and the token's position among that role's tokens, for the audit log. */
  name: string;
}

export const LOCAL_VIEWER: Viewer = { role: 'admin', name: 'local', id: null, method: 'local' };

/** Personal API tokens start with this, so they are recognisable in logs and by secret scanners. */
export const PERSONAL_TOKEN_PREFIX = 'atlas_pat_';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A random secret of 256 bits, URL-safe. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A new personal token: the secret (shown once), its hash (stored) and its first characters. */
export function newPersonalToken(): { secret: string; hash: string; prefix: string } {
  const secret = `${PERSONAL_TOKEN_PREFIX}${randomSecret()}`;
  return { secret, hash: sha256(secret), prefix: secret.slice(0, PERSONAL_TOKEN_PREFIX.length + 4) };
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The value of one cookie in a Cookie header. */
export function cookieValue(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export function userViewer(user: UserRow, method: 'session' | 'personal-token'): Viewer {
  return { role: user.role, name: user.name, id: user.id, method };
}

export interface AuthenticatorOptions {
  executor: Executor;
  sharedTokens: readonly AuthToken[];
  /** The session cookie's name when OpenID Connect sign-in is on; null without it. */
  sessionCookie: string | null;
  now?: () => Date;
}

/** A session cookie or personal token of an account an admin closed: refused, saying so. */
export interface ClosedAccount {
  closed: string;
  /** The credential was the session cookie (the refusal also clears it). */
  bySession: boolean;
}

/**
 * What a request's credentials say: a viewer (anonymous without any), "invalid" for a bad token,
 * or a closed account.
 */
export type Authentication = Viewer | 'invalid' | ClosedAccount;

function accountOf(user: UserRow, method: 'session' | 'personal-token'): Viewer | ClosedAccount {
  return user.closedAt
    ? { closed: closedAccountMessage(user), bySession: method === 'session' }
    : userViewer(user, method);
}

export class Authenticator {
  readonly local: boolean;
  private readonly now: () => Date;

  constructor(private readonly options: AuthenticatorOptions) {
    this.local = options.sharedTokens.length === 0 && options.sessionCookie === null;
    this.now = options.now ?? (() => new Date());
  }

  get sessionCookie(): string | null {
    return this.options.sessionCookie;
  }

  get sharedTokens(): boolean {
    return this.options.sharedTokens.length > 0;
  }

  /** Who the request is: a bearer token wins over the session cookie. */
  async authenticate(headers: Headers): Promise<Authentication> {
    if (this.local) return LOCAL_VIEWER;
    const authorization = headers.get('authorization');
    if (authorization) {
      const presented = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      if (!presented) return 'invalid';
      const shared = this.options.sharedTokens.find((candidate) => sameToken(candidate.token, presented));
      if (shared) return { role: shared.role, name: shared.name, id: null, method: 'shared-token' };
      if (!presented.startsWith(PERSONAL_TOKEN_PREFIX)) return 'invalid';
      const user = await findApiTokenUser(this.options.executor, sha256(presented), this.now());
      return user ? accountOf(user, 'personal-token') : 'invalid';
    }
    const sessionId = this.options.sessionCookie
      ? cookieValue(headers.get('cookie'), this.options.sessionCookie)
      : null;
    if (sessionId) {
      const user = await findSession(this.options.executor, sha256(sessionId), this.now().getTime());
      if (user) return accountOf(user, 'session');
    }
    return ANONYMOUS;
  }
}

/** Clears the session cookie (a __Host- cookie is only accepted back with Secure). */
function clearCookie(name: string): string {
  return `${name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${name.startsWith('__Host-') ? '; Secure' : ''}`;
}

function graphqlErrorResponse(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  extensions: Record<string, unknown> = {},
) {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/**
 * What a caller in the same process (the warm-up) may put in `yoga.fetch`'s server context: who
 * its request is, instead of credentials. Requests from the network cannot set it: their server
 * context is Node's request and response.
 */
export interface InProcessContext {
  inProcessViewer?: Viewer;
}

/** Each GraphQL request's viewer, worked out once in onRequest and read by the context. */
const viewers = new WeakMap<Request, Viewer>();

export function viewerOfRequest(request: Request): Viewer | undefined {
  return viewers.get(request);
}

/**
 * Works out who the request is. A bad bearer token is refused with 401; so is a request without
 * credentials when only shared tokens are configured (nothing there is public to the anonymous). With
 * OpenID Connect, anonymous requests go on so that `me` can say "signed out"; every other field
 * refuses them (server/schema/access.ts). A request authenticated by its session cookie must come
 * from the app's own origin or one of CORS_ORIGINS (CSRF), besides Yoga's CSRF header rule.
 */
export function useAuthentication(
  authenticator: Authenticator,
  publicOrigin: string | null,
  corsOrigins: readonly string[] = [],
): Plugin {
  const trusted = (origin: string) => origin === publicOrigin || corsOrigins.includes(origin);
  return {
    async onRequest({ request, serverContext, endResponse }) {
      if (request.method === 'OPTIONS') return;
      const inProcess = (serverContext as InProcessContext | undefined)?.inProcessViewer;
      if (inProcess) return void viewers.set(request, inProcess);
      const result = await authenticator.authenticate(request.headers);
      if (result !== 'invalid' && 'closed' in result) {
        const clear = result.bySession && authenticator.sessionCookie ? clearCookie(authenticator.sessionCookie) : null;
        // accountClosed: the client tells its user why they are signed out, not just to sign in.
        const headers: Record<string, string> = clear ? { 'set-cookie': clear } : {};
        endResponse(graphqlErrorResponse(401, 'UNAUTHENTICATED', result.closed, headers, { accountClosed: true }));
        return;
      }
      if (result === 'invalid' || (result.role === null && authenticator.sessionCookie === null)) {
        endResponse(
          graphqlErrorResponse(
            401,
            'UNAUTHENTICATED',
            result === 'invalid'
              ? 'The bearer token is not valid (revoked, mistyped or not one of this atlas)'
              : 'A valid bearer token is required (Authorization: Bearer <token>)',
            { 'www-authenticate': 'Bearer realm="stakeholder-atlas"' },
          ),
        );
        return;
      }
      const origin = request.headers.get('origin');
      if (result.method === 'session' && origin !== null && publicOrigin !== null && !trusted(origin)) {
        endResponse(
          graphqlErrorResponse(403, 'FORBIDDEN', `Requests signed in by cookie must come from ${publicOrigin}`),
        );
        return;
      }
      viewers.set(request, result);
    },
  };
}

/**
 * Refuses bodies over the limit before they are read, and bodies of unknown length. Multipart
 * requests (a source's text uploaded as a file) have their own, larger limit.
 */
export function useRequestLimits(maxBodyBytes: number, maxUploadBytes = maxBodyBytes): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== 'POST') return;
      const length = request.headers.get('content-length');
      const upload = /^multipart\/form-data/i.test(request.headers.get('content-type') ?? '');
      const limit = upload ? maxUploadBytes : maxBodyBytes;
      if (length === null) {
        endResponse(graphqlErrorResponse(411, 'BAD_REQUEST', 'Send the request body with a Content-Length header'));
      } else if (Number(length) > limit) {
        endResponse(
          graphqlErrorResponse(
            413,
            'BAD_REQUEST',
            upload
              ? `The upload is ${length} bytes; the limit is ${limit} (import files may be at most 20 MB each, a source's text 1 MB)`
              : `The request body is ${length} bytes; the limit is ${limit}`,
          ),
        );
      }
    },
  };
}

/** What a refused request is told: HTTP 429, Retry-After, and code RATE_LIMITED. */
function rateLimitedMessage(decision: RateDecision, doing: string): string {
  return (
    `Too many ${doing}: at most ${decision.limit} a minute per client. ` +
    `Try again in ${decision.retryAfterSeconds} s.`
  );
}

/** A 429 response for a refused request outside GraphQL (sign-in, for instance). */
export function tooManyRequests(decision: RateDecision, doing: string): Response {
  return graphqlErrorResponse(429, 'RATE_LIMITED', rateLimitedMessage(decision, doing), {
    'retry-after': String(decision.retryAfterSeconds),
  });
}

/**
 * Who a request counts against: a signed-in user or personal token by the user's id, a shared token
 * by its name (the same on any instance), else the peer's address (the local single user, or anyone
 * before sign-in). X-Forwarded-For is not trusted: anyone can send it.
 */
export function clientKeyOf(viewer: Viewer | undefined, req: IncomingMessage | undefined): string {
  if (viewer?.id) return `user ${viewer.id}`;
  if (viewer?.method === 'shared-token') return `token ${viewer.name}`;
  return `address ${req?.socket?.remoteAddress ?? 'unknown'}`;
}

/**
 * Counts every mutation against its client's "writes" limit (shared by all instances through
 * Neo4j) and answers 429 with Retry-After, before any resolver runs, once the limit is used up.
 */
export function useWriteRateLimit(limiter: RateLimiter): Plugin<{ viewer?: Viewer; req?: IncomingMessage }> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      if (!limiter.limits('writes')) return;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (operation?.operation !== 'mutation') return;
      const { viewer, req } = args.contextValue;
      const decision = await limiter.take('writes', clientKeyOf(viewer, req));
      if (decision.allowed) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(rateLimitedMessage(decision, 'writes'), {
            extensions: {
              code: 'RATE_LIMITED',
              retryAfter: decision.retryAfterSeconds,
              http: { status: 429, headers: { 'retry-after': String(decision.retryAfterSeconds) } },
            },
          }),
        ],
      });
    },
  };
}
