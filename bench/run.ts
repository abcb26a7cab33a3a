/**
 * `npm run bench`: starts its own Neo4j (free port, temporary data), loads the seed, and prints each
 * measurement as a ratio against a baseline measured in the same run. `npm run bench -- api`,
 * `-- client` or `-- influence` (a synthetic network, BENCH_SIZE=small|national|large) runs one part only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../server/config.ts';
import { openDatabase, type Database } from '../server/database.ts';
import { freePort } from '../server/launcher/ports.ts';
import { deleteEverything } from '../server/repositories/graph-import.ts';
import { loadSeed } from '../server/import/seed.ts';
import { benchApi } from './api.ts';
import { benchClient } from './client.ts';
import { benchImport } from './import.ts';
import { benchInfluence } from './influence.ts';

const log = (line: string) => console.log(`[bench] ${line}`);

const PARTS = ['api', 'client', 'import', 'influence'] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((part) => !(PARTS as readonly string[]).includes(part));
if (unknown.length > 0) {
  console.error(`Unknown benchmark part: ${unknown.join(', ')}. Parts: ${PARTS.join(', ')} (none means all).`);
  process.exit(2);
}
const runs = (part: (typeof PARTS)[number]) => asked.length === 0 || asked.includes(part);

/** Runs a part against its own Neo4j (free port, temporary data). */
async function withDatabase(
  part: (executor: Database['executor'], uri: string) => Promise<string[]>,
  seed = true,
): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const database = await openDatabase(
    readConfig({ NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir }),
    log,
  );
  try {
    await deleteEverything(database.executor);
    if (seed) await loadSeed(database.executor, log);
    return await part(database.executor, database.neo4j!.uri);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function apiPart(): Promise<string[]> {
  return withDatabase((executor, uri) => benchApi(executor, uri, log));
}

const apiLines = runs('api') ? await apiPart() : [];
const importLines = runs('import') ? await withDatabase((executor, uri) => benchImport(executor, uri, log), false) : [];
const clientLines = runs('client') ? await benchClient(log) : [];
const influenceLines = runs('influence')
  ? await withDatabase((executor, uri) => benchInfluence(executor, uri, log), false)
  : [];
if (runs('api')) {
  console.log('\nAPI (GraphQL over HTTP vs the same Cypher through the bare driver; target p50 <= 1.2x):');
  for (const line of apiLines) console.log(`  ${line}`);
}
if (runs('import')) {
  console.log('\nImport into the embedded Neo4j (whole pipeline vs the bare driver writing the same rows):');
  for (const line of importLines) console.log(`  ${line}`);
}
if (runs('client')) {
  console.log(
    '\nClient in Chromium (Atlas graph engine, layout in a worker, vs bare Cytoscape, layout on the page; ' +
      'targets: first render <= bare + 200 ms, >= 30 fps at 5,000 nodes):',
  );
  for (const line of clientLines) console.log(`  ${line}`);
}
if (runs('influence')) {
  console.log(
    `\nInfluence on the synthetic network (BENCH_SIZE=${process.env.BENCH_SIZE ?? 'small'}; cached answer vs reading ` +
      'the network through the bare driver and computing PageRank on the spot; target: cached p50 <= 50 ms):',
  );
  for (const line of influenceLines) console.log(`  ${line}`);
}
