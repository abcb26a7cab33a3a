/**
 * Applies cypher/schema/*.cypher in file-name order (every statement IF NOT EXISTS, so re-running is
 * a no-op), then the data migrations: feed/number-earlier-changes (marks itself done) and
 * cypher/migrations/*.cypher in order, each rewriting data written the old way and finding nothing to
 * do once done.
 */
import { backgroundWork, type Executor } from './executor.ts';

export async function applyMigrations(database: Executor, log: (line: string) => void = () => {}): Promise<void> {
  const executor = database.withMetadata(backgroundWork('migrations'));
  let statements = 0;
  const names = executor.namesIn('schema');
  for (const name of names) statements += await executor.applySchema(name);
  // Search must not start before the full-text index is online.
  await executor.runOnce('system/await-indexes');
  // Data: audit entries from before the change feed get their numbers, once.
  const [earlier] = await executor.write<{ numbered: number }>('feed/number-earlier-changes');
  if (earlier && earlier.numbered > 0) log(`Change feed: numbered ${earlier.numbered} earlier changes`);
  log(`Schema ready: ${statements} constraints and indexes from ${names.length} files in cypher/schema/`);
  for (const name of executor.namesIn('migrations')) {
    const [row] = await executor.write<{ migrated: number }>(name);
    if (row?.migrated) log(`Data migration ${name}: ${row.migrated} records rewritten`);
  }
}
