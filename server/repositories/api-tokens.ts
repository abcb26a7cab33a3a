/**
 * Personal API tokens: a user's own bearer tokens for scripts, stored only as SHA-256 hashes. A token
 * acts with its user's current role.
 */
import { InputError, NotFoundError } from '../../core/errors.ts';
import { recordChange } from './audit.ts';
import type { Executor } from './executor.ts';
import type { Actor } from './types.ts';
import type { UserRow } from './users.ts';

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** lastUsedAt is written at most this often per token, so reading with a token rarely writes. */
const TOUCH_EVERY_MS = 60_000;

export async function createApiToken(
  executor: Executor,
  token: { userId: string; name: string; hash: string; prefix: string },
): Promise<ApiTokenRow> {
  const name = token.name.trim();
  if (!name || name.length > 100) throw new InputError('name', 'must be 1 to 100 characters');
  const [row] = await executor.write<{ token: ApiTokenRow }>('tokens/create-api-token', {
    ...token,
    name,
    now: new Date().toISOString(),
  });
  if (!row) throw new NotFoundError('user with an open account', token.userId);
  return row.token;
}

export async function listApiTokens(executor: Executor, userId: string): Promise<ApiTokenRow[]> {
  return (await executor.read<{ token: ApiTokenRow }>('tokens/list-api-tokens', { userId })).map((row) => row.token);
}

/**
 * The user a token acts for (with their current role), or null for an unknown or revoked token. A
 * closed account's user is returned as they are (closedAt set), so that the caller can say why it
 * refuses the token.
 */
export async function findApiTokenUser(executor: Executor, hash: string, now: Date): Promise<UserRow | null> {
  const [row] = await executor.read<{
    tokenId: string;
    lastUsedAt: string | null;
    revokedAt: string | null;
    user: UserRow;
  }>('tokens/find-api-token', { hash });
  if (!row) return null;
  if (row.user.closedAt) return row.user;
  if (row.revokedAt) return null;
  if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) >= TOUCH_EVERY_MS) {
    await executor.write('tokens/touch-api-token', { id: row.tokenId, now: now.toISOString() });
  }
  return row.user;
}

export async function revokeApiToken(executor: Executor, userId: string, id: string): Promise<ApiTokenRow> {
  const [row] = await executor.write<{ token: ApiTokenRow }>('tokens/revoke-api-token', {
    userId,
    id,
    now: new Date().toISOString(),
  });
  if (!row) throw new NotFoundError('API token', id);
  return row.token;
}

/** A user's tokens as an admin sees them (never a secret); the user must exist. */
export async function listUserApiTokens(executor: Executor, userId: string): Promise<ApiTokenRow[]> {
  const [user] = await executor.read('users/get-users', { ids: [userId] });
  if (!user) throw new NotFoundError('user', userId);
  return listApiTokens(executor, userId);
}

/** An admin revokes someone's token: audited, as a change to that user's account. */
export async function revokeUserApiToken(
  executor: Executor,
  userId: string,
  id: string,
  actor: Actor,
): Promise<ApiTokenRow> {
  return executor.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ token: ApiTokenRow }>('tokens/revoke-api-token', {
      userId,
      id,
      now: new Date().toISOString(),
    });
    if (!row) throw new NotFoundError(`API token (not revoked) of user "${userId}"`, id);
    await recordChange(tx, {
      actor,
      action: 'revokeUserApiToken',
      targetId: userId,
      entityIds: [],
      before: { token: { id, name: row.token.name, prefix: row.token.prefix } },
      after: null,
    });
    return row.token;
  });
}
