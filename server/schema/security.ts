/**
 * Who may do what: bearer tokens from AUTH_TOKENS map to roles (viewer, editor, admin). Without
 * tokens the server is a single-user local instance and everyone is the local admin. Also the
 * request-size limits that apply before any GraphQL parsing.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
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
              ? `The upload is ${length} bytes; the limit is ${limit} (import files may be at most 20 MB each, a source's text 1 MB)`
              : `The request body is ${length} bytes; the limit is ${limit}`,
          ),
        );
      }
    },
  };
}
