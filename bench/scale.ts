/**
 * API at scale: loads a synthetic network (BENCH_SIZE small, national or large, default national)
 * through importGraph from the generator's records, then measures search, neighbourhood depth 2 of
 * an ordinary council, neighbourhood of the biggest body (capped), paths (5 best) and the network's
 * first page, each through GraphQL in process (yoga.fetch) and as the same Cypher through the bare
 * driver: the queries one API request ran, recorded once, replayed in the same transactions. Rounds
 * alternate between the two. Also prints Cypher round trips per request and this process's RSS.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { SYNTHETIC_SIZE_NAMES, type SyntheticSize } from '../core/synthetic/national-sizes.ts';
import type { GraphRecords } from '../core/records.ts';
import { syntheticRecords } from '../core/synthetic/records.ts';
import { createApp, type App } from '../server/app.ts';
import { loadQueries } from '../server/db/cypher.ts';
import type { Executor } from '../server/db/executor.ts';
import { InfluenceCache } from '../server/influence/cache.ts';
import { importGraph } from '../server/repositories/graph-import.ts';
import { GraphIndexCache } from '../server/repositories/graph-index.ts';
import { readGraphVersion } from '../server/repositories/graph-version.ts';
import { recording, replay, type Recorded } from './recording.ts';
import { measure, summarise, type Stats } from './stats.ts';

const ROUNDS = 3;
/** Concurrent clients for the throughput figure (2 cores: more only queues). */
const CONCURRENCY = 4;

interface Scenario {
  name: string;
  target: number;
  query: string;
  variables: Record<string, unknown>;
}

async function ask(app: App, scenario: Scenario): Promise<void> {
  const response = await app.yoga.fetch('http://atlas.bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' },
    body: JSON.stringify({ query: scenario.query, variables: scenario.variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`${scenario.name}: ${JSON.stringify(body.errors)}`);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Imports the synthetic network of `size` and says how long it took. */
async function importSynthetic(executor: Executor, size: SyntheticSize, lines: string[], log: (line: string) => void) {
  const records = syntheticRecords(size);
  log(`scale: importing the ${size} synthetic network...`);
  const started = performance.now();
  await importGraph(executor, records, { actor: 'bench' });
  lines.push(
    `import ${size}: ${records.entities.length} entities, ${records.relationships.length} relationships in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s (importGraph from the generator's records)`,
  );
  return records;
}

/**
 * The subjects, from the records: an ordinary council (median degree among councils), the body with
 * the most relationships, a person and a council far apart for paths.
 */
function pickSubjects(records: GraphRecords, lines: string[]) {
  const degree = new Map<string, number>();
  for (const relationship of records.relationships) {
    for (const end of [relationship.from, relationship.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  const councils = records.entities
    .filter((entity) => entity.kind === 'BODY' && entity.type === 'council')
    .sort((a, b) => (degree.get(a.id) ?? 0) - (degree.get(b.id) ?? 0));
  const council = councils[Math.floor(councils.length / 2)]!;
  const hub = records.entities.reduce((best, entity) =>
    (degree.get(entity.id) ?? 0) > (degree.get(best.id) ?? 0) ? entity : best,
  );
  const person = records.entities.find(
    (entity) => entity.kind === 'PERSON' && (degree.get(entity.id) ?? 0) >= 2 && entity.id !== hub.id,
  )!;
  const farCouncil = councils[councils.length - 1]!;
  const searchText = council.name!.split(' ')[0]!;
  lines.push(
    `subjects: council ${council.id} (${degree.get(council.id)} relationships), supernode ${hub.id} ` +
      `(${degree.get(hub.id)}), paths ${person.id} to ${farCouncil.id}, search "${searchText}"`,
  );
  return { council: council.id, hub: hub.id, person: person.id, farCouncil: farCouncil.id, searchText };
}

function scenariosFor(subjects: ReturnType<typeof pickSubjects>): Scenario[] {
  const graphFields = 'nodes { id name kind type degree } edges { id source target type confidence validFrom }';
  return [
    {
      name: 'search',
      target: 20,
      query: 'query ($text: String!) { search(text: $text) { id name kind } }',
      variables: { text: subjects.searchText },
    },
    {
      name: 'neighbourhood depth 2',
      target: 50,
      query: `query ($id: ID!) { neighbourhood(id: $id, depth: 2) { ${graphFields} truncated collapsed { nodeId type count } } }`,
      variables: { id: subjects.council },
    },
    {
      name: 'supernode (capped)',
      target: 100,
      query: `query ($id: ID!) { neighbourhood(id: $id) { ${graphFields} truncated collapsed { nodeId type count } } }`,
      variables: { id: subjects.hub },
    },
    {
      name: 'paths (5 best)',
      target: 200,
      query: `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 5) { cost nodes { id name } edges { id type } } }`,
      variables: { from: subjects.person, to: subjects.farCouncil },
    },
    {
      name: 'network first page',
      target: Infinity,
      query: `query { network { ${graphFields} nextCursor totals { nodes edges } } }`,
      variables: {},
    },
  ];
}

/** The graph index of the current version, built before the apps that read it are measured. */
async function buildGraphIndex(executor: Executor, lines: string[]): Promise<GraphIndexCache> {
  const graphIndex = new GraphIndexCache(executor);
  const building = performance.now();
  graphIndex.at(await readGraphVersion(executor));
  await graphIndex.settled();
  lines.push(
    `graph index built in ${((performance.now() - building) / 1000).toFixed(1)} s ` +
      `(RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB after)`,
  );
  return graphIndex;
}

interface ScaleRun {
  executor: Executor;
  driver: Driver;
  influence: InfluenceCache;
  /** Answers from the response cache once asked. */
  app: App;
  /** No response cache, so every request is answered anew. */
  firstAnswers: App;
  queries: ReturnType<typeof loadQueries>;
}

/** One scenario, ROUNDS rounds alternating the bare driver and the API; its line of the report. */
async function measureScenario(run: ScaleRun, scenario: Scenario): Promise<string> {
  const { executor, influence, app, firstAnswers } = run;
  const counts = { one: 20, many: 20 };
  const recorded: Recorded[] = [];
  const recorder = createApp({ executor: recording(executor, recorded), influence, graphIndex: null });
  // Closed after its one scenario: an app's feed listens to every commit of the executor.
  await ask(recorder, scenario).finally(() => recorder.feed.close());
  const transactions = new Set(recorded.map((entry) => entry.transaction)).size;
  const bare = replay(run.driver, recorded, run.queries);
  const api = () => ask(firstAnswers, scenario);
  const cached = () => ask(app, scenario);
  const latency = { api: [] as Stats[], cached: [] as Stats[], bare: [] as Stats[] };
  const throughput = { api: [] as Stats[], bare: [] as Stats[] };
  for (let round = 0; round < ROUNDS; round++) {
    const warmup = round === 0 ? 5 : 0;
    latency.bare.push(await measure(bare, counts.one, 1, warmup));
    latency.api.push(await measure(api, counts.one, 1, warmup));
    latency.cached.push(await measure(cached, counts.one, 1, warmup));
    throughput.bare.push(await measure(bare, counts.many, CONCURRENCY, 0));
    throughput.api.push(await measure(api, counts.many, CONCURRENCY, 0));
  }
  const [a, c, b] = [summarise(latency.api), summarise(latency.cached), summarise(latency.bare)];
  const [ta, tb] = [summarise(throughput.api), summarise(throughput.bare)];
  const verdict = Number.isFinite(scenario.target)
    ? ` (target <= ${scenario.target} ms: ${a.p50 <= scenario.target ? 'met' : 'missed'})`
    : '';
  return (
    `${scenario.name.padEnd(22)} | API first answer p50 ${ms(a.p50)}${verdict}, p95 ${ms(a.p95)} | ` +
    `answer cached p50 ${ms(c.p50)} | bare p50 ${ms(b.p50)}, p95 ${ms(b.p95)} | ` +
    `overhead p50 ${(a.p50 / b.p50).toFixed(2)}x | throughput at ${CONCURRENCY} clients (first answers) ` +
    `${ta.throughput.toFixed(1)}/s vs ${tb.throughput.toFixed(1)}/s = ${(ta.throughput / tb.throughput).toFixed(2)}x | ` +
    `bare: ${recorded.length} queries in ${transactions} transactions`
  );
}

export async function benchScale(executor: Executor, uri: string, log: (line: string) => void): Promise<string[]> {
  const size = (process.env.BENCH_SIZE ?? 'national') as SyntheticSize;
  if (!SYNTHETIC_SIZE_NAMES.includes(size))
    throw new Error(`BENCH_SIZE must be one of ${SYNTHETIC_SIZE_NAMES.join(', ')}`);
  const lines: string[] = [];
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const records = await importSynthetic(executor, size, lines, log);
    const scenarios = scenariosFor(pickSubjects(records, lines));
    const influence = new InfluenceCache(executor, { pollMs: 0 });
    const graphIndex = await buildGraphIndex(executor, lines);
    const run: ScaleRun = {
      executor,
      driver,
      influence,
      app: createApp({ executor, influence, graphIndex }),
      // First answers: no response cache, so every request is answered anew (from the graph index
      // where the API has one), as a question nobody asked yet would be.
      firstAnswers: createApp({ executor, influence, graphIndex, responseCacheBytes: 0 }),
      queries: loadQueries(),
    };
    // BENCH_ONLY=search,paths runs only the scenarios whose names start so (for quick checks).
    const only = process.env.BENCH_ONLY?.split(',').filter((name) => name !== '');
    for (const scenario of scenarios.filter((entry) => !only || only.some((name) => entry.name.startsWith(name)))) {
      log(`scale: ${scenario.name}...`);
      lines.push(await measureScenario(run, scenario));
    }
    const rss = process.memoryUsage().rss / 1024 / 1024;
    lines.push(`server RSS after the run: ${rss.toFixed(0)} MB (target <= 600 MB; Neo4j runs in its own JVM)`);
    await influence.close();
  } finally {
    await driver.close();
  }
  return lines;
}
