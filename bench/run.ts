/**
 * `npm run bench`: starts its own Neo4j (free port, temporary data), loads the seed, and prints each
 * measurement as a ratio against a baseline measured in the same run. `npm run bench -- api` or
 * `-- client` runs one part only. `npm run bench -- load [--clients 100] [--seconds 60]` runs the
 * load benchmark (bench/load.ts), which only runs when asked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../server/config.ts';
import { openDatabase } from '../server/database.ts';
import { freePort } from '../server/launcher/ports.ts';
import type { Executor } from '../server/db/executor.ts';
import { deleteEverything } from '../server/repositories/graph-import.ts';
import { loadSeed } from '../server/import/seed.ts';
import { benchApi } from './api.ts';
import { benchClient } from './client.ts';
import { benchLoad, type LoadOptions } from './load.ts';

const log = (line: string) => console.log(`[bench] ${line}`);

const PARTS = ['api', 'client', 'load'] as const;
const loadOptions: LoadOptions = { clients: 100, seconds: 60 };
const asked: string[] = [];
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index++) {
  const option = /^--(clients|seconds)$/.exec(args[index]!)?.[1] as keyof LoadOptions | undefined;
  if (!option) {
    asked.push(args[index]!);
    continue;
  }
  const value = Number(args[++index]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${option} takes a whole number of 1 or more.`);
    process.exit(2);
  }
  loadOptions[option] = value;
}
const unknown = asked.filter((part) => !(PARTS as readonly string[]).includes(part));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark part: ${unknown.join(', ')}. Parts: ${PARTS.join(', ')} (none means api and client).`,
  );
  process.exit(2);
}
const runs = (part: (typeof PARTS)[number]) => asked.includes(part) || (asked.length === 0 && part !== 'load');

/** Runs `work` against a Neo4j of its own holding the seed. */
async function withSeededDatabase<T>(work: (executor: Executor, uri: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const database = await openDatabase(
    readConfig({ NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir }),
    log,
  );
  try {
    await deleteEverything(database.executor);
    await loadSeed(database.executor, log);
    return await work(database.executor, database.neo4j!.uri);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const apiLines = runs('api') ? await withSeededDatabase((executor, uri) => benchApi(executor, uri, log)) : [];
const loadLines = runs('load')
  ? await withSeededDatabase((executor, uri) => benchLoad(executor, uri, log, loadOptions))
  : [];
const clientLines = runs('client') ? await benchClient(log) : [];
if (runs('api')) {
  console.log('\nAPI (GraphQL over HTTP vs the same Cypher through the bare driver; target p50 <= 1.2x):');
  for (const line of apiLines) console.log(`  ${line}`);
}
if (runs('client')) {
  console.log(
    '\nClient in Chromium (Atlas graph engine, layout in a worker, vs bare Cytoscape, layout on the page; ' +
      'targets: first render <= bare + 200 ms, >= 30 fps at 5,000 nodes):',
  );
  for (const line of clientLines) console.log(`  ${line}`);
}
if (runs('load')) {
  console.log(
    `\nLoad: ${loadOptions.clients} clients for ${loadOptions.seconds} s, 90 % reads (search, neighbourhood depth 2, ` +
      'paths) and 10 % logInteraction, API vs the same Cypher through the bare driver; target 0 errors, p99 <= 1 s:',
  );
  for (const line of loadLines) console.log(`  ${line}`);
}
