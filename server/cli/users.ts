/** `npm run users -- …`: lists users and sets a user's role (see users-command.ts). */
import { ConfigError, readConfig } from '../config.ts';
import { openDatabase } from '../database.ts';
import { backgroundWork } from '../db/executor.ts';
import { Neo4jLaunchError } from '../launcher/errors.ts';
import { usersCommand } from './users-command.ts';

async function main(args: string[]): Promise<number> {
  const database = await openDatabase(readConfig(), (line) => console.error(`[users] ${line}`));
  try {
    return await usersCommand(database.executor.withMetadata(backgroundWork('cli')), args, (line) => console.log(line));
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof Neo4jLaunchError;
    console.error(known ? `[users] ${(error as Error).message}` : error);
    process.exit(1);
  },
);
