/**
 * The atlas always keeps an admin with an open account: demoting the last one is refused, over
 * GraphQL and in the CLI, and two admins demoting each other at once cannot both succeed (observed
 * on the real Neo4j: the second transaction waits for the first's locks, then counts again).
 */
import { beforeEach, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersCommand } from '../cli/users-command.ts';
import { closeUserAccount } from '../repositories/account-closure.ts';
import { listUsers, setUserRole, setUserRoleIn, signInUser, type UserRow } from '../repositories/users.ts';
import { appWithTestTokens } from '../testing/app.ts';
import { emptyDatabase, testExecutor, type Executor } from '../testing/database.ts';
import { as, gql } from '../testing/graphql.ts';

let executor: Executor;
beforeAll(async () => {
  executor = await testExecutor();
});
afterAll(() => executor.close());

let ada: UserRow;
let bea: UserRow;
beforeEach(async () => {
  await emptyDatabase(executor);
  const user = (subject: string, name: string) =>
    signInUser(executor, {
      issuer: 'https://id.example.org',
      subject,
      name,
      email: `${subject}@example.org`,
      initialRole: 'admin',
      forcedRole: null,
    });
  ada = await user('ada', 'Ada Admin');
  bea = await user('bea', 'Bea Boss');
});

const SET_ROLE =
  'mutation ($id: ID!, $v: Int!, $role: Role!) { setUserRole(id: $id, expectedVersion: $v, role: $role) { name role version } }';
const CLI = { id: null, name: 'cli' };
const lastAdmin = (name: string, doing: string) =>
  `id: ${name} is the last admin with an open account, and the atlas would have none: promote another admin first, then ${doing}`;

async function rolesNow(): Promise<Record<string, string>> {
  return Object.fromEntries((await listUsers(executor)).map((user) => [user.name, `${user.role} v${user.version}`]));
}

type OpenTransaction = { transactionId: string; status: string };

/** Waits until Neo4j lists a transaction waiting for a lock; fails after about ten seconds. */
async function untilOneIsBlocked(): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const open = await executor.runOnce<OpenTransaction>('system/list-transactions');
    if (open.some((transaction) => transaction.status.startsWith('Blocked'))) return;
    await new Promise((later) => setTimeout(later, 50));
  }
  throw new Error('no transaction waited for a lock');
}

describe('the last admin', () => {
  it('may not be demoted over GraphQL: a specific error, nothing changed; another admin may', async () => {
    const app = appWithTestTokens(executor);
    const first = await gql(app, SET_ROLE, { id: ada.id, v: ada.version, role: 'EDITOR' }, as('admin'));
    expect(first.data?.setUserRole).toEqual({ name: 'Ada Admin', role: 'EDITOR', version: ada.version + 1 });
    const before = await rolesNow();

    for (const role of ['EDITOR', 'VIEWER']) {
      const refused = await gql(app, SET_ROLE, { id: bea.id, v: bea.version, role }, as('admin'));
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toBe(lastAdmin('Bea Boss', `make them ${role.toLowerCase()}`));
    }
    expect(await rolesNow()).toEqual(before);
    // Setting admin again on the last admin changes nothing that matters, so it is allowed.
    const same = await gql(app, SET_ROLE, { id: bea.id, v: bea.version, role: 'ADMIN' }, as('admin'));
    expect(same.errors).toBeUndefined();
  });

  it('counts open accounts only: a closed admin is no admin, and may be demoted', async () => {
    const closed = await closeUserAccount(executor, { id: ada.id, expectedVersion: ada.version, reason: 'left' }, CLI);
    await expect(setUserRole(executor, bea.id, bea.version, 'viewer', CLI)).rejects.toThrow(
      lastAdmin('Bea Boss', 'make them viewer'),
    );
    await expect(setUserRole(executor, ada.id, closed.version, 'viewer', CLI)).resolves.toMatchObject({
      role: 'viewer',
    });
  });

  it('may not be demoted in the CLI', async () => {
    const lines: string[] = [];
    const print = (line: string) => lines.push(line);
    expect(await usersCommand(executor, ['promote', 'ada@example.org', 'viewer'], print)).toBe(0);
    expect(await usersCommand(executor, ['promote', 'bea@example.org', 'editor'], print)).toBe(1);
    expect(lines).toEqual([
      'Ada Admin is now viewer.',
      `Refused: ${lastAdmin('Bea Boss', 'make them editor')}. Nothing changed.`,
    ]);
    expect(await rolesNow()).toEqual({
      'Ada Admin': `viewer v${ada.version + 1}`,
      'Bea Boss': `admin v${bea.version}`,
    });
  });

  it('stays when two admins demote each other at once: the second waits for the first, then is refused', async () => {
    let demoted!: () => void;
    let release!: () => void;
    const beaDemoted = new Promise<void>((resolve) => (demoted = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    // Ada demotes Bea in a transaction held open until Bea's demotion of Ada waits for its locks.
    const first = executor.writeTransaction(async (tx) => {
      const changed = await setUserRoleIn(tx, bea.id, bea.version, 'editor', { id: ada.id, name: ada.name });
      demoted();
      await released;
      return changed;
    });
    try {
      await beaDemoted;
      const second = setUserRole(executor, ada.id, ada.version, 'editor', { id: bea.id, name: bea.name });
      const secondSettled = second.then(
        () => 'demoted',
        (error: Error) => error.message,
      );
      await untilOneIsBlocked();
      release();
      expect((await first).role).toBe('editor');
      expect(await secondSettled).toBe(lastAdmin('Ada Admin', 'make them editor'));
    } finally {
      release();
      await first.catch(() => {});
    }
    expect(await rolesNow()).toEqual({
      'Ada Admin': `admin v${ada.version}`,
      'Bea Boss': `editor v${bea.version + 1}`,
    });
  });
});
