/** `npm run import` as a user runs it: a real process importing the example Kumu sheets into the test Neo4j. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../build/client.ts';
import { countGraph } from '../repositories/graph-import.ts';
import { runImport } from '../testing/cli.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';

const EXAMPLES = join(ROOT_DIR, 'docs/examples/import');
const FILES = [join(EXAMPLES, 'kumu-elements.csv'), join(EXAMPLES, 'kumu-connections.csv')];

let executor: Executor;
let folder: string;

beforeAll(async () => {
  executor = await seededExecutor();
  folder = mkdtempSync(join(tmpdir(), 'atlas-import-cli-'));
});
afterAll(async () => {
  await executor.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('npm run import', () => {
  it("reads Kumu's Organisation as an unclassified body, saves the mapping to edit, and writes nothing on a dry run", async () => {
    const before = await countGraph(executor);
    const saved = join(folder, 'mapping.json');
    const result = await runImport(...FILES, '--dry-run', '--save-mapping', saved);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[import] kumu-elements.csv: csv, 8 elements, 0 connections');
    expect(result.stdout).toContain('Mapping guessed from the column names');
    expect(result.stdout).toContain(
      'Note: 6 unclassified bod(ies) without a sector get the sector "unknown"; editors find them under "To classify"',
    );
    expect(result.stdout).toContain('Dry run: nothing was written.');
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({
      elements: { name: 'Label', type: 'Type', description: 'Description', id: 'ID' },
      connections: {
        from: 'From',
        to: 'To',
        type: 'Type',
        validFrom: 'Start',
        validTo: 'End',
        confidence: 'Confidence',
      },
      values: { elementType: { Organisation: 'BODY:unclassified' } },
    });
    expect(await countGraph(executor)).toEqual(before);
  });

  it('imports with an edited mapping, matching the stakeholders the atlas has, and only once', async () => {
    const mapping = JSON.parse(readFileSync(join(folder, 'mapping.json'), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    mapping.values!.elementType = { Organisation: 'BODY:network' };
    mapping.defaults = { sector: 'local-government' };
    const edited = join(folder, 'edited.json');
    writeFileSync(edited, JSON.stringify(mapping));
    const before = await countGraph(executor);

    const result = await runImport(...FILES, '--mapping', edited);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Mapping from --mapping');
    // Socitm, the LGA (by its expansion), LocalGov Digital and the Local CIO Council are in the seed.
    expect(result.stdout).toContain(
      '4 new stakeholders (0 possible duplicates), 4 already in the atlas, 10 relationships',
    );
    expect(result.stdout).toMatch(
      /Imported; the facts cite source:import-kumu-elements-[0-9a-f]{10}, source:import-kumu-connections-[0-9a-f]{10}\./,
    );
    const after = await countGraph(executor);
    expect(after.labels.Entity).toBe(before.labels.Entity! + 4);

    const again = await runImport(...FILES);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Mapping remembered from the last import of this layout');
    expect(again.stdout).toContain(
      '0 new stakeholders (0 possible duplicates), 8 already in the atlas, 10 relationships',
    );
    const { labels, types } = await countGraph(executor);
    expect({ ...labels, AuditEntry: 0 }).toEqual({ ...after.labels, AuditEntry: 0 });
    expect({ ...types, CONCERNS: 0 }).toEqual({ ...after.types, CONCERNS: 0 });
  });

  it('says how to use it when the options are wrong', async () => {
    const unknown = await runImport(FILES[0]!, '--colour', 'red');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    expect(unknown.stderr).toContain('Usage: npm run import');
    const decide = await runImport(FILES[0]!, '--decide', 'row 4');
    expect(decide.status).toBe(2);
    expect(decide.stderr).toContain('--decide "row 4" must look like');
  });
});
