/**
 * Who the reader is to the API (signed out, viewer, or editor and above) and the stakeholder
 * register that editors see: probed once per token with the `register` query (FORBIDDEN: viewer).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { AdminProbeDocument, RegisterDocument, type RegisterQuery } from '../../api/generated/operations.ts';
import { ApiError, UNAUTHENTICATED_EVENT, getToken, request, setToken } from '../../api/request.ts';

export type Profile = RegisterQuery['register'][number];
export type Role = 'checking' | 'signed-out' | 'viewer' | 'editor';

export interface EngagementContextValue {
  role: Role;
  /** Whether the reader may plan engagement (editor or admin). */
  canEdit: boolean;
  /** Admins also export and erase personal data (probed with auditLog: FORBIDDEN means not). */
  isAdmin: boolean;
  token: string | null;
  signIn: (token: string) => void;
  signOut: () => void;
  /** The API asked for a token (HTTP 401 / UNAUTHENTICATED). */
  needsToken: boolean;
  profiles: Profile[];
  registerError: string | null;
  /** Asks the API for the register again (after a save, or to reload after a conflict). */
  reload: () => void;
  /** Replaces one profile with what the API returned from a save. */
  updateProfile: (profile: Profile) => void;
  /** Stance by entity id, for the map's rings. */
  stances: ReadonlyMap<string, string>;
}

const EngagementContext = createContext<EngagementContextValue | null>(null);

export function useEngagement(): EngagementContextValue {
  const value = useContext(EngagementContext);
  if (!value) throw new Error('useEngagement must be used inside <EngagementProvider>.');
  return value;
}

export interface EngagementProviderProps {
  attempt: number;
  /** Called when the token changes, so the map asks the API again. */
  onTokenChange: () => void;
  children: ReactNode;
}

export function EngagementProvider({ attempt, onTokenChange, children }: EngagementProviderProps) {
  const [token, setTokenState] = useState<string | null>(() => getToken());
  const [needsToken, setNeedsToken] = useState(false);
  const [role, setRole] = useState<Role>('checking');
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [registerError, setRegisterError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const [isAdmin, setIsAdmin] = useState(false);

  useEffect(() => {
    const onUnauthenticated = () => setNeedsToken(true);
    window.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    request(RegisterDocument, {}, { signal: controller.signal }).then(
      (data) => {
        setRole('editor');
        setProfiles(data.register);
        setRegisterError(null);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setProfiles([]);
        if (error instanceof ApiError && error.kind === 'unauthenticated') setRole('signed-out');
        else if (error instanceof ApiError && error.code === 'FORBIDDEN') setRole('viewer');
        else {
          setRole((previous) => (previous === 'checking' ? 'viewer' : previous));
          setRegisterError((error as Error).message);
        }
      },
    );
    return () => controller.abort();
  }, [token, revision, attempt]);

  useEffect(() => {
    if (role !== 'editor') {
      setIsAdmin(false);
      return;
    }
    const controller = new AbortController();
    request(AdminProbeDocument, { entityId: 'body:socitm' }, { signal: controller.signal }).then(
      () => setIsAdmin(true),
      (error: unknown) => {
        if (!controller.signal.aborted) setIsAdmin(!(error instanceof ApiError && error.code === 'FORBIDDEN'));
      },
    );
    return () => controller.abort();
  }, [role, token]);

  const signIn = useCallback(
    (next: string) => {
      setToken(next);
      setTokenState(getToken());
      setNeedsToken(false);
      setRole('checking');
      onTokenChange();
    },
    [onTokenChange],
  );
  const signOut = useCallback(() => {
    setToken(null);
    setTokenState(null);
    setRole('checking');
    onTokenChange();
  }, [onTokenChange]);
  const reload = useCallback(() => setRevision((value) => value + 1), []);
  const updateProfile = useCallback((profile: Profile) => {
    setProfiles((list) => {
      const others = list.filter((entry) => entry.entity.id !== profile.entity.id);
      return [...others, profile];
    });
  }, []);

  const stances = useMemo(
    () =>
      new Map(
        profiles.filter((profile) => profile.stance).map((profile) => [profile.entity.id, profile.stance as string]),
      ),
    [profiles],
  );

  const value = useMemo<EngagementContextValue>(
    () => ({
      role,
      canEdit: role === 'editor',
      isAdmin,
      token,
      signIn,
      signOut,
      needsToken: needsToken || role === 'signed-out',
      profiles,
      registerError,
      reload,
      updateProfile,
      stances,
    }),
    [role, isAdmin, token, signIn, signOut, needsToken, profiles, registerError, reload, updateProfile, stances],
  );
  return <EngagementContext.Provider value={value}>{children}</EngagementContext.Provider>;
}
