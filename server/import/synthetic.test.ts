import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNational, syntheticFiles } from '../../core/synthetic/national.ts';
import type { Executor } from '../db/executor.ts';
import { countGraph } from '../repositories/graph-import.ts';
import { emptyDatabase, testExecutor } from '../testing/database.ts';
import { importFiles } from './pipeline.ts';

let executor: Executor;
let folder: string;
beforeAll(async () => {
  executor = await testExecutor();
  await emptyDatabase(executor);
  folder = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await executor.close();
});

describe('a synthetic network', () => {
  it('loads through the import pipeline into Neo4j, and loading it again changes nothing', async () => {
    const network = generateNational('small', 3);
    for (const file of syntheticFiles(network, 500)) {
      writeFileSync(join(folder, file.name), JSON.stringify(file.content));
    }
    const options = { sourceDir: folder, actor: 'synthetic' };
    const report = await importFiles(executor, [folder], options);
    expect(report.problems).toEqual([]);
    expect(report.written).toBe(true);
    const counts = await countGraph(executor);
    expect(counts.labels.Entity).toBe(network.entities.length);
    expect(counts.labels.Source).toBe(1);
    const typed = Object.entries(counts.types).filter(([type]) => !['HAS_ALIAS', 'CONCERNS'].includes(type));
    expect(typed.reduce((sum, [, count]) => sum + count, 0)).toBe(network.relationships.length);

    await importFiles(executor, [folder], options);
    expect(await countGraph(executor)).toEqual(counts);
  }, 300_000); // two imports of about 1,200 relationships on a shared test machine
});
