/**
 * The HTTP surface: /graphql (graphql-yoga), /export/*, /health, /ready and the built client at /.
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
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/index.ts';
import { exportBaseName } from '../core/export/formats.ts';
import { InputError } from '../core/errors.ts';
import { exportFilterInput, readExportGraph } from './exports/network.ts';
import { registerCsv } from './exports/register-csv.ts';
import { listRegister } from './repositories/engagement.ts';
import type { RateLimiter } from './repositories/rate-limits.ts';
import { createLoaders, hasRole, operationNameOf, type Context, type Role, type Viewer } from './schema/context.ts';
import { createErrorMasker, useErrorMapping } from './schema/errors.ts';
import { createSchema } from './schema/index.ts';
import { MAX_UPLOAD_BYTES } from './schema/sources/uploaded-text.ts';
import {
  useAuthentication,
  useRequestLimits,
  useWriteRateLimit,
  viewerFor,
  type AuthToken,
} from './schema/security.ts';
import { useSlowRequestLog } from './schema/slow-requests.ts';

export interface AppOptions {
  executor: Executor;
  /** Folder of the built client; "/" answers 404 with a hint when it is missing. */
  clientDir?: string;
  production?: boolean;
  /** Bearer tokens and their roles; none means a single-user local instance. */
  authTokens?: readonly AuthToken[];
  introspection?: boolean;
  log?: (line: string) => void;
  /** Per-client rate limits (writes), shared through Neo4j by every instance; none means unlimited. */
  rateLimiter?: RateLimiter;
  /** Requests slower than this many ms are logged with their operation name; 0 or unset logs none. */
  slowRequestMs?: number;
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
    useSlowRequestLog(options.slowRequestMs ?? 0, log) as Plugin,
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
  if (options.rateLimiter) plugins.push(useWriteRateLimit(options.rateLimiter, authTokens.length > 0) as Plugin);

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
    const networkFormat = EXPORT_FORMATS.find((format) => path === `/export/${format.file}`);
    if (networkFormat) return void exportNetwork(req, res, networkFormat);
    if (serveClient) return serveClient(req, res, () => sendJson(res, 404, { error: 'not found' }));
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The client is not built: run `npm run build` (npm start builds it for you).\n');
  };

  /**
   * The viewer of an export request (same bearer tokens as /graphql), or null after answering 401
   * without a valid token and 403 below the role.
   */
  function exportViewer(req: IncomingMessage, res: ServerResponse, role: Role, forbidden: string): Viewer | null {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const viewer = viewerFor(new Request('http://atlas/export', { headers }), authTokens);
    if (!viewer) {
      sendJson(res, 401, { error: 'A valid bearer token is required' });
      return null;
    }
    if (!hasRole({ viewer }, role)) {
      sendJson(res, 403, { error: forbidden });
      return null;
    }
    return viewer;
  }

  /** Runs an export with an executor bound to the request, and sends it as an attachment. */
  async function sendExport(
    res: ServerResponse,
    viewer: Viewer,
    operation: string,
    produce: (requestExecutor: Executor) => Promise<{ body: string; contentType: string; fileName: string }>,
  ): Promise<void> {
    const requestId = randomUUID();
    try {
      const { body, contentType, fileName } = await produce(
        executor.withMetadata({ requestId, operation, actor: viewer.name }),
      );
      res.writeHead(200, {
        'content-type': `${contentType}; charset=utf-8`,
        'content-disposition': `attachment; filename="${fileName}"`,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch (error) {
      if (error instanceof InputError) return sendJson(res, 400, { error: error.message });
      log(`request ${requestId}: ${operation} failed: ${(error as Error).stack ?? String(error)}`);
      sendJson(res, 503, { error: 'The export could not be read; check /ready and try again' });
    }
  }

  /** The register as CSV, for editors and admins. */
  async function exportRegister(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const viewer = exportViewer(req, res, 'editor', 'Only editors and admins can export the register');
    if (!viewer) return;
    await sendExport(res, viewer, 'export register.csv', async (requestExecutor) => ({
      body: registerCsv(await listRegister(requestExecutor)),
      contentType: 'text/csv',
      fileName: 'stakeholder-register.csv',
    }));
  }

  /** The network under the query string's filters, for everyone who may read it through the API. */
  async function exportNetwork(req: IncomingMessage, res: ServerResponse, format: ExportFormat): Promise<void> {
    const viewer = exportViewer(req, res, 'viewer', 'Only signed-in users can export the network');
    if (!viewer) return;
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    await sendExport(res, viewer, `export ${format.file}`, async (requestExecutor) => {
      const graph = await readExportGraph(requestExecutor, exportFilterInput(params));
      return {
        body: format.write(graph),
        contentType: format.contentType,
        fileName: `${exportBaseName(graph.filters.asOf)}${format.suffix}`,
      };
    });
  }

  return { yoga, listener };
}
