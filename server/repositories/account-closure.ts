/**
 * Closing a leaver's account: in one transaction the user is marked closed (who, when, why), their
 * sessions end and their personal API tokens are revoked. Every instance reads sessions and tokens
 * from Neo4j on each request (server/schema/security.ts), so the closure holds everywhere at once.
 * Reopening lets them sign in again; their ended sessions and revoked tokens stay so.
 */
import { z } from 'zod';
import { ConflictError, InputError, NotFoundError } from '../../core/errors.ts';
import { noContactDetails } from '../../core/records.ts';
import { recordChange } from './audit.ts';
import type { QueryRunner, Executor } from './executor.ts';
import type { Actor } from './types.ts';
import { keepAnAdmin, type UserRow } from './users.ts';

const reasonSchema = z
  .string()
  .trim()
  .min(1, 'must say why the account is closed (e.g. "left the organisation on 30 November")')
  .max(500, 'must be at most 500 characters')
  .refine(noContactDetails, 'must not contain an e-mail address or telephone number');

const DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** What a closed account's sign-in, cookie or token is told. */
export function closedAccountMessage(user: Pick<UserRow, 'closedAt'>): string {
  const on = user.closedAt ? ` on ${DAY.format(new Date(user.closedAt))}` : '';
  return `This account was closed by an admin${on}: ask an admin of the atlas to reopen it`;
}

/** Locks the user and checks the version the caller read; the user as it is now. */
async function lockedUser(tx: QueryRunner, id: string, expectedVersion: number): Promise<UserRow> {
  const [current] = await tx.run<{ user: UserRow }>('users/lock-user', { id });
  if (!current) throw new NotFoundError('user', id);
  if (current.user.version !== expectedVersion) throw new ConflictError(id, expectedVersion, current.user.version);
  return current.user;
}

export async function closeUserAccount(
  executor: Executor,
  input: { id: string; expectedVersion: number; reason: string },
  actor: Actor,
): Promise<UserRow> {
  const reason = reasonSchema.safeParse(input.reason);
  if (!reason.success) throw new InputError('reason', reason.error.issues[0]!.message);
  if (actor.id !== null && actor.id === input.id) {
    throw new InputError('id', 'you cannot close your own account: ask another admin');
  }
  return executor.writeTransaction(async (tx) => {
    const current = await lockedUser(tx, input.id, input.expectedVersion);
    if (current.closedAt) {
      throw new InputError('id', `${current.name}'s account is already closed (since ${current.closedAt})`);
    }
    await keepAnAdmin(tx, current, 'close their account');
    const now = new Date().toISOString();
    const [closed] = await tx.run<{ user: UserRow }>('users/close-user-account', {
      id: input.id,
      now,
      closedBy: actor.name,
      closedById: actor.id,
      reason: reason.data,
    });
    const [sessions] = await tx.run<{ ended: number }>('sessions/end-user-sessions', { userId: input.id, now });
    const [tokens] = await tx.run<{ revoked: number }>('tokens/revoke-user-api-tokens', {
      userId: input.id,
      now,
      revokedBy: actor.name,
    });
    await recordChange(tx, {
      actor,
      action: 'closeUserAccount',
      targetId: input.id,
      entityIds: [],
      before: { closed: false },
      after: { closed: true, reason: reason.data, sessionsEnded: sessions!.ended, tokensRevoked: tokens!.revoked },
    });
    return closed!.user;
  });
}

export async function reopenUserAccount(
  executor: Executor,
  input: { id: string; expectedVersion: number },
  actor: Actor,
): Promise<UserRow> {
  return executor.writeTransaction(async (tx) => {
    const current = await lockedUser(tx, input.id, input.expectedVersion);
    if (!current.closedAt) throw new InputError('id', `${current.name}'s account is open: nothing to reopen`);
    const [reopened] = await tx.run<{ user: UserRow }>('users/reopen-user-account', { id: input.id });
    await tx.run('sessions/delete-ended-sessions', { userId: input.id });
    await tx.run('tokens/forget-revoked-hashes', { userId: input.id });
    await recordChange(tx, {
      actor,
      action: 'reopenUserAccount',
      targetId: input.id,
      entityIds: [],
      before: { closed: true, reason: current.closedReason },
      after: { closed: false },
    });
    return reopened!.user;
  });
}
