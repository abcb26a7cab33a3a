/**
 * `npm run bench -- import`: a Kumu-style pair of CSV files (elements and connections) imported
 * through the whole pipeline (read, map, match, validate, write in UNWIND batches in one
 * transaction) into an empty embedded Neo4j, beside the bare driver writing the same nodes and
 * relationships with plain UNWIND … CREATE in batches of the same size, sent the same way (three
 * in flight), in the same run: a first run, then rounds alternating the two, medians compared.
 * Target (issue #12): at least 20,000 entities/s and 20,000 relationships/s written. Then the preview
 * of a small file and the UK councils layer against the national atlas (import-preview.ts).
 */
import neo4j from 'neo4j-driver';
import type { Executor } from '../server/db/executor.ts';
import { importUploads } from '../server/import/uploads.ts';
import { benchPreviewAndLayer } from './import-preview.ts';
import {
  deleteEverything,
  IMPORT_BATCH_SIZE as BATCH,
  type ImportProgress,
} from '../server/repositories/graph-import.ts';

const ENTITIES = Number(process.env.BENCH_IMPORT_ENTITIES ?? 20_000);
const RELATIONSHIPS = Number(process.env.BENCH_IMPORT_RELATIONSHIPS ?? 40_000);
const TYPES = ['Council', 'Person', 'Project', 'Network'] as const;

interface Size {
  entities: number;
  relationships: number;
}

/** Deterministic rows: stakeholder i of a type by i, connections from people and councils onwards. */
function files({ entities: ENTITIES, relationships: RELATIONSHIPS }: Size): { elements: string; connections: string } {
  const elements = ['Label,Type,Sector,Start'];
  for (let i = 0; i < ENTITIES; i++) {
    const type = TYPES[i % TYPES.length]!;
    elements.push(`Stakeholder ${i},${type},local-government,${2000 + (i % 25)}`);
  }
  const connections = ['From,To,Type,Confidence'];
  for (let i = 0; i < RELATIONSHIPS; i++) {
    const from = i % ENTITIES;
    const to = (from + 1 + ((i * 7919) % (ENTITIES - 1))) % ENTITIES;
    connections.push(`Stakeholder ${from},Stakeholder ${to},Collaborates with,0.${1 + (i % 9)}`);
  }
  return { elements: elements.join('\n'), connections: connections.join('\n') };
}

async function bareDriver(
  uri: string,
  { entities: ENTITIES, relationships: RELATIONSHIPS }: Size,
): Promise<{ entities: number; relationships: number }> {
  const driver = neo4j.driver(uri);
  const session = driver.session();
  const rows = Array.from({ length: ENTITIES }, (_, i) => ({ id: `bench:${i}`, name: `Stakeholder ${i}` }));
  const links = Array.from({ length: RELATIONSHIPS }, (_, i) => {
    const from = i % ENTITIES;
    return {
      id: `rel:${i}`,
      from: `bench:${from}`,
      to: `bench:${(from + 1 + ((i * 7919) % (ENTITIES - 1))) % ENTITIES}`,
    };
  });
  try {
    await session.run('CREATE CONSTRAINT bench_id IF NOT EXISTS FOR (n:BenchEntity) REQUIRE n.id IS UNIQUE');
    const timed = async (query: string, list: unknown[]) => {
      const started = performance.now();
      // Pipelined as importGraph sends them: up to three batches out before the first answers.
      await session.executeWrite(async (tx) => {
        const pending: Promise<unknown>[] = [];
        for (let start = 0; start < list.length; start += BATCH) {
          pending.push(tx.run(query, { rows: list.slice(start, start + BATCH) }));
          if (pending.length >= 3) await pending.shift();
        }
        await Promise.all(pending);
      });
      return list.length / ((performance.now() - started) / 1000);
    };
    const entities = await timed('UNWIND $rows AS row CREATE (:BenchEntity {id: row.id, name: row.name})', rows);
    const relationships = await timed(
      'UNWIND $rows AS row MATCH (a:BenchEntity {id: row.from}), (b:BenchEntity {id: row.to}) CREATE (a)-[:BENCH_LINK {id: row.id}]->(b)',
      links,
    );
    await session.run('MATCH (n:BenchEntity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    await session.run('DROP CONSTRAINT bench_id IF EXISTS');
    return { entities, relationships };
  } finally {
    await session.close();
    await driver.close();
  }
}

const rate = (count: number, ms: number) => count / (ms / 1000);
const fmt = (perSecond: number) => `${Math.round(perSecond).toLocaleString('en-GB')}/s`;

/** The whole pipeline on the pair of files: rates of the two write steps, and the whole import's time. */
async function pipeline(executor: Executor, size: Size) {
  const { elements, connections } = files(size);
  const uploads = [
    { name: 'elements.csv', bytes: new TextEncoder().encode(elements) },
    { name: 'connections.csv', bytes: new TextEncoder().encode(connections) },
  ];
  await deleteEverything(executor);
  const stepEnded = new Map<ImportProgress['step'], number>();
  const started = performance.now();
  const report = await importUploads(executor, uploads, {
    actor: 'bench',
    dryRun: false,
    onProgress: ({ step, done, total }) => {
      if (done === total) stepEnded.set(step, performance.now());
    },
  });
  const total = performance.now() - started;
  if (!report.written)
    throw new Error(`The import bench's files have problems: ${JSON.stringify(report.problems.slice(0, 3))}`);
  // Steps run one after another in the one transaction: each took from the previous one's end to its own.
  const written = (step: ImportProgress['step']) => stepEnded.get(step)! - stepEnded.get(previousStep(step))!;
  await deleteEverything(executor);
  return {
    entities: rate(size.entities, written('entities')),
    relationships: rate(size.relationships, written('relationships')),
    totalMs: total,
  };
}

/** Full-size rounds after the first, alternating the bare driver and the pipeline; medians count. */
const ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS ?? 3);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const spread = (values: number[]) => `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}`;

export async function benchImport(executor: Executor, uri: string, log: (line: string) => void): Promise<string[]> {
  const size = { entities: ENTITIES, relationships: RELATIONSHIPS };
  const sizes = `${ENTITIES.toLocaleString('en-GB')} elements, ${RELATIONSHIPS.toLocaleString('en-GB')} connections`;
  // A fresh JVM compiles as it goes, and this machine's speed varies from minute to minute: the first
  // full-size import of each way is reported on its own (what the first import after a start gets),
  // then ROUNDS more alternate the two ways and their medians are compared.
  log(`Import: ${sizes}, first run in a fresh Neo4j`);
  const coldBare = await bareDriver(uri, size);
  const cold = await pipeline(executor, size);
  const bare: { entities: number[]; relationships: number[] } = { entities: [], relationships: [] };
  const ours: { entities: number[]; relationships: number[]; totalMs: number[] } = {
    entities: [],
    relationships: [],
    totalMs: [],
  };
  for (let round = 1; round <= ROUNDS; round++) {
    log(`Import: round ${round} of ${ROUNDS}`);
    const b = await bareDriver(uri, size);
    const o = await pipeline(executor, size);
    bare.entities.push(b.entities);
    bare.relationships.push(b.relationships);
    ours.entities.push(o.entities);
    ours.relationships.push(o.relationships);
    ours.totalMs.push(o.totalMs);
    log(
      `  bare ${fmt(b.entities)} entities, ${fmt(b.relationships)} relationships; ` +
        `pipeline ${fmt(o.entities)}, ${fmt(o.relationships)}`,
    );
  }
  const line = (what: 'entities' | 'relationships', label: string) =>
    `${label} ${fmt(median(ours[what])).padStart(10)}  (bare driver ${fmt(median(bare[what]))}, ` +
    `${(median(ours[what]) / median(bare[what])).toFixed(2)}x; rounds ${spread(ours[what])}; target >= 20,000/s)`;
  const previewLines = await benchPreviewAndLayer(executor, log);
  return [
    ...previewLines,
    `${sizes}, median of ${ROUNDS} rounds after a first run:`,
    line('entities', 'entities written:     '),
    line('relationships', 'relationships written:'),
    `whole import (read, map, match, validate, write): ${(median(ours.totalMs) / 1000).toFixed(1)} s, ${fmt(rate(ENTITIES + RELATIONSHIPS, median(ours.totalMs)))} records`,
    `first run in a fresh Neo4j: ${fmt(cold.entities)} entities, ${fmt(cold.relationships)} relationships ` +
      `(bare driver ${fmt(coldBare.entities)}, ${fmt(coldBare.relationships)}); whole import ${(cold.totalMs / 1000).toFixed(1)} s`,
  ];
}

const STEPS: ImportProgress['step'][] = ['sources', 'entities', 'aliases', 'relationships'];
const previousStep = (step: ImportProgress['step']) => STEPS[STEPS.indexOf(step) - 1] ?? step;
