/**
 * `npm run bench`: starts its own Neo4j (free port, temporary data), loads the seed, and prints each
 * measurement as a ratio against a baseline measured in the same run. `npm run bench -- api` or
 * `-- client` runs one part only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../server/config.ts';
import { openDatabase } from '../server/database.ts';
import type { Executor } from '../server/db/executor.ts';
import { freePort } from '../server/launcher/ports.ts';
import { deleteEverything } from '../server/repositories/graph-import.ts';
import { loadSeed } from '../server/import/seed.ts';
import { benchApi } from './api.ts';
import { benchClient } from './client.ts';
import { benchImport } from './import.ts';

const log = (line: string) => console.log(`[bench] ${line}`);

const PARTS = ['api', 'client', 'import'] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((part) => !(PARTS as readonly string[]).includes(part));
if (unknown.length > 0) {
  console.error(`Unknown benchmark part: ${unknown.join(', ')}. Parts: ${PARTS.join(', ')} (none means both).`);
  process.exit(2);
}
const runs = (part: (typeof PARTS)[number]) => asked.length === 0 || asked.includes(part);

/** A fresh embedded Neo4j (free port, temporary data) for one part, closed after it. */
async function withDatabase(work: (executor: Executor, uri: string) => Promise<string[]>): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const database = await openDatabase(
    readConfig({ NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir }),
    log,
  );
  try {
    return await work(database.executor, database.neo4j!.uri);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function apiPart(): Promise<string[]> {
  return withDatabase(async (executor, uri) => {
    await deleteEverything(executor);
    await loadSeed(executor, log);
    return benchApi(executor, uri, log);
  });
}

const apiLines = runs('api') ? await apiPart() : [];
const importLines = runs('import') ? await withDatabase((executor, uri) => benchImport(executor, uri, log)) : [];
const clientLines = runs('client') ? await benchClient(log) : [];
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
