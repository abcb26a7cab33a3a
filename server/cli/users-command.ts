/**
 * `npm run users -- list` and `npm run users -- promote <email> <viewer|editor|admin>`: the first
 * admin (besides ADMIN_EMAILS), set from the machine that runs the atlas. The user must have signed
 * in once. Audited as the actor "cli".
 */
import { findUsersByEmail, listUsers, setUserRole, type UserRole } from '../repositories/users.ts';
import type { Executor } from '../repositories/executor.ts';

export const USERS_USAGE = 'Usage: npm run users -- list | promote <email> <viewer|editor|admin>';

const ROLES: readonly string[] = ['viewer', 'editor', 'admin'];

/** Runs the command; returns the exit code. */
export async function usersCommand(executor: Executor, args: string[], print: (line: string) => void): Promise<number> {
  const [command, email, role] = args;
  if (command === 'list' && args.length === 1) {
    const users = await listUsers(executor);
    if (users.length === 0) print('No users yet: they appear when they first sign in.');
    for (const user of users) print(`${user.role.padEnd(6)}  ${user.name}  <${user.email ?? 'no e-mail'}>  ${user.id}`);
    return 0;
  }
  if (command === 'promote' && email && role && args.length === 3) {
    if (!ROLES.includes(role)) {
      print(`The role must be viewer, editor or admin (got "${role}").\n${USERS_USAGE}`);
      return 2;
    }
    const users = await findUsersByEmail(executor, email);
    if (users.length !== 1) {
      print(
        users.length === 0
          ? `No user with the e-mail ${email}: they must sign in once first (or list the address in ADMIN_EMAILS).`
          : `${users.length} users have the e-mail ${email}; change their roles in the client instead.`,
      );
      return 1;
    }
    const user = users[0]!;
    const changed = await setUserRole(executor, user.id, user.version, role as UserRole, { id: null, name: 'cli' });
    print(`${changed.name} is now ${changed.role}.`);
    return 0;
  }
  print(USERS_USAGE);
  return 2;
}
