/**
 * The HTTP surface: /graphql (graphql-yoga), /health, /ready and the built client at /.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import sirv from 'sirv';
import type { Executor } from './db/executor.ts';
import { createSchema } from './schema/index.ts';

export interface AppContext {
  executor: Executor;
}

export interface AppOptions {
  executor: Executor;
  /** Folder of the built client; "/" answers 404 with a hint when it is missing. */
  clientDir?: string;
  production?: boolean;
}

export interface App {
  yoga: YogaServerInstance<{ req: IncomingMessage; res: ServerResponse }, AppContext>;
  listener: RequestListener;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function createApp({ executor, clientDir, production = false }: AppOptions): App {
  const yoga = createYoga<{ req: IncomingMessage; res: ServerResponse }, AppContext>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: !production,
    landingPage: false,
    maskedErrors: true,
    context: () => ({ executor }),
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
    if (serveClient) return serveClient(req, res, () => sendJson(res, 404, { error: 'not found' }));
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The client is not built: run `npm run build` (npm start builds it for you).\n');
  };

  return { yoga, listener };
}
