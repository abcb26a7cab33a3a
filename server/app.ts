/**
 * The HTTP surface: /graphql (graphql-yoga), /graphql/schema.graphql (the SDL), /auth/* (OpenID
 * Connect sign-in), /export/*, /health, /ready and the built client at /.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { getOperationAST, getVariableValues, OperationTypeNode, printSchema } from 'graphql';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga, type Plugin, type YogaInitialContext, type YogaServerInstance } from 'graphql-yoga';
import { backgroundWork, type Executor } from './db/executor.ts';
import { Feed } from './feed/feed.ts';
import { InfluenceCache } from './influence/cache.ts';
import { createOidcRoutes, type OidcSettings } from './auth/oidc.ts';
import { createEdge } from './http/edge.ts';
import { createRoutes, mayIntrospect } from './http/routes.ts';
import type { RateLimiter } from './repositories/rate-limits.ts';
import { ANONYMOUS, createLoaders, operationNameOf, type Context, type Viewer } from './schema/context.ts';
import { createErrorMasker, useErrorMapping } from './schema/errors.ts';
import { useEventStreamHeaders } from './schema/event-stream.ts';
import { createSchema } from './schema/index.ts';
import {
  Authenticator,
  useAuthentication,
  useRequestLimits,
  useWriteRateLimit,
  viewerOfRequest,
  type AuthToken,
  type InProcessContext,
} from './schema/security.ts';
import { useGraphResponseCache } from './schema/response-cache.ts';
import { GraphIndexCache } from './repositories/graph-index.ts';
import { GraphVersionReads } from './repositories/graph-version.ts';
import { useSlowRequestLog } from './schema/slow-requests.ts';
import { createExportRoutes, sendJson } from './http/exports.ts';
import {
  describeWarmUp,
  warmUp as runWarmUp,
  type WarmUpAnswer,
  type WarmUpLimits,
  type WarmUpReport,
} from './warm-up/warm-up.ts';

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
  /** How long the warm-up runs the client's queries (server/warm-up/warm-up.ts has the defaults). */
  warmUp?: WarmUpLimits;
  /** The change feed's poll for other instances' changes (ms); 250 by default. */
  feedPollMs?: number;
}

export interface App {
  yoga: YogaServerInstance<ServerContext, Context>;
  listener: RequestListener;
  influence: InfluenceCache;
  /** Numbers committed changes and tails the feed for this instance's subscriptions; close() on shutdown. */
  feed: Feed;
  /**
   * Warms the instance up (server/warm-up/warm-up.ts); `/ready` answers 503 "warming up" from the call
   * until it is done. Once: later calls return the same promise. Never fails (a failure is logged).
   */
  warmUp(): Promise<WarmUpReport | null>;
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

/** What yoga is called with: Node's request and response, or in process (the warm-up) a viewer. */
type ServerContext = { req?: IncomingMessage; res?: ServerResponse } & InProcessContext;

/** The warm-up's requests: a reader signed in, as a reader's browser would be (it sees what readers see). */
const WARM_UP_READER: Viewer = { role: 'viewer', name: 'warm-up', id: null, method: 'shared-token' };

/** A GraphQL request through yoga in this process (no network, no credentials), as `viewer`. */
async function inProcessRequest(
  yoga: YogaServerInstance<ServerContext, Context>,
  viewer: Viewer,
  query: string,
  variables: Record<string, unknown>,
) {
  const body = JSON.stringify({ query, variables });
  const response = await yoga.fetch(
    'http://localhost/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      body,
    },
    { inProcessViewer: viewer },
  );
  return (await response.json()) as WarmUpAnswer;
}

interface PluginSettings {
  log: (line: string) => void;
  authenticator: Authenticator;
  publicOrigin: string | null;
  corsOrigins: readonly string[];
  production: boolean;
  introspectionForAll: boolean;
}

/** The limits, sign-in, CSRF and armour every request passes. */
function guardPlugins(settings: PluginSettings, slowRequestMs: number): Plugin[] {
  const { log, authenticator, publicOrigin, corsOrigins, production } = settings;
  const plugins: Plugin[] = [
    useErrorMapping(log) as Plugin,
    useRequestLimits(LIMITS.maxBodyBytes, LIMITS.maxUploadBytes),
    useAuthentication(authenticator, publicOrigin, corsOrigins),
    useSlowRequestLog(slowRequestMs, log) as Plugin,
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
  if (!settings.introspectionForAll) {
    plugins.push(useDisableIntrospection({ isDisabled: (request) => !mayIntrospect(viewerOfRequest(request)) }));
  }
  return plugins;
}

/**
 * Reads run through code compiled for their document (graphql-jit, once per parsed document): a
 * national neighbourhood (thousands of relationships) spent a third of its time in graphql-js's
 * field-by-field interpreter. Writes stay with graphql-js, as do reads whose variables it refuses,
 * so that its messages ("Value "ROBOT" does not exist in "EntityKind" enum") answer bad input.
 */
function compiledReads(log: (line: string) => void): Plugin {
  return useGraphQlJit(
    {},
    {
      enableIf: ({ schema, document, operationName, variableValues }) => {
        const operation = getOperationAST(document, operationName);
        if (operation?.operation !== OperationTypeNode.QUERY) return false;
        return !getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {}).errors;
      },
      onError: (result) => log(`graphql-jit: could not compile (${JSON.stringify(result.errors)})`),
    },
  ) as Plugin;
}

/** Every plugin of yoga, in order. */
function createPlugins(settings: PluginSettings, options: AppOptions): Plugin[] {
  const plugins = guardPlugins(settings, options.slowRequestMs ?? 0);
  if (options.rateLimiter) plugins.push(useWriteRateLimit(options.rateLimiter) as Plugin);
  const responseCacheBytes = options.responseCacheBytes ?? LIMITS.responseCacheBytes;
  if (responseCacheBytes > 0) plugins.push(useGraphResponseCache({ maxBytes: responseCacheBytes }) as Plugin);
  // Last, so the response cache answers before anything runs.
  plugins.push(compiledReads(settings.log));
  return plugins;
}

interface ContextParts {
  executor: Executor;
  graphVersions: GraphVersionReads;
  graphIndex: GraphIndexCache | null;
  influence: InfluenceCache;
  feed: Feed;
  signIn: Context['signIn'];
}

/** Each request's context: its viewer, and an executor bound to its request id, operation and viewer. */
function createRequestContext({ executor, graphVersions, graphIndex, influence, feed, signIn }: ContextParts) {
  return ({ request, params }: YogaInitialContext): Context => {
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
    const graphVersion = () => (version ??= graphVersions.read());
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
  };
}

/** The warm-up, once (later calls return the same promise), and whether it is running. */
function createWarmUp(
  run: () => Promise<WarmUpReport>,
  log: (line: string) => void,
): { warmUp: App['warmUp']; isWarmingUp: () => boolean } {
  let warming: Promise<WarmUpReport | null> | undefined;
  let warmed = false;
  const warmUp = () =>
    (warming ??= run()
      .then(
        (report) => {
          log(describeWarmUp(report));
          return report;
        },
        (error: unknown) => {
          log(`Warming up failed, serving cold: ${(error as Error).message}`);
          return null;
        },
      )
      .finally(() => (warmed = true)));
  return { warmUp, isWarmingUp: () => warming !== undefined && !warmed };
}

export function createApp(options: AppOptions): App {
  const { executor, production = false, authTokens = [], oidc } = options;
  const log = options.log ?? ((line: string) => console.error(`[atlas] ${line}`));
  const graphIndex =
    options.graphIndex === undefined
      ? new GraphIndexCache(executor.withMetadata(backgroundWork('graph-index')), log)
      : options.graphIndex;
  const influence =
    options.influence ??
    new InfluenceCache(executor.withMetadata(backgroundWork('influence')), { pollMs: 2_000, log, graphIndex });
  const feed = new Feed(executor.withMetadata(backgroundWork('change-feed')), { pollMs: options.feedPollMs, log });
  const systemExecutor = executor.withMetadata({ requestId: null, operation: 'authentication', actor: 'system' });
  const oidcRoutes = oidc ? createOidcRoutes(oidc, systemExecutor, log, options.now) : undefined;
  const authenticator = new Authenticator({
    executor: systemExecutor,
    sharedTokens: authTokens,
    sessionCookie: oidcRoutes?.cookies.session ?? null,
    now: options.now,
  });
  const corsOrigins = options.corsOrigins ?? [];
  const introspectionForAll = options.introspection ?? !production;
  const publicOrigin = oidc ? new URL(oidc.publicUrl).origin : null;
  const pluginSettings = { log, authenticator, publicOrigin, corsOrigins, production, introspectionForAll };
  const schema = createSchema();
  const yoga = createYoga<ServerContext, Context>({
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
    plugins: createPlugins(pluginSettings, options),
    context: createRequestContext({
      executor,
      // One read of the version for all the requests that ask together (core/shared-run.ts).
      graphVersions: new GraphVersionReads(executor.withMetadata(backgroundWork('graph-version'))),
      graphIndex,
      influence,
      feed,
      signIn: { openIdConnect: oidc !== undefined, sharedTokens: authTokens.length > 0 },
    }),
  });

  const { warmUp, isWarmingUp } = createWarmUp(
    () =>
      runWarmUp({
        executor: executor.withMetadata(backgroundWork('warm-up')),
        graphIndex,
        schema,
        graphql: (query, variables) => inProcessRequest(yoga, WARM_UP_READER, query, variables),
        ...options.warmUp,
      }),
    log,
  );
  const route = createRoutes({
    executor,
    authenticator,
    graphql: (req, res) => void yoga(req, res),
    exportRoutes: createExportRoutes({ executor, authenticator, influence, log }),
    oidcRoutes,
    rateLimiter: options.rateLimiter,
    sdl: printSchema(schema),
    introspectionForAll,
    isWarmingUp,
    clientDir: options.clientDir,
    production,
    log,
  });
  const edge = createEdge({
    production,
    publicUrl: options.publicUrl ?? oidc?.publicUrl,
    identityProvider: oidc?.issuer,
    corsOrigins,
  });
  // Every response, from every route, leaves through the edge's headers.
  const listener: RequestListener = (req, res) =>
    edge(req, res, (error) => (error ? sendJson(res, 500, { error: 'internal error' }) : route(req, res)));
  return { yoga, listener, influence, feed, warmUp };
}
