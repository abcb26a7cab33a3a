/**
 * The HTTP surface: /graphql (graphql-yoga), /graphql/schema.graphql (the SDL), /auth/* (OpenID
 * Connect sign-in), /export/*, /health, /ready and the built client at /.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { getOperationAST, getVariableValues, OperationTypeNode, printSchema } from 'graphql';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import sirv from 'sirv';
import { backgroundWork, type Executor } from './db/executor.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/index.ts';
import { exportBaseName } from '../core/export/formats.ts';
import { InputError, NotFoundError } from '../core/errors.ts';
import { exportFilterInput, readExportGraph } from './exports/network.ts';
import { registerCsv, registerToday } from './exports/register-csv.ts';
import { briefFileName, briefPdf } from './exports/brief-pdf.ts';
import { briefPack, packAccess } from './briefs/pack.ts';
import { getBriefs, recordBriefExport } from './repositories/briefs.ts';
import { Feed } from './feed/feed.ts';
import { InfluenceCache } from './influence/cache.ts';
import { listRegister } from './repositories/engagement.ts';
import { createOidcRoutes, type OidcSettings } from './auth/oidc.ts';
import { createEdge } from './http/edge.ts';
import { createCspReportRoute, CSP_REPORT_PATH } from './http/csp-report.ts';
import type { RateLimiter } from './repositories/rate-limits.ts';
import {
  ANONYMOUS,
  createLoaders,
  hasRole,
  operationNameOf,
  type Context,
  type Role,
  type Viewer,
} from './schema/context.ts';
import { createErrorMasker, useErrorMapping } from './schema/errors.ts';
import { useEventStreamHeaders } from './schema/event-stream.ts';
import { createSchema } from './schema/index.ts';
import {
  Authenticator,
  useAuthentication,
  useRequestLimits,
  useWriteRateLimit,
  viewerOfRequest,
  clientKeyOf,
  type AuthToken,
} from './schema/security.ts';
import { useGraphResponseCache } from './schema/response-cache.ts';
import { GraphIndexCache } from './repositories/graph-index.ts';
import { readGraphVersion } from './repositories/graph-version.ts';
import { useSlowRequestLog } from './schema/slow-requests.ts';
import { warmUp as runWarmUp } from './warm-up.ts';

export interface AppOptions {
  executor: Executor;
  /** Folder of the built client; "/" answers 404 with a hint when it is missing. */
  clientDir?: string;
  production?: boolean;
  /** Shared bearer tokens and their roles (AUTH_TOKENS); without them and without oidc, a single-user local instance. */
  authTokens?: readonly AuthToken[];
  /** OpenID Connect sign-in (OIDC_ISSUER and friends). */
  oidc?: OidcSettings;
  /** PUBLIC_URL (https sends HSTS); without it, the one of `oidc`. */
  publicUrl?: string;
  /** CORS_ORIGINS: other web apps that may call the API from a browser, with credentials. */
  corsOrigins?: readonly string[];
  /** Introspection (and the SDL at /graphql/schema.graphql) for everyone; signed-in requests always may. */
  introspection?: boolean;
  /** The clock of sessions and tokens (tests move it forward to expire a session). */
  now?: () => Date;
  log?: (line: string) => void;
  /** Influence computed off the request path; by default one for this executor, polling the graph version. */
  influence?: InfluenceCache;
  /**
   * The relationship graph in memory per graph version (server/repositories/graph-index.ts); by
   * default one for this executor. Null: every graph read goes to Neo4j (the benchmarks' recordings).
   */
  graphIndex?: GraphIndexCache | null;
  /** Size of the graph answers' cache (LIMITS.responseCacheBytes by default); 0: none (benchmarks of first answers). */
  responseCacheBytes?: number;
  /** Per-client rate limits (writes), shared through Neo4j by every instance; none means unlimited. */
  rateLimiter?: RateLimiter;
  /** Requests slower than this many ms are logged with their operation name; 0 or unset logs none. */
  slowRequestMs?: number;
  /** The change feed's poll for other instances' changes (ms); 250 by default. */
  feedPollMs?: number;
}

export interface App {
  yoga: YogaServerInstance<{ req: IncomingMessage; res: ServerResponse }, Context>;
  listener: RequestListener;
  influence: InfluenceCache;
  /** Numbers committed changes and tails the feed for this instance's subscriptions; close() on shutdown. */
  feed: Feed;
  /**
   * Warms the instance up (server/warm-up.ts); `/ready` answers 503 "warming up" from the call
   * until it is done. Once: later calls return the same promise. Never fails (a failure is logged).
   */
  warmUp(): Promise<void>;
}

/** Limits on what one GraphQL request may ask for (graphql-armor); docs/api.md lists them. */
export const LIMITS = {
  maxBodyBytes: 100_000,
  /**
   * Multipart requests: the files of an import (each at most MAX_IMPORT_FILE_BYTES, 20 MB, which the
   * readers check) or a source's uploaded text (at most 2 MB, checked on the field).
   */
  maxUploadBytes: 50_000_000,
  maxDepth: 10,
  maxAliases: 10,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxCost: 5_000,
  /** Answers to graph reads kept per graph version in each instance (server/schema/response-cache.ts). */
  responseCacheBytes: 64_000_000,
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** In production: users who signed in and tokens (not the anonymous, nor a local instance's user). */
function mayIntrospect(viewer: Viewer | undefined): boolean {
  return viewer !== undefined && viewer.role !== null && viewer.method !== 'local';
}

export function createApp(options: AppOptions): App {
  const { executor, clientDir, production = false, authTokens = [], oidc } = options;
  const log = options.log ?? ((line: string) => console.error(`[atlas] ${line}`));
  const graphIndex =
    options.graphIndex === undefined
      ? new GraphIndexCache(executor.withMetadata(backgroundWork('graph-index')), log)
      : options.graphIndex;
  const influence =
    options.influence ??
    new InfluenceCache(executor.withMetadata(backgroundWork('influence')), { pollMs: 2_000, log, graphIndex });
  const feed = new Feed(executor.withMetadata(backgroundWork('change-feed')), { pollMs: options.feedPollMs, log });
  let warming: Promise<void> | undefined;
  let warmed = false;
  const warmUp = () =>
    (warming ??= runWarmUp(executor.withMetadata(backgroundWork('warm-up')), graphIndex)
      .catch((error: unknown) => log(`Warming up failed, serving cold: ${(error as Error).message}`))
      .finally(() => (warmed = true)));
  const systemExecutor = executor.withMetadata({ requestId: null, operation: 'authentication', actor: 'system' });
  const oidcRoutes = oidc ? createOidcRoutes(oidc, systemExecutor, log, options.now) : undefined;
  const authenticator = new Authenticator({
    executor: systemExecutor,
    sharedTokens: authTokens,
    sessionCookie: oidcRoutes?.cookies.session ?? null,
    now: options.now,
  });
  const publicOrigin = oidc ? new URL(oidc.publicUrl).origin : null;
  const corsOrigins = options.corsOrigins ?? [];
  const introspectionForAll = options.introspection ?? !production;
  const signIn = { openIdConnect: oidc !== undefined, sharedTokens: authTokens.length > 0 };
  const plugins: Plugin[] = [
    useErrorMapping(log) as Plugin,
    useRequestLimits(LIMITS.maxBodyBytes, LIMITS.maxUploadBytes),
    useAuthentication(authenticator, publicOrigin, corsOrigins),
    useSlowRequestLog(options.slowRequestMs ?? 0, log) as Plugin,
    useEventStreamHeaders(),
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
  // Tools that rely on the API may always introspect once signed in (a session or a token).
  if (!introspectionForAll) {
    plugins.push(useDisableIntrospection({ isDisabled: (request) => !mayIntrospect(viewerOfRequest(request)) }));
  }
  const schema = createSchema();
  const sdl = printSchema(schema);
  if (options.rateLimiter) plugins.push(useWriteRateLimit(options.rateLimiter) as Plugin);
  const responseCacheBytes = options.responseCacheBytes ?? LIMITS.responseCacheBytes;
  if (responseCacheBytes > 0) plugins.push(useGraphResponseCache({ maxBytes: responseCacheBytes }) as Plugin);
  // Reads run through code compiled for their document (graphql-jit, once per parsed document): a
  // national neighbourhood (thousands of relationships) spent a third of its time in graphql-js's
  // field-by-field interpreter. Writes stay with graphql-js, as do reads whose variables it refuses,
  // so that its messages ("Value "ROBOT" does not exist in "EntityKind" enum") answer bad input.
  // Last, so the response cache answers before anything runs.
  plugins.push(
    useGraphQlJit(
      {},
      {
        enableIf: ({ schema, document, operationName, variableValues }) => {
          const operation = getOperationAST(document, operationName);
          if (operation?.operation !== OperationTypeNode.QUERY) return false;
          return !getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {}).errors;
        },
        onError: (result) => log(`graphql-jit: could not compile (${JSON.stringify(result.errors)})`),
      },
    ) as Plugin,
  );

  const yoga = createYoga<{ req: IncomingMessage; res: ServerResponse }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: !production,
    landingPage: false,
    batching: false,
    // CORS is the edge's (server/http/edge.ts), for every API route alike; Yoga's would allow any origin.
    cors: false,
    // Unexpected errors are logged by the error masker with their request id; expected ones are answers.
    logging: false,
    maskedErrors: { maskError: createErrorMasker(log) },
    plugins,
    context: ({ request, params }) => {
      // useAuthentication worked out who it is; anonymous (no role) if a request slips by it.
      const viewer = viewerOfRequest(request) ?? ANONYMOUS;
      const requestId = randomUUID();
      // Every resolver and DataLoader of this request runs its transactions through this executor.
      const requestExecutor = executor.withMetadata({
        requestId,
        operation: operationNameOf(params),
        actor: viewer.name,
      });
      // Read once per request, by the response cache or the first resolver that needs it.
      let version: Promise<string> | undefined;
      const graphVersion = () => (version ??= readGraphVersion(requestExecutor));
      return {
        executor: requestExecutor,
        viewer,
        signIn,
        requestId,
        graphVersion,
        graphIndex: async () => {
          if (!graphIndex) return null;
          // Without a version (Neo4j away), no index: the reads go to Neo4j and say what is wrong.
          const current = await graphVersion().catch(() => null);
          return current === null ? null : graphIndex.at(current);
        },
        builtGraphIndex: async () => {
          const current = graphIndex ? await graphVersion().catch(() => null) : null;
          return current === null ? null : graphIndex!.current(current);
        },
        influence,
        feed,
        loaders: createLoaders(requestExecutor, influence),
      };
    },
  });

  const serveClient =
    clientDir && existsSync(clientDir) ? sirv(clientDir, { single: true, dev: !production, etag: true }) : undefined;

  const SIGN_IN_PATHS = new Set(['/auth/login', '/auth/callback']);
  const edge = createEdge({
    production,
    publicUrl: options.publicUrl ?? oidc?.publicUrl,
    identityProvider: oidc?.issuer,
    corsOrigins,
  });
  const cspReport = createCspReportRoute(log);
  // Every response, from every route, leaves through the edge's headers.
  const listener: RequestListener = (req, res) =>
    edge(req, res, (error) => (error ? sendJson(res, 500, { error: 'internal error' }) : route(req, res)));
  const route: RequestListener = (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/ready') {
      // The database first: when it is away, that is the reason to give, warming up or not.
      executor.ping().then(
        () =>
          warming && !warmed
            ? sendJson(res, 503, {
                status: 'warming up',
                reason: 'the server is warming up (building the graph index and query plans)',
              })
            : sendJson(res, 200, { status: 'ready' }),
        (error: Error) => sendJson(res, 503, { status: 'unavailable', reason: error.message }),
      );
      return;
    }
    if (oidcRoutes && SIGN_IN_PATHS.has(path) && options.rateLimiter?.limits('sign-in')) {
      // Sign-in attempts count against the caller's address, on every instance alike.
      options.rateLimiter.take('sign-in', clientKeyOf(undefined, req)).then(
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
      return;
    }
    if (oidcRoutes?.handle(req, res, path)) return;
    if (path === CSP_REPORT_PATH) return cspReport(req, res);
    if (path === '/graphql/schema.graphql') return void sendSchema(req, res);
    if (path === '/graphql' || path.startsWith('/graphql/')) return void yoga(req, res);
    if (path === '/export/register.csv') return void exportRegister(req, res);
    if (path === '/export/brief.pdf') return void exportBrief(req, res);
    const networkFormat = EXPORT_FORMATS.find((format) => path === `/export/${format.file}`);
    if (networkFormat) return void exportNetwork(req, res, networkFormat);
    if (serveClient) return serveClient(req, res, () => sendJson(res, 404, { error: 'not found' }));
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The client is not built: run `npm run build` (npm start builds it for you).\n');
  };

  function headersOf(req: IncomingMessage): Headers {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    return headers;
  }

  /** The SDL, to whoever may introspect: everyone outside production, signed-in users and tokens in it. */
  async function sendSchema(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!introspectionForAll) {
      const viewer = await authenticator.authenticate(headersOf(req));
      if (viewer === 'invalid' || !mayIntrospect(viewer)) {
        return sendJson(res, 401, { error: 'Sign in or send a valid bearer token to read the schema' });
      }
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`${sdl}\n`);
  }

  /**
   * The viewer of an export request (the same session or bearer tokens as /graphql), or null after
   * answering 401 without valid credentials and 403 below the role.
   */
  async function exportViewer(
    req: IncomingMessage,
    res: ServerResponse,
    role: Role,
    forbidden: string,
  ): Promise<Viewer | null> {
    const viewer = await authenticator.authenticate(headersOf(req));
    if (viewer === 'invalid' || viewer.role === null) {
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
    produce: (
      requestExecutor: Executor,
    ) => Promise<{ body: string | Uint8Array; contentType: string; fileName: string }>,
  ): Promise<void> {
    const requestId = randomUUID();
    try {
      const { body, contentType, fileName } = await produce(
        executor.withMetadata({ requestId, operation, actor: viewer.name }),
      );
      res.writeHead(200, {
        'content-type': typeof body === 'string' ? `${contentType}; charset=utf-8` : contentType,
        'content-disposition': `attachment; filename="${fileName}"`,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch (error) {
      if (error instanceof InputError) return sendJson(res, 400, { error: error.message });
      if (error instanceof NotFoundError) return sendJson(res, 404, { error: error.message });
      log(`request ${requestId}: ${operation} failed: ${(error as Error).stack ?? String(error)}`);
      sendJson(res, 503, { error: 'The export could not be read; check /ready and try again' });
    }
  }

  /** The register as CSV, for editors and admins. */
  async function exportRegister(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const viewer = await exportViewer(req, res, 'editor', 'Only editors and admins can export the register');
    if (!viewer) return;
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    await sendExport(res, viewer, 'export register.csv', async (requestExecutor) => ({
      body: registerCsv(
        await listRegister(requestExecutor, { stanceChangedSince: params.get('stanceChangedSince') }),
        registerToday(params.get('today')),
      ),
      contentType: 'text/csv',
      fileName: 'stakeholder-register.csv',
    }));
  }

  /**
   * A brief as PDF, for everyone who may read it through the API (the pack leaves out what the
   * reader's role may not see, as Brief.pack does); audited as an export.
   */
  async function exportBrief(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const viewer = await exportViewer(req, res, 'viewer', 'Only signed-in users can download briefs');
    if (!viewer) return;
    const id = new URL(req.url ?? '/', 'http://localhost').searchParams.get('id') ?? '';
    await sendExport(res, viewer, 'export brief.pdf', async (requestExecutor) => {
      if (id === '') throw new InputError('id', 'name the brief: /export/brief.pdf?id=brief:…');
      const [brief] = await getBriefs(requestExecutor, [id]);
      if (!brief) throw new NotFoundError('brief', id);
      const mayRead = packAccess(hasRole({ viewer }, 'editor'));
      const pack = await briefPack(brief, { executor: requestExecutor, influence, mayRead });
      const body = await briefPdf(brief, pack);
      await recordBriefExport(requestExecutor, brief, 'pdf', viewer);
      return { body, contentType: 'application/pdf', fileName: briefFileName(brief) };
    });
  }

  /** The network under the query string's filters, for everyone who may read it through the API. */
  async function exportNetwork(req: IncomingMessage, res: ServerResponse, format: ExportFormat): Promise<void> {
    const viewer = await exportViewer(req, res, 'viewer', 'Only signed-in users can export the network');
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

  return { yoga, listener, influence, feed, warmUp };
}
