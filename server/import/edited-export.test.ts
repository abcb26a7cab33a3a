/**
 * An export edited in another tool: cut down and rewired in NetworkX, so a relationship id the atlas
 * has now names a link between other ends. The import gives it a new id and says so; an Atlas data
 * file with such an id gets a problem naming the record. Never a raw database error; nothing is
 * written on failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphml } from '../../core/export/graphml.ts';
import { readExportGraph } from '../exports/network.ts';
import { countGraph } from '../repositories/graph-import.ts';
import { findRelationshipsById } from '../repositories/relationships.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { importFiles } from './pipeline.ts';
import { importUploads } from './uploads.ts';

const CUT = fileURLToPath(new URL('./cut-export.py', import.meta.url));

let executor: Executor;
let folder: string;

function pythonWithNetworkx(): string {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-c', 'import networkx']).status === 0) return python;
  }
  throw new Error('This test edits an export with NetworkX: install it (apt-get install python3-networkx)');
}

beforeAll(async () => {
  executor = await seededExecutor();
  folder = mkdtempSync(join(tmpdir(), 'atlas-edited-export-'));
});
afterAll(async () => {
  await executor.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('an export edited in another tool', () => {
  it('gives a relationship whose id the atlas uses between other ends a new id, and says so', async () => {
    const exported = join(folder, 'atlas.graphml');
    writeFileSync(exported, graphml(await readExportGraph(executor, {})));
    const edited = join(folder, 'edited.graphml');
    const cut = spawnSync(pythonWithNetworkx(), [CUT, exported, edited], { encoding: 'utf8' });
    expect(cut.stderr).toBe('');
    const moved = JSON.parse(cut.stdout) as { id: string; from: string; to: string; wasFrom: string; wasTo: string };

    const report = await importUploads(
      executor,
      [{ name: 'edited.graphml', bytes: new Uint8Array(readFileSync(edited)) }],
      { actor: 'test', dryRun: false },
    );
    expect(report.problems).toEqual([]);
    expect(report.written).toBe(true);
    const note = report.notes.find((line) => line.includes(`${moved.id} is already the id of`))!;
    expect(note).toContain(`${moved.id} is already the id of ${moved.wasFrom}`);
    const newId = /gets the id (\S+)$/.exec(note)![1]!;
    expect(newId).toBe(`${moved.id}-2`);
    const found = await findRelationshipsById(executor, [moved.id, newId]);
    expect(found.get(moved.id)).toMatchObject({ from: moved.wasFrom, to: moved.wasTo });
    expect(found.get(newId)).toMatchObject({ from: moved.from, to: moved.to });
  });

  it('refuses an Atlas data file reusing a relationship id for other ends, naming the record, and writes nothing', async () => {
    const [existing] = [...(await findRelationshipsById(executor, ['rel:jos-creese-chairs-local-cio-council']))];
    expect(existing).toBeDefined();
    const file = join(folder, 'reused.yaml');
    writeFileSync(
      file,
      [
        'format: stakeholder-atlas/1',
        'sources:',
        '  - { id: "source:edited-note", title: Edited note, publisher: Test, kind: meeting note, date: "2026", dateEstimated: false }',
        'entities:',
        '  - { id: "person:jos-creese", kind: PERSON, name: Jos Creese, citations: [{ source: "source:edited-note", quote: a note }] }',
        '  - id: body:socitm',
        '    kind: BODY',
        '    type: professional-association',
        '    sector: cross-sector',
        '    name: Socitm',
        '    citations: [{ source: "source:edited-note", quote: a note }]',
        'relationships:',
        '  - id: rel:jos-creese-chairs-local-cio-council',
        '    type: CHAIRS',
        '    from: person:jos-creese',
        '    to: body:socitm',
        '    dateBasis: stated',
        '    confidence: 1',
        '    citations: [{ source: "source:edited-note", quote: a note }]',
        '',
      ].join('\n'),
    );
    const before = await countGraph(executor);
    const report = await importFiles(executor, [file], { sourceDir: folder, actor: 'test' });
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([
      {
        file: expect.stringContaining('reused.yaml'),
        record: 'rel:jos-creese-chairs-local-cio-council',
        field: 'id',
        reason: `is already the id of another relationship in the atlas (${existing![1].from} CHAIRS ${existing![1].to}); give this one another id`,
      },
    ]);
    expect(await countGraph(executor)).toEqual(before);
  });
});
