/**
 * Applies cypher/schema/*.cypher in file-name order. Every statement is IF NOT EXISTS, so re-running
 * is a no-op; so is the one data migration (feed/number-earlier-changes), which marks itself done.
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
}
