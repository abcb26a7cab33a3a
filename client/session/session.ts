/**
 * Who the reader is to the API: the bearer token (token.ts), whether the API asked for one, and the
 * role, probed with the register query (FORBIDDEN: viewer) and, for editors, the audit log (admins).
 */
import { useQuery } from '@tanstack/react-query';
import { create } from 'zustand';
import { AdminProbeDocument } from '../api/generated/operations.ts';
import { operationQuery, registerQuery } from '../api/queries.ts';
import { queryClient } from '../api/query-client.ts';
import { ApiError, UNAUTHENTICATED_EVENT } from '../api/request.ts';
import { getToken, setToken } from './token.ts';

export type Role = 'checking' | 'signed-out' | 'viewer' | 'editor';

interface SessionState {
  token: string | null;
  /** The API asked for a (valid) token: HTTP 401 or UNAUTHENTICATED. */
  asked: boolean;
}

const useSessionStore = create<SessionState>(() => ({ token: getToken(), asked: false }));

if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
  window.addEventListener(UNAUTHENTICATED_EVENT, () => useSessionStore.setState({ asked: true }));
}

const adminProbe = operationQuery(AdminProbeDocument, { entityId: 'body:socitm' });

/** A new token: probe the role afresh, and ask everything on screen again with it. */
function tokenChanged(token: string | null): void {
  setToken(token);
  useSessionStore.setState({ token: getToken(), asked: false });
  const probes = [registerQuery.queryKey[0], adminProbe.queryKey[0]];
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
  /** Whether the reader may edit and plan engagement (editor or admin). */
  canEdit: boolean;
  /** Admins also export and erase personal data (probed with auditLog: FORBIDDEN means not). */
  isAdmin: boolean;
  token: string | null;
  needsToken: boolean;
  /** Why the register could not be read, when that was not a matter of role. */
  registerError: string | null;
}

export function useSession(): Session {
  const { token, asked } = useSessionStore();
  const register = useQuery(registerQuery);
  const role = roleOf(register);
  const admin = useQuery({ ...adminProbe, enabled: role === 'editor' });
  const isAdmin =
    role === 'editor' &&
    (admin.isSuccess || (admin.isError && !(admin.error instanceof ApiError && admin.error.code === 'FORBIDDEN')));
  const error = register.error;
  const registerError =
    error && !(error instanceof ApiError && (error.kind === 'unauthenticated' || error.code === 'FORBIDDEN'))
      ? error.message
      : null;
  return {
    role,
    canEdit: role === 'editor',
    isAdmin,
    token,
    needsToken: asked || role === 'signed-out',
    registerError,
  };
}
