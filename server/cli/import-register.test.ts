/**
 * A public register and the ready-made council layer through `npm run import`, as a user runs it:
 * a real process against the test Neo4j, with flags only; what it prints and its exit status.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../repositories/graph-import.ts';
import { searchEntities } from '../repositories/entity-lookup.ts';
import { toGraphFilter } from '../repositories/filters.ts';
import { neighbourhood } from '../repositories/graph.ts';
import { runImport } from '../testing/cli.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { EXIT_STATUS } from './run.ts';

let executor: Executor;
let folder: string;
let councils: string;

beforeAll(async () => {
  executor = await seededExecutor();
  folder = mkdtempSync(join(tmpdir(), 'atlas-import-register-'));
  councils = join(folder, 'councils.csv');
  // A register whose County column names other rows, by code or by name.
  writeFileSync(
    councils,
    [
      'Name,Tier,GSS code,County',
      'Northmoor County Council,Council,E10000901,',
      'Eastmoor District Council,Council,E07000901,E10000901',
      'Westmoor District Council,Council,E07000902,Northmoor County Council',
    ].join('\n'),
  );
}, 120_000);
afterAll(async () => {
  await executor.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('a council register with flags only', () => {
  it('names the flag for its one decision, and writes nothing', async () => {
    const before = await countGraph(executor);
    const result = await runImport(councils, '--column', 'type=Tier');
    expect(result.status).toBe(EXIT_STATUS.REFUSED);
    expect(result.stdout).toContain('--default-sector');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await countGraph(executor)).toEqual(before);
  });

  it('imports its codes as identifiers and its County column as relationships', async () => {
    const result = await runImport(
      councils,
      ...['--column', 'type=Tier', '--default-sector', 'local-government'],
      ...['--column', 'GSS code=identifier:gss', '--column', 'County=relationship:PART_OF'],
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(EXIT_STATUS.OK);
    expect((await searchEntities(executor, 'E07000901', null, 5)).ids).toEqual(['body:eastmoor-district-council']);
    const links = await neighbourhood(executor, 'body:northmoor-county-council', 1, toGraphFilter({}));
    expect(links.edges.map((edge) => `${edge.source} ${edge.type} ${edge.target}`).sort()).toEqual([
      'body:eastmoor-district-council PART_OF body:northmoor-county-council',
      'body:westmoor-district-council PART_OF body:northmoor-county-council',
    ]);
  });
});

describe('npm run import -- --layer uk-councils', () => {
  it('lists its changes and the names it leaves out on a dry run, and writes nothing', async () => {
    const before = await countGraph(executor);
    const result = await runImport('--layer', 'uk-councils', '--dry-run');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(EXIT_STATUS.OK);
    expect(result.stdout).toMatch(/Layer uk-councils \(UK councils\), version [\d.]+ of [\d-]+: \d+ stakeholders/);
    expect(result.stdout).toContain(
      'left out: uk-councils: 2 rows (row 7 (AGY), row 394 (SWA)): alt-names: damaged text (a character lost or mis-encoded',
    );
    expect(result.stdout).toContain('row 7 (AGY): "Sir Ynys Mï¿½n" has damaged text');
    expect(result.stdout).toContain('new source source:mysociety-uk-local-authorities');
    expect(result.stdout).toContain('Dry run: nothing was written.');
    expect(await countGraph(executor)).toEqual(before);
  });

  it('imports, and a second time changes nothing', async () => {
    const first = await runImport('--layer', 'uk-councils');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(EXIT_STATUS.OK);
    expect(first.stdout).toMatch(/Imported in [\d.]+ s\./);
    const after = await countGraph(executor);
    const again = await runImport('--layer', 'uk-councils');
    expect(again.status).toBe(EXIT_STATUS.OK);
    expect(again.stdout).toContain('Nothing to change: the atlas holds this version of the layer already.');
    expect(await countGraph(executor)).toEqual(after);
  });

  it('refuses an unknown layer with the ones there are, and exits 2', async () => {
    const result = await runImport('--layer', 'uk-parishes');
    expect(result.status).toBe(EXIT_STATUS.USAGE);
    expect(result.stderr).toContain('there is no ready-made layer "uk-parishes" (there is: uk-councils)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
