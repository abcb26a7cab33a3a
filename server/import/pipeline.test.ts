import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Executor } from '../db/executor.ts';
import { countGraph, importGraph, type ImportProgress } from '../repositories/graph-import.ts';
import { updateEntity } from '../repositories/entities.ts';
import { updateRelationship } from '../repositories/relationships.ts';
import { emptyDatabase, testExecutor } from '../testing/database.ts';
import { syntheticRecords } from '../../core/synthetic/records.ts';
import { importFiles, InvalidImportError, readAtlasData } from './pipeline.ts';
import { SEED_DATA_DIR, SEED_SOURCE_DIR } from './seed.ts';

let executor: Executor;
let folder: string;

beforeAll(async () => {
  executor = await testExecutor();
});
afterAll(() => executor.close());
beforeEach(async () => {
  await emptyDatabase(executor);
  folder = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  return () => rmSync(folder, { recursive: true, force: true });
});

type Dump = { element: string; id: string; labels: string[]; properties: Record<string, unknown> }[];
const dump = () => executor.read('import/dump-graph') as Promise<Dump>;
const options = { sourceDir: SEED_SOURCE_DIR, actor: 'test' };

/** A copy of the seed's data files in the test's folder, with one list of bodies.yaml replaced when asked. */
function copySeed(bodies?: (records: Record<string, unknown>[]) => unknown[]): string {
  const data = join(folder, 'data');
  cpSync(SEED_DATA_DIR, data, { recursive: true });
  if (bodies) {
    const path = join(data, 'bodies.yaml');
    const document = parseDocument(readFileSync(path, 'utf8'));
    document.set('entities', bodies(document.toJS().entities));
    writeFileSync(path, document.toString());
  }
  return data;
}

describe('the import pipeline on a real Neo4j', () => {
  it('lists every problem with file, record and field, and writes nothing', async () => {
    const data = copySeed((records) => [
      { ...records[0], id: 'body:Bad Id' },
      { ...records[1], sector: 'space' },
      { ...records[2], validFrom: '2016-13' },
      ...records.slice(3),
    ]);
    const report = await importFiles(executor, [data], options);
    expect(report.written).toBe(false);
    const bodies = join(data, 'bodies.yaml');
    const fields = report.problems.map((problem) => `${problem.file} ${problem.record} ${problem.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        `${bodies} body:Bad Id id`,
        expect.stringMatching(new RegExp(`^${bodies.replace(/[.]/g, '\\.')} body:[a-z-]+ sector$`)),
        expect.stringMatching(new RegExp(`^${bodies.replace(/[.]/g, '\\.')} body:[a-z-]+ validFrom$`)),
      ]),
    );
    expect(new InvalidImportError('The import', report.problems).message).toContain('has month 13');
    expect((await countGraph(executor)).labels).toEqual({});
  });

  it('writes nothing at all when only one file of the set has a problem', async () => {
    const data = copySeed();
    writeFileSync(join(data, 'broken.yaml'), 'format: stakeholder-atlas/1\nentities:\n  - id: person:x\n   name: X\n');
    const report = await importFiles(executor, [data], options);
    expect(report.problems).toEqual([
      expect.objectContaining({ file: join(data, 'broken.yaml'), reason: expect.stringMatching(/line 4/) }),
    ]);
    expect(report.written).toBe(false);
    expect((await countGraph(executor)).labels).toEqual({});
  });

  it('validates and counts in a dry run, and writes nothing', async () => {
    const report = await importFiles(executor, [copySeed()], { ...options, dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report.written).toBe(false);
    expect(report.records.entities.length).toBeGreaterThan(50);
    expect((await countGraph(executor)).labels).toEqual({});
  });

  it('imports YAML and JSON files together, and importing them again changes nothing', async () => {
    const data = copySeed();
    const people = join(data, 'people.yaml');
    const json = { ...parseDocument(readFileSync(people, 'utf8')).toJS() };
    rmSync(people);
    writeFileSync(join(data, 'people.json'), JSON.stringify(json, null, 2));
    const progress: ImportProgress[] = [];
    const report = await importFiles(executor, [data], { ...options, onProgress: (step) => progress.push(step) });
    expect(report.problems).toEqual([]);
    expect(report.written).toBe(true);
    expect(report.files).toContain(join(data, 'people.json'));
    expect(progress.at(-1)).toEqual({
      step: 'relationships',
      done: report.records.relationships.length,
      total: report.records.relationships.length,
    });
    const counts = await countGraph(executor);
    expect(counts.labels.Person).toBe(json.entities.length);
    expect(counts.labels.Entity).toBe(report.records.entities.length);

    const before = await dump();
    expect((await importFiles(executor, [data], options)).written).toBe(true);
    expect(await countGraph(executor)).toEqual(counts);
    expect(await dump()).toEqual(before);
  });

  it('imports again over its own writes: unedited records follow the file, edited ones keep the edit', async () => {
    const report = await importFiles(executor, [copySeed()], options);
    const [edited, unedited] = report.records.relationships;
    const [editedEntity, uneditedEntity] = report.records.entities;
    const editor = { id: null, name: 'editor' };
    await updateRelationship(executor, edited!.id, 1, { confidence: 0.31 }, editor);
    await updateEntity(executor, editedEntity!.id, 1, { description: 'Edited in the atlas.' }, editor);
    const counts = await countGraph(executor);
    const changed = report.records.relationships.map((record) =>
      record.id === edited!.id || record.id === unedited!.id ? { ...record, confidence: 0.42 } : record,
    );
    const renamed = report.records.entities.map((record) =>
      record.id === editedEntity!.id || record.id === uneditedEntity!.id
        ? { ...record, description: 'Changed in the file.' }
        : record,
    );
    await importGraph(executor, { ...report.records, entities: renamed, relationships: changed }, { actor: 'test' });
    const byId = new Map((await dump()).map((row) => [row.id, row.properties]));
    expect(byId.get(edited!.id)).toMatchObject({ confidence: 0.31, version: 2 });
    expect(byId.get(unedited!.id)).toMatchObject({ confidence: 0.42, version: 1 });
    expect(byId.get(editedEntity!.id)).toMatchObject({ description: 'Edited in the atlas.', version: 2 });
    expect(byId.get(uneditedEntity!.id)).toMatchObject({ description: 'Changed in the file.', version: 1 });
    expect(await countGraph(executor)).toEqual(counts);
  });

  it('adds a new stakeholder with links both ways to existing ones, once however often it is imported', async () => {
    const { records } = await importFiles(executor, [copySeed()], options);
    const before = await countGraph(executor);
    const [person] = records.entities.filter((entity) => entity.kind === 'PERSON');
    const [template] = records.relationships;
    const existing = template!.from;
    const newcomer = { ...person!, id: 'person:newcomer', name: 'A Newcomer', aliases: [] };
    const links = [
      { ...template!, id: 'rel:newcomer-out', from: newcomer.id, to: existing },
      { ...template!, id: 'rel:newcomer-in', from: existing, to: newcomer.id },
    ];
    const later = {
      ...records,
      entities: [...records.entities, newcomer],
      relationships: [...records.relationships, ...links],
    };
    await importGraph(executor, later, { actor: 'test' });
    const after = await countGraph(executor);
    expect(after.labels.Entity).toBe(before.labels.Entity! + 1);
    expect(after.types[template!.type]).toBe(before.types[template!.type]! + 2);
    const ids = (await dump()).map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining(links.map((link) => link.id)));

    const snapshot = await dump();
    await importGraph(executor, later, { actor: 'test' });
    expect(await dump()).toEqual(snapshot);
  });

  it('writes the same records once when two imports of them run at the same time', async () => {
    // Large enough for the two to overlap; the second names no source, so it is not held back
    // behind the first's sources and both create the same entities at once.
    const records = syntheticRecords('small');
    await Promise.all([
      importGraph(executor, records, { actor: 'first' }),
      importGraph(executor, { ...records, sources: [] }, { actor: 'second' }),
    ]);
    const counts = await countGraph(executor);
    expect(counts.labels.Entity).toBe(records.entities.length);
    expect(Object.values(counts.types).reduce((sum, count) => sum + count, 0)).toBe(
      records.relationships.length + (counts.types.HAS_ALIAS ?? 0),
    );
  });

  it('names a path that does not exist, a folder without data files and a missing source text', () => {
    const missing = join(folder, 'nowhere.yaml');
    const data = readAtlasData([missing, folder], options);
    expect(data.problems).toEqual([
      { file: missing, record: '', field: '', reason: 'no such file or folder' },
      { file: folder, record: '', field: '', reason: 'holds no data files (.yaml, .yml, .json)' },
    ]);
    const sources = readAtlasData([join(copySeed(), 'sources.yaml')], { ...options, sourceDir: folder });
    expect(sources.problems).toHaveLength(5);
    expect(sources.problems[0]).toMatchObject({ field: 'fileName', reason: expect.stringContaining(`in ${folder}/`) });
  });
});
