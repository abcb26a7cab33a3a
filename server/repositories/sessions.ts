/**
 * Sign-in sessions and sign-ins under way, in Neo4j so that any instance of the app can serve any
 * request. Only hashes of the secrets are stored (the session id and the OpenID state); times are
 * epoch milliseconds of the app's clock.
 */
import type { Executor } from './executor.ts';
import type { UserRow } from './users.ts';

export async function createSession(
  executor: Executor,
  session: { idHash: string; userId: string; now: number; expiresAt: number },
): Promise<void> {
  await executor.write('sessions/create-session', session);
}

/**
 * The user of a live session, or null (unknown, expired, signed out, or ended by closing an account
 * since reopened). A closed account's user is returned as they are (closedAt set), so that the
 * caller can say why it refuses the cookie.
 */
export async function findSession(executor: Executor, idHash: string, now: number): Promise<UserRow | null> {
  const [row] = await executor.read<{ user: UserRow; endedAt: string | null }>('sessions/find-session', {
    idHash,
    now,
  });
  if (!row) return null;
  return row.user.closedAt || !row.endedAt ? row.user : null;
}

export async function deleteSession(executor: Executor, idHash: string): Promise<void> {
  await executor.write('sessions/delete-session', { idHash });
}

export async function deleteExpired(executor: Executor, now: number): Promise<void> {
  await executor.write('sessions/delete-expired', { now });
}

export interface LoginAttempt {
  codeVerifier: string;
  nonce: string;
  returnTo: string;
  expiresAt: number;
}

export async function createLoginAttempt(
  executor: Executor,
  attempt: LoginAttempt & { stateHash: string },
): Promise<void> {
  await executor.write('sessions/create-login-attempt', { ...attempt });
}

/** Reads and deletes a sign-in under way, so each completes at most once. */
export async function takeLoginAttempt(executor: Executor, stateHash: string): Promise<LoginAttempt | null> {
  const [row] = await executor.write<{ attempt: LoginAttempt }>('sessions/take-login-attempt', { stateHash });
  return row?.attempt ?? null;
}
