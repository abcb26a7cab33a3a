import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CreateSourceDocument,
  NetworkDocument,
  PreviewImportDocument,
  SearchDocument,
} from './generated/operations.ts';
import { authHeaders, getToken, setToken } from '../session/token.ts';
import { queryText } from './operation-text.ts';
import { ApiError, checkReady, fetchFile, request, UNAUTHENTICATED_EVENT } from './request.ts';

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

  it('tells the page why it was refused, and whether an admin closed the account', async () => {
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    const heard: unknown[] = [];
    page.addEventListener(UNAUTHENTICATED_EVENT, (event) => heard.push((event as CustomEvent).detail));
    const closed = 'This account was closed by an admin on 8 December 2026: ask an admin of the atlas to reopen it';
    answer(401, { errors: [{ message: closed, extensions: { code: 'UNAUTHENTICATED', accountClosed: true } }] });
    await expect(request(SearchDocument, { text: 'x' })).rejects.toMatchObject({
      kind: 'unauthenticated',
      message: closed,
      extensions: { accountClosed: true },
    });
    answer(401, { error: closed, accountClosed: true });
    await expect(fetchFile('/export/register.csv')).rejects.toMatchObject({ message: closed });
    answer(401, { errors: [{ message: 'The bearer token is not valid', extensions: { code: 'UNAUTHENTICATED' } }] });
    await expect(request(SearchDocument, { text: 'x' })).rejects.toMatchObject({ kind: 'unauthenticated' });
    expect(heard).toEqual([
      { message: closed, accountClosed: true },
      { message: closed, accountClosed: true },
      { message: 'The bearer token is not valid', accountClosed: false },
    ]);
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

describe('uploads (GraphQL multipart request)', () => {
  /** The parts of the multipart body fetch was given, in order. */
  function parts(init: RequestInit | undefined): [string, FormDataEntryValue][] {
    return [...(init!.body as FormData).entries()];
  }

  it('sends one file at its path, with the CSRF header', async () => {
    answer(200, { data: { createSource: { id: 'source:x' } } });
    const file = new File(['The minutes.'], 'minutes.txt', { type: 'text/plain' });
    const input = { title: 'Minutes', publisher: 'A council', kind: 'minutes', date: '2016', dateEstimated: false };
    await request(CreateSourceDocument, { input }, { upload: { path: 'input.file', file } });
    const [, init] = vi.mocked(fetch).mock.calls[0]!;
    expect((init?.headers as Record<string, string>)['x-graphql-yoga-csrf']).toBe('upload');
    expect((init?.headers as Record<string, string>)['content-type']).toBeUndefined();
    const entries = parts(init);
    expect(entries.map(([name]) => name)).toEqual(['operations', 'map', '0']);
    const [operations, map, sent] = entries.map(([, value]) => value);
    expect(JSON.parse(operations as string)).toMatchObject({ variables: { input: { ...input, file: null } } });
    expect(JSON.parse(map as string)).toEqual({ 0: ['variables.input.file'] });
    expect(await (sent as File).text()).toBe('The minutes.');
  });

  it('sends several files as files.0, files.1, … after the operations and the map', async () => {
    answer(200, { data: { previewImport: {} } });
    const elements = new File(['Label,Type\nSocitm,Body\n'], 'elements.csv', { type: 'text/csv' });
    const connections = new File(['From,To,Type\n'], 'connections.csv', { type: 'text/csv' });
    await request(
      PreviewImportDocument,
      { files: [elements, connections], mapping: null },
      {
        upload: { path: 'files', files: [elements, connections] },
      },
    );
    const [, init] = vi.mocked(fetch).mock.calls[0]!;
    expect((init?.headers as Record<string, string>)['x-graphql-yoga-csrf']).toBe('upload');
    const entries = parts(init);
    expect(entries.map(([name]) => name)).toEqual(['operations', 'map', '0', '1']);
    const operations = JSON.parse(entries[0]![1] as string) as { query: string; variables: unknown };
    expect(operations.query).toMatch(/^mutation PreviewImport/);
    expect(operations.variables).toEqual({ files: [null, null], mapping: null });
    expect(JSON.parse(entries[1]![1] as string)).toEqual({ 0: ['variables.files.0'], 1: ['variables.files.1'] });
    expect((entries[2]![1] as File).name).toBe('elements.csv');
    expect(await (entries[3]![1] as File).text()).toBe('From,To,Type\n');
  });

  it('reports the progress of an upload by XMLHttpRequest, and answers as fetch would', async () => {
    const sent: { headers: Record<string, string>; body: unknown }[] = [];
    class FakeXhr {
      status = 0;
      statusText = '';
      responseText = '';
      upload: {
        onprogress?: (event: Partial<ProgressEvent>) => void;
        onload?: (event: Partial<ProgressEvent>) => void;
      } = {};
      onload?: () => void;
      onerror?: () => void;
      onabort?: () => void;
      private headers: Record<string, string> = {};
      open(method: string, url: string) {
        expect([method, url]).toEqual(['POST', '/graphql']);
      }
      setRequestHeader(name: string, value: string) {
        this.headers[name] = value;
      }
      send(body: unknown) {
        sent.push({ headers: this.headers, body });
        this.upload.onprogress?.({ lengthComputable: true, loaded: 400, total: 1000 });
        this.upload.onload?.({ lengthComputable: true, loaded: 1000, total: 1000 });
        this.status = 200;
        this.statusText = 'OK';
        this.responseText = JSON.stringify({ data: { previewImport: { written: false } } });
        this.onload?.();
      }
      abort() {
        this.onabort?.();
      }
    }
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    vi.stubGlobal('fetch', vi.fn());
    const progress: { sent: number; total: number }[] = [];
    const file = new File(['Label\nSocitm\n'], 'elements.csv');
    const data = await request(
      PreviewImportDocument,
      { files: [file] },
      {
        upload: { path: 'files', files: [file] },
        onUploadProgress: (step) => progress.push(step),
      },
    );
    expect(data).toEqual({ previewImport: { written: false } });
    expect(fetch).not.toHaveBeenCalled();
    expect(progress).toEqual([
      { sent: 400, total: 1000 },
      { sent: 1000, total: 1000 },
    ]);
    expect(sent[0]!.headers['x-graphql-yoga-csrf']).toBe('upload');
    expect(sent[0]!.body).toBeInstanceOf(FormData);
  });
});
