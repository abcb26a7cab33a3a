/**
 * `npm run bench`: each part starts its own Neo4j (free port, temporary data) and prints each
 * measurement as a ratio against a baseline measured in the same run. `npm run bench -- api`,
 * `-- client`, `-- import` or `-- influence` (a synthetic network, BENCH_SIZE=small|national|large)
 * runs one part; none runs those four and `extract`. `npm run bench -- load [--clients 100] [--seconds 60]
 * [--variants per-client,shared]` runs the load benchmark (bench/load.ts; the variants, in this order), `npm run bench -- extract` reading texts (bench/extract.ts, no database) and `npm run bench -- scale` the API on a synthetic network
 * (bench/scale.ts, BENCH_SIZE=small|national, default national); those two only run when asked, as
 * does `npm run bench -- subscriptions [--subscribers 200]`, live delivery over SSE (bench/subscriptions.ts),
 * and `npm run bench -- restart [--clients 100]`, the app restarted under load (bench/restart.ts).
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
import { benchExtract } from './extract.ts';
import { benchImport } from './import.ts';
import { benchInfluence } from './influence.ts';
import { benchLoad, LOAD_VARIANTS, type LoadOptions, type LoadVariant } from './load.ts';
import { benchRestart } from './restart.ts';
import { benchSubscriptions, type SubscriptionOptions } from './subscriptions.ts';
import { benchScale } from './scale.ts';

const log = (line: string) => console.log(`[bench] ${line}`);

const PARTS = ['api', 'client', 'import', 'influence', 'load', 'scale', 'extract', 'subscriptions', 'restart'] as const;
/** Parts that only run when asked by name. */
const ON_REQUEST: readonly string[] = ['load', 'scale', 'subscriptions', 'restart'];
const loadOptions: LoadOptions = { clients: 100, seconds: 60, variants: [...LOAD_VARIANTS] };
const subscriptionOptions: SubscriptionOptions = { subscribers: 200, writesPerSecond: 10, seconds: 20 };
const asked: string[] = [];
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index++) {
  if (args[index] === '--variants') {
    const variants = (args[++index] ?? '').split(',');
    if (variants.some((variant) => !(LOAD_VARIANTS as readonly string[]).includes(variant))) {
      console.error(`--variants takes a comma-separated list of ${LOAD_VARIANTS.join(', ')}.`);
      process.exit(2);
    }
    loadOptions.variants = variants as LoadVariant[];
    continue;
  }
  const option = /^--(clients|seconds|subscribers)$/.exec(args[index]!)?.[1];
  if (!option) {
    asked.push(args[index]!);
    continue;
  }
  const value = Number(args[++index]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${option} takes a whole number of 1 or more.`);
    process.exit(2);
  }
  if (option === 'subscribers') subscriptionOptions.subscribers = value;
  else loadOptions[option as 'clients' | 'seconds'] = value;
}
const unknown = asked.filter((part) => !(PARTS as readonly string[]).includes(part));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark part: ${unknown.join(', ')}. Parts: ${PARTS.join(', ')} (none means all but load, scale, subscriptions and restart).`,
  );
  process.exit(2);
}
const runs = (part: (typeof PARTS)[number]) =>
  asked.includes(part) || (asked.length === 0 && !ON_REQUEST.includes(part));

/** Runs a part against its own Neo4j (free port, temporary data), holding the seed unless told not to. */
async function withDatabase<T>(
  part: (executor: Database['executor'], uri: string) => Promise<T>,
  seed = true,
): Promise<T> {
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

const apiLines = runs('api') ? await withDatabase((executor, uri) => benchApi(executor, uri, log)) : [];
const importLines = runs('import') ? await withDatabase((executor, uri) => benchImport(executor, uri, log), false) : [];
const loadLines = runs('load') ? await withDatabase((executor, uri) => benchLoad(executor, uri, log, loadOptions)) : [];
const restartLines = runs('restart')
  ? await withDatabase((executor, uri) => benchRestart(executor, uri, log, { clients: loadOptions.clients }))
  : [];
const subscriptionLines = runs('subscriptions')
  ? await withDatabase((executor) => benchSubscriptions(executor, log, subscriptionOptions))
  : [];
const clientLines = runs('client') ? await benchClient(log) : [];
const scaleLines = runs('scale') ? await withDatabase((executor, uri) => benchScale(executor, uri, log), false) : [];
const extractLines = runs('extract') ? benchExtract(log) : [];
const influenceLines = runs('influence')
  ? await withDatabase((executor, uri) => benchInfluence(executor, uri, log), false)
  : [];

function print(part: (typeof PARTS)[number], title: string, lines: string[]) {
  if (!runs(part)) return;
  console.log(`\n${title}`);
  for (const line of lines) console.log(`  ${line}`);
}
print('api', 'API (GraphQL over HTTP vs the same Cypher through the bare driver; target p50 <= 1.2x):', apiLines);
print(
  'import',
  'Import into the embedded Neo4j (whole pipeline vs the bare driver writing the same rows):',
  importLines,
);
print(
  'load',
  `Load: ${loadOptions.clients} clients for ${loadOptions.seconds} s, 90 % reads (search, neighbourhood depth 2, ` +
    'paths) and 10 % logInteraction, API vs the same Cypher through the bare driver; target 0 errors, p99 <= 1 s:',
  loadLines,
);
print(
  'subscriptions',
  `Live delivery: ${subscriptionOptions.subscribers} open subscriptions over SSE, ${subscriptionOptions.writesPerSecond} ` +
    `logInteraction writes/s for ${subscriptionOptions.seconds} s, against 1 subscriber in the same run; target p99 <= 1 s:`,
  subscriptionLines,
);
print(
  'restart',
  `Restart under load: ${loadOptions.clients} clients (the load mix, a token each) through a balancer that waits for ` +
    '/ready; the app process stopped and started again over the same Neo4j; target: p99 of the first 15 s after ' +
    '/ready <= 2 s, 0 errors:',
  restartLines,
);
print(
  'client',
  'Client in Chromium (Atlas graph engine, layout in a worker, vs bare Cytoscape, layout on the page, ' +
    'preset positions at the national size; targets at 20,000 nodes: first useful picture <= 5 s, ' +
    'pan/zoom >= 30 fps, selection and search <= 100 ms):',
  clientLines,
);
print(
  'influence',
  `Influence on the synthetic network (BENCH_SIZE=${process.env.BENCH_SIZE ?? 'small'}; cached answer vs reading ` +
    'the network through the bare driver and computing PageRank on the spot; target: cached p50 <= 50 ms):',
  influenceLines,
);
print(
  'scale',
  `API at scale on the synthetic network (BENCH_SIZE=${process.env.BENCH_SIZE ?? 'national'}; GraphQL in process vs ` +
    'the same Cypher through the bare driver; targets p50: search <= 20 ms, neighbourhood <= 50 ms, supernode <= 100 ms, ' +
    'paths <= 200 ms; overhead <= 1.2x, throughput >= 0.8x, RSS <= 600 MB):',
  scaleLines,
);
print(
  'extract',
  'Reading texts (the seed texts against the curated seed; targets: mentions recall >= 95 %, precision >= 90 %; ' +
    'relationships recall >= 60 %, precision >= 50 %; 1 MB against the national atlas <= 1 s, matcher built <= 2 s):',
  extractLines,
);
