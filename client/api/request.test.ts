import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkDocument, SearchDocument } from './generated/operations.ts';
import { authHeaders, getToken, setToken } from '../session/token.ts';
import { ApiError, checkReady, fetchFile, queryText, request } from './request.ts';

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })),
  );
}

describe('request', () => {
  it('posts the operation and its variables as JSON and returns the data', async () => {
    answer(200, { data: { search: [] } });
    await expect(request(SearchDocument, { text: 'soc' })).resolves.toEqual({ search: [] });
    const [url, init] = vi.mocked(fetch).mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>)['content-type']).toBe('application/json');
    const body = JSON.parse(init!.body as string) as { query: string; variables: unknown };
    expect(body.query).toMatch(/^query Search/);
    expect(body.variables).toEqual({ text: 'soc' });
  });

  it('reports the first GraphQL error with its code', async () => {
    answer(200, {
      errors: [{ message: 'asOf: "x" is not a partial ISO date', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    const error = await request(SearchDocument, { text: 'x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'graphql',
      code: 'BAD_USER_INPUT',
      message: 'asOf: "x" is not a partial ISO date',
    });
  });

  it('says when the database is unavailable', async () => {
    answer(503, { errors: [{ message: 'Neo4j is not answering', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    await expect(request(SearchDocument, { text: 'x' })).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('says when the server answers without data', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' })),
    );
    await expect(request(SearchDocument, { text: 'x' })).rejects.toMatchObject({
      kind: 'http',
      message: 'The API answered HTTP 502 Bad Gateway without data.',
    });
  });

  it('says when the API cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(request(SearchDocument, { text: 'x' })).rejects.toMatchObject({
      kind: 'network',
      message: 'Could not reach the Stakeholder Atlas API (Failed to fetch).',
    });
  });

  it('prints operations with each fragment on lines of its own', () => {
    const text = queryText(NetworkDocument);
    expect(text).toMatch(/^query Network/);
    expect(text).toContain('\n\nfragment MapNode on Node {');
  });
});

describe('checkReady', () => {
  it('is ready on 200 and gives the reason on 503', async () => {
    answer(200, { status: 'ready' });
    await expect(checkReady()).resolves.toEqual({ ready: true });
    answer(503, { status: 'unavailable', reason: 'connection refused' });
    await expect(checkReady()).resolves.toEqual({ ready: false, reason: 'connection refused' });
  });
});

describe('bearer tokens', () => {
  function memoryStorage(): Storage {
    const values = new Map<string, string>();
    return {
      get length() {
        return values.size;
      },
      clear: () => values.clear(),
      getItem: (key) => values.get(key) ?? null,
      key: (index) => [...values.keys()][index] ?? null,
      removeItem: (key) => void values.delete(key),
      setItem: (key, value) => void values.set(key, value),
    };
  }

  it('sends the signed-in token with every request, and none after signing out', async () => {
    vi.stubGlobal('sessionStorage', memoryStorage());
    setToken('  editor-token-0123456789  ');
    expect(getToken()).toBe('editor-token-0123456789');
    answer(200, { data: { search: [] } });
    await request(SearchDocument, { text: 'soc' });
    const [, init] = vi.mocked(fetch).mock.calls[0]!;
    expect((init?.headers as Record<string, string>).authorization).toBe('Bearer editor-token-0123456789');
    setToken(null);
    expect(authHeaders()).toEqual({});
  });

  it('says a token is needed on HTTP 401 and on UNAUTHENTICATED', async () => {
    answer(401, { errors: [{ message: 'A valid bearer token is required', extensions: { code: 'UNAUTHENTICATED' } }] });
    await expect(request(SearchDocument, { text: 'x' })).rejects.toMatchObject({
      kind: 'unauthenticated',
      code: 'UNAUTHENTICATED',
    });
    answer(401, { error: 'A valid bearer token is required' });
    await expect(fetchFile('/export/register.csv')).rejects.toMatchObject({ kind: 'unauthenticated' });
  });

  it('keeps the field and versions the server puts on an error', async () => {
    answer(200, {
      errors: [{ message: 'changed', extensions: { code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 } }],
    });
    await expect(request(SearchDocument, { text: 'x' })).rejects.toMatchObject({
      code: 'CONFLICT',
      extensions: { actualVersion: 2 },
    });
  });
});
