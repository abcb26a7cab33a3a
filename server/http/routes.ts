/**
 * Which route answers a request: /health, /ready, /auth/* (OpenID Connect sign-in, rate-limited),
 * /csp-report, /graphql/schema.graphql, /graphql, /export/* and the built client at /.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { OidcRoutes } from '../auth/oidc.ts';
import type { Executor } from '../db/executor.ts';
import type { RateLimiter } from '../repositories/rate-limits.ts';
import type { Viewer } from '../schema/context.ts';
import { clientKeyOf, type Authenticator } from '../schema/security.ts';
import { createCspReportRoute, CSP_REPORT_PATH } from './csp-report.ts';
import { headersOf, sendJson } from './exports.ts';

export interface RoutesOptions {
  executor: Executor;
  authenticator: Authenticator;
  /** The GraphQL endpoint (yoga) for /graphql and below. */
  graphql: RequestListener;
  /** The export routes; false for a path they do not answer. */
  exportRoutes: (req: IncomingMessage, res: ServerResponse, path: string) => boolean;
  oidcRoutes: OidcRoutes | undefined;
  rateLimiter: RateLimiter | undefined;
  /** The schema's SDL, served at /graphql/schema.graphql. */
  sdl: string;
  introspectionForAll: boolean;
  /** True from the warm-up's start until it is done: /ready answers 503 meanwhile. */
  isWarmingUp: () => boolean;
  clientDir: string | undefined;
  production: boolean;
  log: (line: string) => void;
}

const SIGN_IN_PATHS = new Set(['/auth/login', '/auth/callback']);

/** In production: users who signed in and tokens (not the anonymous, nor a local instance's user). */
export function mayIntrospect(viewer: Viewer | undefined): boolean {
  return viewer !== undefined && viewer.role !== null && viewer.method !== 'local';
}

/** /ready: the database first (when it is away, that is the reason to give, warming up or not). */
function sendReadiness(res: ServerResponse, executor: Executor, isWarmingUp: () => boolean): void {
  executor.ping().then(
    () =>
      isWarmingUp()
        ? sendJson(res, 503, {
            status: 'warming up',
            reason:
              "the server is warming up (building the graph index, planning queries, running the client's queries)",
          })
        : sendJson(res, 200, { status: 'ready' }),
    (error: Error) => sendJson(res, 503, { status: 'unavailable', reason: error.message }),
  );
}

/** Sign-in attempts count against the caller's address, on every instance alike. */
function signInWithinLimit(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  oidcRoutes: OidcRoutes,
  rateLimiter: RateLimiter,
): void {
  rateLimiter.take('sign-in', clientKeyOf(undefined, req)).then(
    (decision) => {
      if (decision.allowed) return void oidcRoutes.handle(req, res, path);
      res.writeHead(429, {
        'content-type': 'text/plain; charset=utf-8',
        'retry-after': String(decision.retryAfterSeconds),
      });
      res.end(
        `Too many sign-in attempts: at most ${decision.limit} a minute. Try again in ${decision.retryAfterSeconds} s.\n`,
      );
    },
    (error: Error) => sendJson(res, 503, { status: 'unavailable', reason: error.message }),
  );
}

/** The SDL, to whoever may introspect: everyone outside production, signed-in users and tokens in it. */
async function sendSchema(
  req: IncomingMessage,
  res: ServerResponse,
  { authenticator, introspectionForAll, sdl }: Pick<RoutesOptions, 'authenticator' | 'introspectionForAll' | 'sdl'>,
): Promise<void> {
  if (!introspectionForAll) {
    const viewer = await authenticator.authenticate(headersOf(req));
    if (viewer === 'invalid' || 'closed' in viewer || !mayIntrospect(viewer)) {
      return sendJson(res, 401, { error: 'Sign in or send a valid bearer token to read the schema' });
    }
  }
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${sdl}\n`);
}

/** The built client, or a 404 that says how to build it. */
function createClientRoute(clientDir: string | undefined, production: boolean): RequestListener {
  const serveClient =
    clientDir && existsSync(clientDir) ? sirv(clientDir, { single: true, dev: !production, etag: true }) : undefined;
  return (req, res) => {
    if (serveClient) return serveClient(req, res, () => sendJson(res, 404, { error: 'not found' }));
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The client is not built: run `npm run build` (npm start builds it for you).\n');
  };
}

export function createRoutes(options: RoutesOptions): RequestListener {
  const { executor, oidcRoutes, rateLimiter, graphql, exportRoutes } = options;
  const cspReport = createCspReportRoute(options.log);
  const client = createClientRoute(options.clientDir, options.production);
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/ready') return sendReadiness(res, executor, options.isWarmingUp);
    if (oidcRoutes && SIGN_IN_PATHS.has(path) && rateLimiter?.limits('sign-in')) {
      return signInWithinLimit(req, res, path, oidcRoutes, rateLimiter);
    }
    if (oidcRoutes?.handle(req, res, path)) return;
    if (path === CSP_REPORT_PATH) return cspReport(req, res);
    if (path === '/graphql/schema.graphql') return void sendSchema(req, res, options);
    if (path === '/graphql' || path.startsWith('/graphql/')) return graphql(req, res);
    if (exportRoutes(req, res, path)) return;
    client(req, res);
  };
}
