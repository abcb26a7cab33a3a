/**
 * `npm run bench`: starts its own Neo4j (free port, temporary data), loads the seed, and prints each
 * measurement as a ratio against a baseline measured in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { freePort } from '../server/db/launcher.ts';
import { deleteEverything } from '../server/repositories/graph-import.ts';
import { loadSeed } from '../seed/load.ts';
import { benchApi } from './api.ts';
import { benchClient } from './client.ts';

const log = (line: string) => console.log(`[bench] ${line}`);

const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const database = await openDatabase(
  readConfig({ NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir }),
  log,
);
try {
  await deleteEverything(database.executor);
  await loadSeed(database.executor, log);
  const lines = await benchApi(database.executor, database.neo4j!.uri, log);
  const clientLines = await benchClient(log);
  console.log('\nAPI (GraphQL over HTTP vs the same Cypher through the bare driver; target p50 <= 1.2x):');
  for (const line of lines) console.log(`  ${line}`);
  console.log(
    '\nClient in Chromium (Atlas graph engine vs bare Cytoscape; targets: first render <= bare + 200 ms, >= 30 fps at 5,000 nodes):',
  );
  for (const line of clientLines) console.log(`  ${line}`);
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
