/**
 * Part of `npm run bench -- import`: how the import preview and the UK councils layer fare against a
 * big atlas. A small Kumu-style file (about 6 KB: 100 stakeholders, half of them councils the atlas
 * has, and 60 connections) is previewed (read, map, match, validate; nothing written) first against
 * an empty atlas, the baseline, then against the national synthetic network; then the layer is
 * imported into that network, and imported again (which changes nothing). Targets (issue #24):
 * preview <= 1 s, the layer <= 10 s.
 */
import { syntheticRecords } from '../core/synthetic/records.ts';
import type { Executor } from '../server/db/executor.ts';
import { importLayer } from '../server/import/layers.ts';
import { importUploads } from '../server/import/uploads.ts';
import { deleteEverything, importGraph } from '../server/repositories/graph-import.ts';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function smallFile(councils: readonly string[]) {
  const elements = ['Label,Type,Sector'];
  for (let i = 0; i < 100; i++) {
    const known = councils[(i * 37) % councils.length];
    elements.push(
      i % 2 === 0 && known ? `"${known}",Council,local-government` : `"New stakeholder ${i}",Network,local-government`,
    );
  }
  const connections = ['From,To,Type'];
  for (let i = 0; i < 60; i++) {
    const name = (row: number) => elements[1 + (row % 100)]!.split(',')[0]!;
    connections.push(`${name(i)},${name(i * 7 + 3)},Collaborates with`);
  }
  return [
    { name: 'elements.csv', bytes: new TextEncoder().encode(elements.join('\n')) },
    { name: 'connections.csv', bytes: new TextEncoder().encode(connections.join('\n')) },
  ];
}

async function timePreview(executor: Executor, files: ReturnType<typeof smallFile>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    const report = await importUploads(executor, files, { actor: 'bench', dryRun: true });
    if (report.problems.length > 0) throw new Error(`preview problems: ${JSON.stringify(report.problems.slice(0, 3))}`);
    if (run > 0) times.push(performance.now() - started); // the first run warms the JVM and the plans
  }
  return median(times);
}

export async function benchPreviewAndLayer(executor: Executor, log: (line: string) => void): Promise<string[]> {
  const records = syntheticRecords('national');
  const councils = records.entities
    .filter((entity) => entity.kind === 'BODY' && entity.type === 'council')
    .map((entity) => entity.name);
  const files = smallFile(councils);
  const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
  await deleteEverything(executor);
  log('Import preview: against an empty atlas');
  const empty = await timePreview(executor, files);
  log(`Import preview: loading the national synthetic network (${records.entities.length} entities)`);
  await importGraph(executor, records, { actor: 'bench' });
  const national = await timePreview(executor, files);
  log('UK councils layer: into the national network, then again');
  let started = performance.now();
  const first = await importLayer(executor, 'uk-councils', { actor: 'bench' });
  const firstMs = performance.now() - started;
  started = performance.now();
  const again = await importLayer(executor, 'uk-councils', { actor: 'bench' });
  const againMs = performance.now() - started;
  await deleteEverything(executor);
  return [
    `preview of a ${(bytes / 1024).toFixed(1)} KB file (100 stakeholders, 60 connections), median of ${RUNS}: ` +
      `${seconds(national)} against the national atlas (${records.entities.length.toLocaleString('en-GB')} entities), ` +
      `${seconds(empty)} against an empty one (${(national / empty).toFixed(1)}x); target <= 1 s`,
    `UK councils layer into the national atlas: ${seconds(firstMs)} (${first.changes.length} changes), ` +
      `again ${seconds(againMs)} (${again.changes.length} changes); target <= 10 s`,
  ];
}
