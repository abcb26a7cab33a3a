/**
 * A small typed client for the Stakeholder Atlas GraphQL API: posts a generated document with its
 * variables and returns its data, or throws an ApiError that says what went wrong in plain words.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export type ApiErrorKind = 'network' | 'http' | 'graphql' | 'unavailable';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string };
}

/** A generated operation: its text, typed with its result and variables (codegen documentMode: string). */
export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** The text of an operation, as sent to the server (and shown by "copy the GraphQL query"). */
export function queryText(document: { toString(): string }): string {
  // Generated documents indent the fragments they append; start each on a line of its own.
  return document
    .toString()
    .trim()
    .replace(/\n\s*fragment /g, '\n\nfragment ');
}

export interface RequestOptions {
  signal?: AbortSignal;
  endpoint?: string;
}

export async function request<TResult, TVariables>(
  document: Operation<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(options.endpoint ?? '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: queryText(document), variables }),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(`Could not reach the Stakeholder Atlas API (${(error as Error).message}).`, 'network');
  }
  let body: { data?: TResult | null; errors?: GraphQLErrorBody[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  const [first] = body?.errors ?? [];
  if (first) {
    const code = first.extensions?.code;
    const kind: ApiErrorKind = code === 'SERVICE_UNAVAILABLE' || response.status === 503 ? 'unavailable' : 'graphql';
    throw new ApiError(first.message, kind, code);
  }
  if (!response.ok || !body?.data) {
    throw new ApiError(
      `The API answered HTTP ${response.status} ${response.statusText}`.trim() + ' without data.',
      response.status === 503 ? 'unavailable' : 'http',
    );
  }
  return body.data;
}

export type Readiness = { ready: true } | { ready: false; reason: string };

/** GET /ready: whether the API and Neo4j answer, and why not when they do not. */
export async function checkReady(signal?: AbortSignal): Promise<Readiness> {
  try {
    const response = await fetch('/ready', { signal, cache: 'no-store' });
    if (response.ok) return { ready: true };
    const body = (await response.json().catch(() => ({}))) as { reason?: string };
    return { ready: false, reason: body.reason ?? `the API answered HTTP ${response.status}` };
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    return { ready: false, reason: `the API could not be reached (${(error as Error).message})` };
  }
}
