/**
 * What every HTTP response carries, whatever route answers it: the security headers (helmet), the
 * Content-Security-Policy, `no-store` on API answers, and CORS for the origins allowed to call the API
 * (cors). app.ts runs this once, before any route. docs/security.md maps it to OWASP ASVS.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';
import helmet, { type HelmetOptions } from 'helmet';
import { CSP_REPORT_PATH } from './csp-report.ts';

export interface EdgeOptions {
  /** Outside production, GET /graphql from a browser is GraphiQL, which runs under its own policy. */
  production: boolean;
  /** PUBLIC_URL: https turns on HSTS. */
  publicUrl?: string;
  /** The OpenID provider's issuer: the only other place a form (sign-in) may lead. */
  identityProvider?: string;
  /** Origins (scheme://host[:port]) of other web apps that may call the API, with credentials. */
  corsOrigins?: readonly string[];
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** Browser features the atlas never uses are off for it and anything it could embed. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
  // "Copy link", "Copy query" and a new token's "Copy" write to the clipboard.
  'clipboard-write=(self)',
  'fullscreen=(self)',
].join(', ');

/**
 * Cytoscape adds this one rule as a <style> element to the page it draws in (unless one with its id is
 * there); the policy allows exactly this text by its hash, and no other inline style.
 */
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const CYTOSCAPE_STYLE_HASH = `'sha256-${createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64')}'`;

/** GraphiQL (development only) is Yoga's page: inline scripts, and its code from unpkg. */
const GRAPHIQL_CDN = 'https://unpkg.com';

/** Answers whose content depends on who asks, or that change with every write: never stored by a cache. */
export function isApiPath(path: string): boolean {
  return (
    path === '/graphql' ||
    path.startsWith('/graphql/') ||
    path.startsWith('/export/') ||
    path.startsWith('/auth/') ||
    path === '/health' ||
    path === '/ready'
  );
}

/** The paths other web apps may call from a browser (CORS_ORIGINS): the API and its exports. */
function isCorsPath(path: string): boolean {
  return path === '/graphql' || path.startsWith('/graphql/') || path.startsWith('/export/');
}

/** Yoga shows GraphiQL for a GET that accepts HTML (graphql-yoga's shouldRenderGraphiQL). */
function isGraphiQlRequest(req: IncomingMessage, path: string): boolean {
  return path === '/graphql' && req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}

function helmetOptions(options: EdgeOptions, graphiql: boolean): HelmetOptions {
  const https = options.publicUrl?.startsWith('https:') ?? false;
  const formTargets = ["'self'", ...(options.identityProvider ? [new URL(options.identityProvider).origin] : [])];
  const directives: Record<string, string[] | null> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    // The client's CSS is one built file; React and Cytoscape set styles through the CSSOM, which CSP allows.
    'style-src': ["'self'", CYTOSCAPE_STYLE_HASH],
    // data: for the favicon, blob: and data: for the PNG and SVG exports.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    // The layouts run in a module worker built next to the client.
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': formTargets,
    // What the policy blocks is reported and logged (server/http/csp-report.ts), workers' too.
    'report-uri': [CSP_REPORT_PATH],
  };
  if (graphiql) {
    Object.assign(directives, {
      'script-src': ["'self'", "'unsafe-inline'", GRAPHIQL_CDN, 'blob:'],
      'style-src': ["'self'", "'unsafe-inline'", GRAPHIQL_CDN],
      'font-src': ["'self'", 'data:', GRAPHIQL_CDN],
      'img-src': ["'self'", 'data:', 'blob:', GRAPHIQL_CDN, 'https://raw.githubusercontent.com'],
      'connect-src': ["'self'", GRAPHIQL_CDN],
      'worker-src': ["'self'", 'blob:'],
    });
  }
  return {
    contentSecurityPolicy: { useDefaults: false, directives },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // The atlas's addresses name the people it shows (?sel=person:…): no other site learns them.
    referrerPolicy: { policy: 'same-origin' },
    // Browsers ignore HSTS over plain http; sent only when users reach the atlas over https.
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    xContentTypeOptions: true,
  };
}

/**
 * The edge of every request: headers first, then CORS (which answers an allowed preflight itself),
 * then `next` routes the request.
 */
export function createEdge(options: EdgeOptions): Middleware {
  const appHeaders = helmet(helmetOptions(options, false));
  const graphiqlHeaders = helmet(helmetOptions(options, true));
  const allowed = new Set(options.corsOrigins ?? []);
  const corsHeaders = cors({
    // Only listed origins get any CORS header; every other origin (and a request without one) gets none.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'x-graphql-yoga-csrf'],
    exposedHeaders: ['content-disposition', 'retry-after'],
    maxAge: 600,
  });
  return (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const headers = !options.production && isGraphiQlRequest(req, path) ? graphiqlHeaders : appHeaders;
    headers(req, res, (error) => {
      if (error) return next(error);
      res.setHeader('permissions-policy', PERMISSIONS_POLICY);
      if (isApiPath(path)) res.setHeader('cache-control', 'no-store');
      if (!isCorsPath(path)) return next();
      corsHeaders(req, res, next);
    });
  };
}
