/**
 * Who may do what: bearer tokens from AUTH_TOKENS map to roles (viewer, editor, admin). Without
 * tokens the server is a single-user local instance and everyone is the local admin. Also the
 * request-size limits that apply before any GraphQL parsing, and the per-client rate limit on writes.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RateDecision, RateLimiter } from '../repositories/rate-limits.ts';
import type { Role, Viewer } from './context.ts';

export interface AuthToken {
  role: Role;
  token: string;
  /** "editor#1": the role and the token's position among that role's tokens, for the audit log. */
  name: string;
}

export const LOCAL_VIEWER: Viewer = { role: 'admin', name: 'local' };

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The viewer a request's Authorization header names, or null when it names none of the tokens. */
export function viewerFor(request: Request, tokens: readonly AuthToken[]): Viewer | null {
  if (tokens.length === 0) return LOCAL_VIEWER;
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  const presented = match?.[1];
  if (!presented) return null;
  const found = tokens.find((candidate) => sameToken(candidate.token, presented));
  return found ? { role: found.role, name: found.name } : null;
}

function graphqlErrorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** 401 for a GraphQL request without a valid token, when tokens are configured. */
export function useAuthentication(tokens: readonly AuthToken[]): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (tokens.length === 0 || request.method === 'OPTIONS') return;
      if (!viewerFor(request, tokens)) {
        endResponse(
          graphqlErrorResponse(
            401,
            'UNAUTHENTICATED',
            'A valid bearer token is required (Authorization: Bearer <token>)',
            {
              'www-authenticate': 'Bearer realm="stakeholder-atlas"',
            },
          ),
        );
      }
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
              ? `The upload is ${length} bytes; the limit is ${limit} (a source's text may be at most 1 MB)`
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
 * Who a request counts against: the bearer token's name when tokens are configured (the same
 * token on any instance is the same client), else the peer's address (the local single user, or
 * anyone before sign-in). X-Forwarded-For is not trusted: anyone can send it.
 */
export function clientKeyOf(viewer: Viewer | undefined, req: IncomingMessage | undefined, tokensConfigured: boolean) {
  if (tokensConfigured && viewer) return `token ${viewer.name}`;
  return `address ${req?.socket?.remoteAddress ?? 'unknown'}`;
}

/**
 * Counts every mutation against its client's "writes" limit (shared by all instances through
 * Neo4j) and answers 429 with Retry-After, before any resolver runs, once the limit is used up.
 */
export function useWriteRateLimit(
  limiter: RateLimiter,
  tokensConfigured: boolean,
): Plugin<{ viewer?: Viewer; req?: IncomingMessage }> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      if (!limiter.limits('writes')) return;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (operation?.operation !== 'mutation') return;
      const { viewer, req } = args.contextValue;
      const decision = await limiter.take('writes', clientKeyOf(viewer, req, tokensConfigured));
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
