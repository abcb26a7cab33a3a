/** `npm run users -- …`: lists users and sets a user's role (see users-command.ts). */
import { readConfig } from '../config.ts';
import { openDatabase } from '../database.ts';
import { backgroundWork } from '../db/executor.ts';
import { runCli } from './run.ts';
import { USERS_USAGE, usersCommand } from './users-command.ts';

async function main(args: string[]): Promise<number> {
  const database = await openDatabase(readConfig(), (line) => console.error(`[users] ${line}`));
  try {
    return await usersCommand(database.executor.withMetadata(backgroundWork('cli')), args, (line) => console.log(line));
  } finally {
    await database.close();
  }
}

runCli(main, { name: 'users', usage: USERS_USAGE });
