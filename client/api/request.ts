/**
 * A small typed client for the Stakeholder Atlas GraphQL API: posts a generated document with its
 * variables and returns its data, or throws an ApiError that says what went wrong in plain words.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { authHeaders } from '../session/token.ts';
import { queryText } from './operation-text.ts';

export type ApiErrorKind = 'network' | 'http' | 'graphql' | 'unavailable' | 'unauthenticated';

/** What the server adds to an error: the input field at fault, or the versions of a conflict. */
export interface ErrorExtensions {
  code?: string;
  field?: string;
  expectedVersion?: number;
  actualVersion?: number;
  /** The credentials are those of an account an admin closed (with UNAUTHENTICATED). */
  accountClosed?: boolean;
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly code?: string,
    readonly extensions: ErrorExtensions = {},
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: ErrorExtensions;
}

/** Fired on window when the API asks for a (valid) bearer token; its detail says why. */
export const UNAUTHENTICATED_EVENT = 'atlas:unauthenticated';

/** The detail of UNAUTHENTICATED_EVENT: the API's words, and whether an admin closed the account. */
export interface Unauthenticated {
  message: string;
  accountClosed: boolean;
}

function unauthenticated(message: string, extensions: ErrorExtensions = {}): ApiError {
  if (typeof window !== 'undefined' && typeof window.dispatchEvent === 'function') {
    const detail: Unauthenticated = { message, accountClosed: extensions.accountClosed === true };
    window.dispatchEvent(new CustomEvent(UNAUTHENTICATED_EVENT, { detail }));
  }
  return new ApiError(message, 'unauthenticated', 'UNAUTHENTICATED', extensions);
}

/** GETs a file from the API with the bearer token (e.g. /export/register.csv) as a Blob. */
export async function fetchFile(path: string, signal?: AbortSignal): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(path, { headers: authHeaders(), signal, cache: 'no-store' });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(`Could not reach the Stakeholder Atlas API (${(error as Error).message}).`, 'network');
  }
  if (response.status === 401) {
    const body = (await response.json().catch(() => ({}))) as { error?: string; accountClosed?: boolean };
    throw body.accountClosed
      ? unauthenticated(body.error ?? 'This account was closed by an admin', { accountClosed: true })
      : unauthenticated('Sign in with a bearer token to download this file.');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new ApiError(body.error ?? `The API answered HTTP ${response.status}.`, 'http', String(response.status));
  }
  return response.blob();
}

/** A generated operation: its text, typed with its result and variables (codegen documentMode: string). */
export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** Bytes of a request's body sent so far, and in all. */
export interface UploadProgress {
  sent: number;
  total: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  endpoint?: string;
  /**
   * Files sent with the operation as a GraphQL multipart request: one file at a path of the variables
   * ("input.file"), or a list of files at a path ("files": files.0, files.1, …).
   */
  upload?: { path: string; file: File } | { path: string; files: readonly File[] };
  /**
   * Called while the body is sent. fetch cannot report that (Chromium streams request bodies only over
   * HTTP/2, and this server speaks HTTP/1.1), so a request with it goes by XMLHttpRequest.
   */
  onUploadProgress?: (progress: UploadProgress) => void;
}

/**
 * The body and headers of a GraphQL multipart request (the upload spec): the operation with the
 * files' places null, a map of where each file goes, and the files (named 0, 1, … in the map's
 * order). Multipart is a form a page on another site could post, so it carries yoga's CSRF header,
 * which such a page cannot set.
 */
function multipartBody(query: string, variables: unknown, upload: NonNullable<RequestOptions['upload']>) {
  const files = 'files' in upload ? upload.files : [upload.file];
  const withPlace = structuredClone(variables ?? {}) as Record<string, unknown>;
  const keys = upload.path.split('.');
  let at = withPlace;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = 'files' in upload ? files.map(() => null) : null;
  const places =
    'files' in upload ? files.map((_, index) => `variables.${upload.path}.${index}`) : [`variables.${upload.path}`];
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: withPlace }));
  form.set('map', JSON.stringify(Object.fromEntries(places.map((place, index) => [String(index), [place]]))));
  files.forEach((file, index) => form.set(String(index), file, file.name));
  return { body: form, headers: { 'x-graphql-yoga-csrf': 'upload' } };
}

/** A POST by XMLHttpRequest, which reports the upload's progress, answered as a fetch Response. */
function postWithProgress(
  url: string,
  init: { headers: Record<string, string>; body: XMLHttpRequestBodyInit; signal?: AbortSignal },
  onProgress: (progress: UploadProgress) => void,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const aborted = () => new DOMException('The request was aborted.', 'AbortError');
    if (init.signal?.aborted) return reject(aborted());
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(init.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ sent: event.loaded, total: event.total });
    };
    xhr.upload.onload = (event) =>
      onProgress({ sent: event.total || event.loaded, total: event.total || event.loaded });
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status > 599) return reject(new TypeError(`HTTP status ${xhr.status}`));
      resolve(new Response(xhr.responseText, { status: xhr.status, statusText: xhr.statusText }));
    };
    xhr.onerror = () => reject(new TypeError('the connection failed'));
    xhr.onabort = () => reject(aborted());
    init.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(init.body);
  });
}

export async function request<TResult, TVariables>(
  document: Operation<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    const { body, headers } = options.upload
      ? multipartBody(queryText(document), variables, options.upload)
      : {
          body: JSON.stringify({ query: queryText(document), variables }),
          headers: { 'content-type': 'application/json' },
        };
    const init = {
      headers: { ...headers, accept: 'application/graphql-response+json', ...authHeaders() },
      body,
      signal: options.signal,
    };
    response = options.onUploadProgress
      ? await postWithProgress(options.endpoint ?? '/graphql', init, options.onUploadProgress)
      : await fetch(options.endpoint ?? '/graphql', { method: 'POST', ...init });
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
  if (response.status === 401 || first?.extensions?.code === 'UNAUTHENTICATED') {
    throw unauthenticated(
      first?.message ?? 'Sign in with a bearer token to use the Stakeholder Atlas.',
      first?.extensions ?? {},
    );
  }
  if (first) {
    const code = first.extensions?.code;
    const kind: ApiErrorKind = code === 'SERVICE_UNAVAILABLE' || response.status === 503 ? 'unavailable' : 'graphql';
    throw new ApiError(first.message, kind, code, first.extensions ?? {});
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
