/**
 * People who sign in with OpenID Connect (:User). A user's e-mail address is personal data: the
 * GraphQL layer shows it to admins only.
 */
import { ConflictError, InputError, NotFoundError } from '../../core/errors.ts';
import { recordChange } from './audit.ts';
import type { Executor, QueryRunner } from './executor.ts';
import type { Actor } from './types.ts';

export type UserRole = 'viewer' | 'editor' | 'admin';

export interface UserRow {
  id: string;
  name: string;
  email: string | null;
  role: UserRole;
  version: number;
  createdAt: string;
  lastSignInAt: string | null;
  /** Set while the account is closed (server/repositories/account-closure.ts): when, by whom, why. */
  closedAt: string | null;
  closedBy: string | null;
  closedReason: string | null;
}

export interface SignIn {
  issuer: string;
  subject: string;
  name: string;
  email: string | null;
  /** The role of a user seen for the first time. */
  initialRole: UserRole;
  /** Set when the configuration decides the role at every sign-in (ADMIN_EMAILS, group mapping). */
  forcedRole: UserRole | null;
}

/** Creates the user at first sign-in, or refreshes their name and e-mail (and the forced role). */
export async function signInUser(executor: Executor, signIn: SignIn): Promise<UserRow> {
  const [row] = await executor.write<{ user: UserRow }>('users/sign-in-user', {
    ...signIn,
    now: new Date().toISOString(),
  });
  return row!.user;
}

export async function listUsers(executor: Executor): Promise<UserRow[]> {
  return (await executor.read<{ user: UserRow }>('users/list-users')).map((row) => row.user);
}

export async function findUsersByEmail(executor: Executor, email: string): Promise<UserRow[]> {
  return (await executor.read<{ user: UserRow }>('users/find-users-by-email', { email })).map((row) => row.user);
}

/** Whether the user's account is closed now (false for an unknown id). */
export async function isUserClosed(executor: Executor, id: string): Promise<boolean> {
  const [row] = await executor.read<{ closed: boolean }>('users/is-user-closed', { id });
  return row?.closed ?? false;
}

const ROLES: readonly UserRole[] = ['viewer', 'editor', 'admin'];

/**
 * Refuses a change that would leave the atlas without an open admin account (the CLI and shared
 * tokens have none): closing or demoting the last one. Takes the write lock of every open admin
 * first, so two admins demoting or closing each other at once are serialised: the second counts again.
 */
export async function keepAnAdmin(tx: QueryRunner, user: UserRow, doing: string): Promise<void> {
  const admins = await tx.run<{ id: string }>('users/lock-open-admins');
  if (user.role === 'admin' && !user.closedAt && admins.every((admin) => admin.id === user.id)) {
    throw new InputError(
      'id',
      `${user.name} is the last admin with an open account, and the atlas would have none: promote another admin first, then ${doing}`,
    );
  }
}

/** Changes a user's role, version-checked and audited (the audit entry holds the roles only). */
export async function setUserRole(
  executor: Executor,
  id: string,
  expectedVersion: number,
  role: UserRole,
  actor: Actor,
): Promise<UserRow> {
  if (!ROLES.includes(role)) throw new InputError('role', 'must be viewer, editor or admin');
  return executor.writeTransaction((tx) => setUserRoleIn(tx, id, expectedVersion, role, actor));
}

/** setUserRole inside the caller's transaction (tests hold it open to demote two admins at once). */
export async function setUserRoleIn(
  tx: QueryRunner,
  id: string,
  expectedVersion: number,
  role: UserRole,
  actor: Actor,
): Promise<UserRow> {
  const [current] = await tx.run<{ user: UserRow }>('users/lock-user', { id });
  if (!current) throw new NotFoundError('user', id);
  if (current.user.version !== expectedVersion) throw new ConflictError(id, expectedVersion, current.user.version);
  if (current.user.role === 'admin' && role !== 'admin') await keepAnAdmin(tx, current.user, `make them ${role}`);
  const [changed] = await tx.run<{ user: UserRow }>('users/set-user-role', { id, role });
  await recordChange(tx, {
    actor,
    action: 'setUserRole',
    targetId: id,
    entityIds: [],
    before: { role: current.user.role },
    after: { role },
  });
  return changed!.user;
}
