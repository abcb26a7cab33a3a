import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAtlasFile, type AtlasFile, type AtlasList } from '../../core/import/atlas-file.ts';
import { validateAtlasFiles } from '../../core/import/validate.ts';
import { ConstraintViolationError } from '../db/errors.ts';
import type { Executor } from '../db/executor.ts';
import { getEdges, getNodes, network } from '../repositories/graph.ts';
import { toGraphFilter } from '../repositories/filters.ts';
import { countGraph } from '../repositories/graph-import.ts';
import { emptyDatabase, testExecutor } from '../testing/database.ts';
import { loadSeed, readSeed, SEED_DATA_DIR, SEED_SOURCE_DIR } from './seed.ts';

const quiet = () => {};
let executor: Executor;

beforeAll(async () => {
  executor = await testExecutor();
  await emptyDatabase(executor);
});
afterAll(() => executor.close());

type Dump = { element: string; id: string; labels: string[]; properties: Record<string, unknown> }[];
const dump = () => executor.read('import/dump-graph') as Promise<Dump>;

/** The seed's data files as read from disk, named as the pipeline names them, and its source texts. */
const seedFiles: AtlasFile[] = readdirSync(SEED_DATA_DIR, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => readAtlasFile(join('seed/data', name), readFileSync(join(SEED_DATA_DIR, name), 'utf8')));
const seedTexts = new Map(
  readdirSync(SEED_SOURCE_DIR).map((name) => [name, readFileSync(join(SEED_SOURCE_DIR, name), 'utf8')]),
);
const fileOf = (name: string) => seedFiles.find((file) => file.file === name)!;

/** The real seed with one list of one file replaced, validated as the pipeline validates it. */
function validateWith(name: string, list: AtlasList, records: unknown[]) {
  const files = seedFiles.map((file) => (file.file === name ? { ...file, [list]: records } : file));
  return validateAtlasFiles(files, seedTexts, 'seed/sources/');
}

describe('seed validation', () => {
  it('finds no problem in the curated seed: schemas, references and every quote in its source', () => {
    const { problems, records, files } = readSeed();
    expect(problems).toEqual([]);
    expect(records.entities.length).toBeGreaterThan(50);
    expect(records.relationships.length).toBeGreaterThan(100);
    expect(files).toEqual(seedFiles.map((file) => file.file));
  });

  it('holds the records it held as TypeScript: 5 sources, 90 entities with 19 aliases, 143 relationships', () => {
    const { records } = readSeed();
    expect(records.sources).toHaveLength(5);
    expect(records.entities).toHaveLength(90);
    expect(records.entities.flatMap((entity) => entity.aliases)).toHaveLength(19);
    expect(records.relationships).toHaveLength(143);
    expect(new Set(records.sources.map((source) => source.fileName))).toEqual(new Set(seedTexts.keys()));
  });

  it('reports a quote that is not in its source, and tolerates different whitespace', () => {
    const name = 'seed/data/relationships/influence.yaml';
    const [first, ...rest] = fileOf(name).relationships as { citations: { quote: string }[] }[];
    const misquoted = structuredClone(first!);
    misquoted.citations[0]!.quote = 'words that the source never said';
    const rewrapped = structuredClone(rest[0]!);
    rewrapped.citations[0]!.quote = rewrapped.citations[0]!.quote.replace(/ /g, '\n  ');
    const { problems } = validateWith(name, 'relationships', [misquoted, rewrapped]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'citations.0.quote', file: name });
    expect(problems[0]!.reason).toContain('quote not found');
  });

  it('rejects an id used twice across files', () => {
    const bodies = fileOf('seed/data/bodies.yaml').entities;
    const people = fileOf('seed/data/people.yaml').entities;
    const body = bodies[0] as { id: string };
    const person = { ...(people[0] as object) };
    const duplicate = { ...person, id: body.id.replace('body:', 'person:') };
    const { problems } = validateWith('seed/data/people.yaml', 'entities', [
      ...people,
      duplicate,
      { ...(bodies[0] as object) },
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          record: body.id,
          field: 'id',
          reason: 'duplicate id (also in seed/data/bodies.yaml)',
        }),
      ]),
    );
  });
});

describe('seed load on a real Neo4j', () => {
  it('loads every record, and loading again changes nothing', async () => {
    await emptyDatabase(executor);
    const { records } = readSeed();
    const progress: string[] = [];
    await loadSeed(executor, (line) => progress.push(line));
    expect(progress.some((line) => line.includes(`relationships: ${records.relationships.length}/`))).toBe(true);

    const counts = await countGraph(executor);
    expect(counts.labels.Entity).toBe(records.entities.length);
    expect(counts.labels.Source).toBe(records.sources.length);
    const relationshipTotal = Object.entries(counts.types)
      .filter(([type]) => type !== 'HAS_ALIAS')
      .reduce((sum, [, count]) => sum + count, 0);
    expect(relationshipTotal).toBe(records.relationships.length);

    const before = await dump();
    await loadSeed(executor, quiet);
    expect(await countGraph(executor)).toEqual(counts);
    expect(await dump()).toEqual(before);
  });

  it('lets the uniqueness constraint reject an entity id already taken', async () => {
    const attempt = executor.write('entities/create-entity', {
      id: 'body:socitm',
      label: 'Body',
      properties: { kind: 'BODY', name: 'Another Socitm' },
      aliases: [],
      actor: { id: null, name: 'test' },
    });
    await expect(attempt).rejects.toBeInstanceOf(ConstraintViolationError);
  });

  it('stores no telephone number or e-mail address anywhere', async () => {
    const strings = (await dump()).flatMap(({ properties }) =>
      Object.values(properties).flatMap((value) => (Array.isArray(value) ? value : [value])),
    );
    const text = strings.filter((value): value is string => typeof value === 'string');
    expect(text.length).toBeGreaterThan(500);
    expect(text.filter((value) => /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/.test(value))).toEqual([]);
    expect(text.filter((value) => /(\+44|\b0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b)/.test(value))).toEqual([]);
  });
});

describe('facts from the five texts', () => {
  const all = toGraphFilter({});
  const edge = async (id: string) => (await getEdges(executor, [id]))[0];

  it('keeps one council across its renames and names it as it was then', async () => {
    const nameIn = async (asOf: string | null) =>
      (await getNodes(executor, ['body:local-cio-council'], toGraphFilter({ asOf })))[0]?.name;
    expect(await nameIn(null)).toBe('Local CIO Council');
    expect(await nameIn('2009')).toBe('Local Government CIO Council');
    expect(await nameIn('2016')).toBe('Local Public Services CIO Council');
  });

  it('records the merger of Socitm Futures Group into the council, cited', async () => {
    const merger = await edge('rel:socitm-futures-group-merged-into-local-cio-council');
    expect(merger).toMatchObject({
      type: 'MERGED_INTO',
      source: 'body:socitm-futures-group',
      target: 'body:local-cio-council',
    });
    expect(merger?.citationQuotes.join(' ')).toMatch(/merger/i);
  });

  it("dates Camden's secretariat April 2016 to March 2017 and shows it only then", async () => {
    const id = 'rel:london-borough-of-camden-provides-secretariat-for-local-digital-coalition';
    expect(await edge(id)).toMatchObject({ validFrom: '2016-04', validTo: '2017-03', dateBasis: 'stated' });
    const edgeIds = async (asOf: string) => (await network(executor, toGraphFilter({ asOf }))).edges.map((e) => e.id);
    expect(await edgeIds('2016-06')).toContain(id);
    expect(await edgeIds('2017-03-15')).toContain(id);
    expect(await edgeIds('2017-06')).not.toContain(id);
    expect(await edgeIds('2015')).not.toContain(id);
  });

  it("holds a person's role: Steve Williams, CIO of Sunderland City Council", async () => {
    expect(await edge('rel:steve-williams-holds-role-at-sunderland-city-council')).toMatchObject({
      type: 'HOLDS_ROLE_AT',
      source: 'person:steve-williams',
      target: 'body:sunderland-city-council',
      role: expect.stringMatching(/CIO/),
    });
  });

  it('reads the run-together names of text 000 with lower confidence and a note', async () => {
    const techuk = await edge('rel:local-cio-council-influences-techuk');
    expect(techuk?.confidence).toBeLessThan(1);
    expect(techuk?.citationQuotes.join(' ')).toContain('DCLGSolaceLocalGov DigitaliNetworkiStandtechUK');
    expect(techuk?.citationNotes?.some(Boolean)).toBe(true);
  });

  it('cites every relationship and names every entity in at least one source', async () => {
    const graph = await network(executor, all);
    expect(graph.edges.every((e) => e.citationSources.length > 0 && e.citationQuotes.every((q) => q.length > 0))).toBe(
      true,
    );
    const entities = (await dump()).filter((row) => row.labels.includes('Entity'));
    expect(entities.every((row) => (row.properties.citationSources as string[]).length > 0)).toBe(true);
  });
});
