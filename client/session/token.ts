/** The bearer token pasted by the reader, kept for this browser tab only, and the headers that carry it. */
const TOKEN_KEY = 'atlas.token';

/** This browser tab's sessionStorage, or null where there is none (tests, locked-down browsers). */
export function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** The bearer token pasted by the reader, kept for this browser tab only (sessionStorage). */
export function getToken(): string | null {
  return storage()?.getItem(TOKEN_KEY) ?? null;
}

export function setToken(token: string | null): void {
  const store = storage();
  if (!store) return;
  if (token && token.trim()) store.setItem(TOKEN_KEY, token.trim());
  else store.removeItem(TOKEN_KEY);
}

/** Headers for every API request: the bearer token when there is one. */
export function authHeaders(): Record<string, string> {
  const token = getToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

const CLOSED_KEY = 'atlas.accountClosed';

/** Why this tab was signed out, when an admin closed the account: kept across reloads until one signs in. */
export function getClosedAccount(): string | null {
  return storage()?.getItem(CLOSED_KEY) ?? null;
}

export function setClosedAccount(message: string | null): void {
  const store = storage();
  if (!store) return;
  if (message) store.setItem(CLOSED_KEY, message);
  else store.removeItem(CLOSED_KEY);
}
