/**
 * `npm run users -- list`, `-- promote <email> <viewer|editor|admin>`, `-- close <email> [reason]`
 * and `-- reopen <email>`: the first admin (besides ADMIN_EMAILS), and a leaver's account, from the
 * machine that runs the atlas. The user must have signed in once. Audited as the actor "cli".
 */
import { ConflictError, InputError } from '../../core/errors.ts';
import { closeUserAccount, reopenUserAccount } from '../repositories/account-closure.ts';
import type { Executor } from '../repositories/executor.ts';
import { findUsersByEmail, listUsers, setUserRole, type UserRole, type UserRow } from '../repositories/users.ts';

export const USERS_USAGE =
  'Usage: npm run users -- list | promote <email> <viewer|editor|admin> | close <email> [reason] | reopen <email>';

const ROLES: readonly string[] = ['viewer', 'editor', 'admin'];
const CLI = { id: null, name: 'cli' };
/** The reason recorded when `close` is given none. */
const CLI_REASON = 'Closed with npm run users';

/** The one user with this e-mail, or null after saying why there is not one. */
async function userByEmail(
  executor: Executor,
  email: string,
  print: (line: string) => void,
  doing: string,
): Promise<UserRow | null> {
  const users = await findUsersByEmail(executor, email);
  if (users.length === 1) return users[0]!;
  print(
    users.length === 0
      ? `No user with the e-mail ${email}: they must sign in once first (or list the address in ADMIN_EMAILS).`
      : `${users.length} users have the e-mail ${email}; ${doing} in the client instead.`,
  );
  return null;
}

function list(users: UserRow[], print: (line: string) => void): void {
  if (users.length === 0) print('No users yet: they appear when they first sign in.');
  for (const user of users) {
    const closed = user.closedAt ? `  closed ${user.closedAt.slice(0, 10)}: ${user.closedReason ?? ''}` : '';
    print(`${user.role.padEnd(6)}  ${user.name}  <${user.email ?? 'no e-mail'}>  ${user.id}${closed}`);
  }
}

/** Runs the command; returns the exit code (1 when refused: the reason is printed, nothing changed). */
export async function usersCommand(executor: Executor, args: string[], print: (line: string) => void): Promise<number> {
  try {
    return await runUsersCommand(executor, args, print);
  } catch (error) {
    if (!(error instanceof InputError || error instanceof ConflictError)) throw error;
    print(`Refused: ${error.message}. Nothing changed.`);
    return 1;
  }
}

async function runUsersCommand(executor: Executor, args: string[], print: (line: string) => void): Promise<number> {
  const [command, email, ...rest] = args;
  if (command === 'list' && args.length === 1) {
    list(await listUsers(executor), print);
    return 0;
  }
  if (command === 'promote' && email && rest.length === 1) {
    const role = rest[0]!;
    if (!ROLES.includes(role)) {
      print(`The role must be viewer, editor or admin (got "${role}").\n${USERS_USAGE}`);
      return 2;
    }
    const user = await userByEmail(executor, email, print, 'change their roles');
    if (!user) return 1;
    const changed = await setUserRole(executor, user.id, user.version, role as UserRole, CLI);
    print(`${changed.name} is now ${changed.role}.`);
    return 0;
  }
  if (command === 'close' && email && rest.length <= 1) {
    const user = await userByEmail(executor, email, print, 'close their accounts');
    if (!user) return 1;
    const reason = rest[0] ?? CLI_REASON;
    const closed = await closeUserAccount(executor, { id: user.id, expectedVersion: user.version, reason }, CLI);
    print(`${closed.name}'s account is closed: their sessions ended and their API tokens are revoked.`);
    return 0;
  }
  if (command === 'reopen' && email && rest.length === 0) {
    const user = await userByEmail(executor, email, print, 'reopen their accounts');
    if (!user) return 1;
    const reopened = await reopenUserAccount(executor, { id: user.id, expectedVersion: user.version }, CLI);
    print(`${reopened.name}'s account is open again: they may sign in (their old tokens stay revoked).`);
    return 0;
  }
  print(USERS_USAGE);
  return 2;
}
