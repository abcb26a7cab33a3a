/**
 * Who the reader is to the API: `me` (signed in with OpenID Connect, a token, or the local user, and
 * the role), the bearer token pasted for AUTH_TOKENS (token.ts) and whether the API asked for one. An
 * API without `me` is probed with the register query (FORBIDDEN: viewer) and the audit log (admins).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { create } from 'zustand';
import { AdminProbeDocument, MeDocument, type MeQuery } from '../api/generated/operations.ts';
import { operationQuery, registerQuery } from '../api/queries.ts';
import { queryClient } from '../api/query-client.ts';
import { ApiError, UNAUTHENTICATED_EVENT, type Unauthenticated } from '../api/request.ts';
import { accessOf, roleOfServerRole, type Role } from './roles.ts';
import { getClosedAccount, getToken, setClosedAccount, setToken } from './token.ts';

export type { Role } from './roles.ts';

interface SessionState {
  token: string | null;
  /** The API asked for a (valid) token: HTTP 401 or UNAUTHENTICATED. */
  asked: boolean;
  /** The API's words when it refused this tab because an admin closed the account; kept until one signs in. */
  closedAccount: string | null;
}

const useSessionStore = create<SessionState>(() => ({
  token: getToken(),
  asked: false,
  closedAccount: getClosedAccount(),
}));

const adminProbe = operationQuery(AdminProbeDocument, { entityId: 'body:socitm' });
export const meQuery = operationQuery(MeDocument, {});

/**
 * A closed account's refusal also cleared the session cookie: remember why (the reader sees it, even
 * after a reload, until they sign in again), and ask `me` afresh, so that no stale name or role stays
 * in the header.
 */
function refused(event: Event): void {
  const detail = (event as CustomEvent<Unauthenticated | undefined>).detail;
  if (!detail?.accountClosed) return void useSessionStore.setState({ asked: true });
  setClosedAccount(detail.message);
  useSessionStore.setState({ asked: true, closedAccount: detail.message });
  // Reset, not just refetched: the stale "signed in" answer would count as signing in again.
  void queryClient.resetQueries({ queryKey: meQuery.queryKey });
}

if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
  window.addEventListener(UNAUTHENTICATED_EVENT, refused);
}

/** A new token: probe the role afresh, and ask everything on screen again with it. */
function tokenChanged(token: string | null): void {
  setToken(token);
  useSessionStore.setState({ token: getToken(), asked: false });
  const probes = [registerQuery.queryKey[0], adminProbe.queryKey[0], meQuery.queryKey[0]];
  void queryClient.resetQueries({ predicate: (query) => probes.includes(String(query.queryKey[0])) });
  void queryClient.invalidateQueries({ predicate: (query) => !probes.includes(String(query.queryKey[0])) });
}

export function signIn(token: string): void {
  tokenChanged(token);
}

export function signOut(): void {
  tokenChanged(null);
}

export function roleOf(register: { data?: unknown; error: unknown }): Role {
  if (register.data) return 'editor';
  const error = register.error;
  if (!error) return 'checking';
  if (error instanceof ApiError && error.kind === 'unauthenticated') return 'signed-out';
  return 'viewer';
}

export interface Session {
  role: Role;
  /** Signed in with any role: reads the change feed (live notices), watches and has an inbox. */
  signedIn: boolean;
  /** Whether the reader may edit and plan engagement (editor or admin). */
  canEdit: boolean;
  /** Admins also export and erase personal data (probed with auditLog: FORBIDDEN means not). */
  isAdmin: boolean;
  token: string | null;
  needsToken: boolean;
  /** Why the register could not be read, when that was not a matter of role. */
  registerError: string | null;
  /** The signed-in user's or token's name ("local" on a single-user instance). */
  name: string | null;
  /** The user's id: set for people who signed in (they have personal tokens), null otherwise. */
  userId: string | null;
  method: MeQuery['me']['method'];
  /** Sign-in with OpenID Connect is configured: /auth/login signs in. */
  openIdConnect: boolean;
  /** Shared tokens (AUTH_TOKENS) are accepted: the token form is offered. */
  sharedTokens: boolean;
  /** Why this tab is signed out when an admin closed its account (the API's words); null otherwise. */
  closedAccount: string | null;
}

export function useSession(): Session {
  const { token, asked, closedAccount } = useSessionStore();
  const register = useQuery(registerQuery);
  const meAnswer = useQuery(meQuery);
  const me = meAnswer.data?.me;
  const signedInAgain = me?.signedIn === true;
  useEffect(() => {
    if (signedInAgain && closedAccount) {
      setClosedAccount(null);
      useSessionStore.setState({ closedAccount: null });
    }
  }, [signedInAgain, closedAccount]);
  const probed = roleOf(register);
  const role: Role = me ? (me.signedIn && me.role ? roleOfServerRole(me.role) : 'signed-out') : probed;
  const admin = useQuery({ ...adminProbe, enabled: !me && role === 'editor' });
  const isAdmin = me
    ? me.role === 'ADMIN'
    : role === 'editor' &&
      (admin.isSuccess || (admin.isError && !(admin.error instanceof ApiError && admin.error.code === 'FORBIDDEN')));
  const error = register.error;
  const registerError =
    error && !(error instanceof ApiError && (error.kind === 'unauthenticated' || error.code === 'FORBIDDEN'))
      ? error.message
      : null;
  return {
    role,
    ...accessOf(role),
    isAdmin,
    token,
    // With OpenID Connect, the signed-out sign in at /auth/login rather than paste a token.
    // (and nothing is asked for before `me` says how one signs in here).
    needsToken: me
      ? me.openIdConnect && !me.sharedTokens
        ? false
        : asked || role === 'signed-out'
      : !meAnswer.isPending && (asked || role === 'signed-out'),
    registerError,
    name: me?.signedIn ? (me.name ?? null) : null,
    userId: me?.id ?? null,
    method: me?.method ?? null,
    openIdConnect: me?.openIdConnect ?? false,
    sharedTokens: me?.sharedTokens ?? true,
    closedAccount: signedInAgain ? null : closedAccount,
  };
}
