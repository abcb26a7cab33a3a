/** Runs GraphQL operations in process through yoga.fetch, as a client would over HTTP. */
import { expect } from 'vitest';
import type { App } from '../app.ts';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function gql<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string } = {},
): Promise<GraphQLResult<T>> {
  const body = JSON.stringify({ query, variables });
  const response = await app.yoga.fetch('http://atlas.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      'content-length': String(Buffer.byteLength(body)),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body,
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>) };
}

/** The data of a successful operation; fails the test with the errors otherwise. */
export async function data<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string } = {},
): Promise<T> {
  const result = await gql<T>(app, query, variables, options);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/** The first error's code and message. */
export async function errorOf(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string } = {},
): Promise<{ code: unknown; message: string; field?: unknown; status: number }> {
  const result = await gql(app, query, variables, options);
  const [error] = result.errors ?? [];
  expect(error, 'expected an error').toBeDefined();
  return {
    code: error!.extensions?.code,
    message: error!.message,
    field: error!.extensions?.field,
    status: result.status,
  };
}

/** Bearer tokens for tests of the role matrix, one per role. */
export const TEST_TOKENS = {
  viewer: 'viewer-token-0123456789',
  editor: 'editor-token-0123456789',
  admin: 'admin-token-0123456789',
} as const;

/** Options that send the test token of a role. */
export const as = (role: keyof typeof TEST_TOKENS) => ({ token: TEST_TOKENS[role] });

/** AUTH_TOKENS as an operator would write it, for TEST_TOKENS. */
export const TEST_AUTH_TOKENS = Object.entries(TEST_TOKENS)
  .map(([role, token]) => `${role}:${token}`)
  .join(',');

/**
 * A GraphQL multipart request (the upload spec): the files go at the given paths of the variables
 * ("input.file", "files.0"), which the operation sends as null.
 */
export async function gqlUpload<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown>,
  files: { path: string; file: File }[],
  headers: Record<string, string> = { 'x-graphql-yoga-csrf': '1' },
): Promise<GraphQLResult<T>> {
  const operations = structuredClone(variables);
  for (const { path } of files) {
    const keys = path.split('.');
    let at = operations as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) at = (at[key] ??= /^\d+$/.test(key) ? [] : {}) as Record<string, unknown>;
    at[keys.at(-1)!] = null;
  }
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: operations }));
  form.set('map', JSON.stringify(Object.fromEntries(files.map(({ path }, index) => [index, [`variables.${path}`]]))));
  files.forEach(({ file }, index) => form.set(String(index), file));
  const encoded = new Request('http://atlas.test/graphql', { method: 'POST', body: form });
  const body = new Uint8Array(await encoded.arrayBuffer());
  const response = await app.yoga.fetch('http://atlas.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': encoded.headers.get('content-type')!,
      'content-length': String(body.byteLength),
      accept: 'application/graphql-response+json',
      ...headers,
    },
    body,
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>) };
}
