/**
 * Signs in through the real OpenID Connect code flow over HTTP, as a browser would: fetch without
 * following redirects, a cookie jar per origin, and the test provider's own login and consent forms.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
/** Serves an app's listener on a loopback port, as the atlas does. */
export async function listenOnLoopback(listener: RequestListener, port: number): Promise<Server> {
  const server = createServer(listener);
  await new Promise<void>((listening) => server.listen(port, '127.0.0.1', () => listening()));
  return server;
}

/** Closes a server at once, keep-alive connections included. */
export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((closed) => server.close(() => closed()));
}

export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  store(url: string, response: Response): void {
    const origin = new URL(url).origin;
    const jar = this.cookies.get(origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(origin, jar);
  }

  header(url: string): string {
    const jar = this.cookies.get(new URL(url).origin);
    return jar ? [...jar].map(([name, value]) => `${name}=${value}`).join('; ') : '';
  }

  get(url: string, name: string): string | undefined {
    return this.cookies.get(new URL(url).origin)?.get(name);
  }
}

export interface Step {
  url: string;
  status: number;
  location: string | null;
  /** The Set-Cookie lines of the answer, as sent. */
  setCookies: string[];
  body: string;
}

/** One request with the jar's cookies; stores the cookies it sets. */
export async function visit(
  jar: CookieJar,
  url: string,
  init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<Step> {
  const body = init.form ? new URLSearchParams(init.form).toString() : undefined;
  const response = await fetch(url, {
    method: init.method ?? (body ? 'POST' : 'GET'),
    redirect: 'manual',
    headers: {
      ...(jar.header(url) ? { cookie: jar.header(url) } : {}),
      ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      ...init.headers,
    },
    body,
  });
  jar.store(url, response);
  const location = response.headers.get('location');
  return {
    url,
    status: response.status,
    location: location ? new URL(location, url).href : null,
    setCookies: response.headers.getSetCookie(),
    body: await response.text(),
  };
}

/** Follows redirects from url until a page answers (or the app's callback is reached, when stopAtCallback). */
export async function follow(jar: CookieJar, url: string, stopAt?: (url: string) => boolean): Promise<Step> {
  let step = await visit(jar, url);
  for (let hops = 0; step.location && hops < 20; hops++) {
    if (stopAt?.(step.location)) return step;
    step = await visit(jar, step.location);
  }
  return step;
}

/** The action of the first form on a page (oidc-provider's login and consent pages have one each). */
function formAction(step: Step): string {
  const action = /<form[^>]*action="([^"]+)"/i.exec(step.body)?.[1];
  if (!action) throw new Error(`No form at ${step.url} (${step.status}): ${step.body.slice(0, 300)}`);
  return new URL(action.replace(/&amp;/g, '&'), step.url).href;
}

/**
 * Signs in at the atlas as the test provider's user `login`: /auth/login, the provider's login form,
 * its consent form, back to /auth/callback. Returns the last step (the callback's answer).
 */
export async function signInOverHttp(jar: CookieJar, atlasUrl: string, login: string): Promise<Step> {
  const isCallback = (url: string) => url.startsWith(`${atlasUrl}/auth/callback`);
  let step = await follow(jar, `${atlasUrl}/auth/login`, isCallback);
  for (let pages = 0; !step.location || !isCallback(step.location); pages++) {
    if (pages > 3) throw new Error(`Sign-in did not come back to the atlas: ${step.status} ${step.body.slice(0, 300)}`);
    const form: Record<string, string> = /name="prompt" value="login"/.test(step.body)
      ? { prompt: 'login', login, password: 'any' }
      : { prompt: 'consent' };
    step = await visit(jar, formAction(step), { form });
    if (step.location && !isCallback(step.location)) step = await follow(jar, step.location, isCallback);
  }
  return visit(jar, step.location);
}

export interface Answer<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** A GraphQL request to the atlas at `url` as the browser of `jar` (its cookies), or with a bearer token. */
export async function askAtlas<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  credentials: { jar?: CookieJar; token?: string; origin?: string } = {},
): Promise<Answer<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(credentials.jar ? { cookie: credentials.jar.header(url) } : {}),
      ...(credentials.token ? { authorization: `Bearer ${credentials.token}` } : {}),
      ...(credentials.origin ? { origin: credentials.origin } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer<T>, 'status'>) };
}
