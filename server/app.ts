/**
 * The HTTP surface: /graphql (graphql-yoga), /health, /ready and the built client at /.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import sirv from 'sirv';
import type { Executor } from './db/executor.ts';
import { registerCsv } from './exports/register-csv.ts';
import { listRegister } from './repositories/engagement.ts';
import { createLoaders, hasRole, operationNameOf, type Context } from './schema/context.ts';
import { createErrorMasker, useErrorMapping } from './schema/errors.ts';
import { createSchema } from './schema/index.ts';
import { MAX_UPLOAD_BYTES } from './schema/sources/uploaded-text.ts';
import { useAuthentication, useRequestLimits, viewerFor, type AuthToken } from './schema/security.ts';

export interface AppOptions {
  executor: Executor;
  /** Folder of the built client; "/" answers 404 with a hint when it is missing. */
  clientDir?: string;
  production?: boolean;
  /** Bearer tokens and their roles; none means a single-user local instance. */
  authTokens?: readonly AuthToken[];
  introspection?: boolean;
  log?: (line: string) => void;
}

export interface App {
  yoga: YogaServerInstance<{ req: IncomingMessage; res: ServerResponse }, Context>;
  listener: RequestListener;
}

/** Limits on what one GraphQL request may ask for (graphql-armor); docs/api.md lists them. */
export const LIMITS = {
  maxBodyBytes: 100_000,
  /** Multipart requests: an uploaded source file (up to 2 MB of HTML for 1 MB of text) and its form. */
  maxUploadBytes: MAX_UPLOAD_BYTES + 100_000,
  maxDepth: 10,
  maxAliases: 10,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxCost: 5_000,
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function createApp(options: AppOptions): App {
  const { executor, clientDir, production = false, authTokens = [] } = options;
  const log = options.log ?? ((line: string) => console.error(`[atlas] ${line}`));
  const plugins: Plugin[] = [
    useErrorMapping(log) as Plugin,
    useRequestLimits(LIMITS.maxBodyBytes, LIMITS.maxUploadBytes),
    useAuthentication(authTokens),
    // Browsers cannot send a JSON body cross-site without a preflight; other requests need this header.
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
    EnvelopArmorPlugin({
      maxDepth: { n: LIMITS.maxDepth },
      maxAliases: { n: LIMITS.maxAliases },
      maxDirectives: { n: LIMITS.maxDirectives },
      maxTokens: { n: LIMITS.maxTokens },
      costLimit: { maxCost: LIMITS.maxCost },
      blockFieldSuggestion: { enabled: production },
    }) as Plugin,
  ];
  if (!(options.introspection ?? !production)) plugins.push(useDisableIntrospection());

  const yoga = createYoga<{ req: IncomingMessage; res: ServerResponse }, Context>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: !production,
    landingPage: false,
    batching: false,
    // Unexpected errors are logged by the error masker with their request id; expected ones are answers.
    logging: false,
    maskedErrors: { maskError: createErrorMasker(log) },
    plugins,
    context: ({ request, params }) => {
      // useAuthentication already refused requests without a valid token; least privilege if one slips by.
      const viewer = viewerFor(request, authTokens) ?? { role: 'viewer' as const, name: 'anonymous' };
      const requestId = randomUUID();
      // Every resolver and DataLoader of this request runs its transactions through this executor.
      const requestExecutor = executor.withMetadata({
        requestId,
        operation: operationNameOf(params),
        actor: viewer.name,
      });
      return { executor: requestExecutor, viewer, requestId, loaders: createLoaders(requestExecutor) };
    },
  });

  const serveClient =
    clientDir && existsSync(clientDir) ? sirv(clientDir, { single: true, dev: !production, etag: true }) : undefined;

  const listener: RequestListener = (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/ready') {
      executor.ping().then(
        () => sendJson(res, 200, { status: 'ready' }),
        (error: Error) => sendJson(res, 503, { status: 'unavailable', reason: error.message }),
      );
      return;
    }
    if (path === '/graphql' || path.startsWith('/graphql/')) return void yoga(req, res);
    if (path === '/export/register.csv') return void exportRegister(req, res);
    if (serveClient) return serveClient(req, res, () => sendJson(res, 404, { error: 'not found' }));
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The client is not built: run `npm run build` (npm start builds it for you).\n');
  };

  /** The register as CSV, for editors and admins (same bearer tokens as /graphql). */
  async function exportRegister(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const viewer = viewerFor(new Request('http://atlas/export', { headers }), authTokens);
    if (!viewer) return sendJson(res, 401, { error: 'A valid bearer token is required' });
    if (!hasRole({ viewer }, 'editor'))
      return sendJson(res, 403, { error: 'Only editors and admins can export the register' });
    const requestId = randomUUID();
    try {
      const csv = registerCsv(
        await listRegister(executor.withMetadata({ requestId, operation: null, actor: viewer.name })),
      );
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="stakeholder-register.csv"',
        'cache-control': 'no-store',
      });
      res.end(csv);
    } catch (error) {
      log(`request ${requestId}: register export failed: ${(error as Error).stack ?? String(error)}`);
      sendJson(res, 503, { error: 'The register could not be read; check /ready and try again' });
    }
  }

  return { yoga, listener };
}
