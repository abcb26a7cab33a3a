/**
 * Files other tools wrote (core/import/formats/fixtures/real/), imported by `npm run import` with
 * flags only: what the report asks for, one flag per decision, and what the import then writes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../build/client.ts';
import { countGraph } from '../repositories/graph-import.ts';
import { runImport } from '../testing/cli.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { getEntities } from '../repositories/entity-lookup.ts';

const REAL = join(ROOT_DIR, 'core/import/formats/fixtures/real');
const LES_MISERABLES = join(REAL, 'les-miserables.gexf');
const KARATE = join(REAL, 'karate-club-networkx.graphml');
const KUMU = join(REAL, 'kumu-workbook.xlsx');

let executor: Executor;

beforeAll(async () => {
  executor = await seededExecutor();
});
afterAll(async () => {
  await executor.close();
});

describe('importing files other tools wrote, with flags only', () => {
  it("asks Gephi's Les Misérables for one decision, in a short report, and writes nothing", async () => {
    const before = await countGraph(executor);
    const result = await runImport(LES_MISERABLES, '--dry-run');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('[import] les-miserables.gexf: gexf, 77 elements, 254 connections');
    expect(result.stdout).toContain(
      'elementType (none) in 77 row(s): --default-type body:unclassified (or person, body:<body type>, programme:<programme type>)',
    );
    expect(result.stdout).toContain('relationshipType (none) in');
    // The missing type, the missing relationship type, and the connections left out for their ends:
    // a handful of lines, not one for each of the 254 edges.
    expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(4);
    expect(result.stderr).toMatch(/254 rows \(edge 0, edge 1, edge 2, …\): source: left out because an end/);
    expect(await countGraph(executor)).toEqual(before);
  });

  it('imports Les Misérables with the flags the report names', async () => {
    const before = await countGraph(executor);
    const result = await runImport(
      LES_MISERABLES,
      '--default-type',
      'person',
      '--default-relationship-type',
      'LIAISES_WITH',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Mapping guessed from the column names, with the decisions of the flags');
    expect(result.stdout).toMatch(
      /77 new stakeholders \(\d+ possible duplicates\), 0 already in the atlas, 254 relationships/,
    );
    const after = await countGraph(executor);
    expect(after.labels.Entity).toBe(before.labels.Entity! + 77);
    expect(after.types.LIAISES_WITH).toBe((before.types.LIAISES_WITH ?? 0) + 254);
  });

  it("names NetworkX's unlabelled nodes by their ids, and says so once", async () => {
    const result = await runImport(
      KARATE,
      '--default-type',
      'person',
      '--default-relationship-type',
      'COLLABORATES_WITH',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.match(/without a label/g)).toHaveLength(1);
    expect(result.stdout).toContain('Note: 34 node(s) without a label take their id as their name');
    expect(result.stdout).toMatch(/34 new stakeholders .*, 78 relationships/);
  });

  it("reads a Kumu workbook openpyxl wrote in Kumu's words, with one flag for its one unknown value", async () => {
    const asked = await runImport(KUMU, '--dry-run');
    expect(asked.status).toBe(1);
    expect(asked.stdout).toContain('1 decision(s) to make, one flag each:');
    expect(asked.stdout).toContain(
      'relationshipType "works with" in 2 row(s): --relationship-type "works with=<TYPE>"',
    );

    const result = await runImport(KUMU, '--relationship-type', 'works with=COLLABORATES_WITH');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('5 new stakeholders');
    expect(result.stdout).toContain('confidence: 5 value(s) of "Strength" scaled to 0–1 (divided by 5, the largest)');
    const [council, project] = await getEntities(executor, [
      'body:northshire-county-council',
      'programme:digital-northshire',
    ]);
    expect(council).toMatchObject({ kind: 'BODY', type: 'unclassified', sector: 'unknown' });
    expect(project).toMatchObject({ kind: 'PROGRAMME', type: 'project' });
  });

  it('refuses a wrong flag with what it takes, and exits 2', async () => {
    const result = await runImport(KUMU, '--type', 'Organization=body:charity');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      '--type: "body:charity" is not person, body:<body type> or programme:<programme type>',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const column = await runImport(KUMU, '--column', 'colour=Tags');
    expect(column.status).toBe(2);
    expect(column.stderr).toContain('--column "colour=Tags": elements\' fields are id, name, kind');
  });
});
