import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { entitySchema, relationshipSchema } from '../../core/records.ts';
import { syntheticLinks } from '../../core/graph/synthetic.ts';
import { seededExecutor, testExecutor, type Executor } from '../testing/database.ts';
import { createEntity } from './entities.ts';
import { importGraph } from './graph-import.ts';
import { GraphIndexCache } from './graph-index.ts';
import { GraphVersionReads, readGraphVersion } from './graph-version.ts';

const SIZE = 2_000;
const citation = { source: 'source:socitm-lcioc-purpose', quote: 'Local CIO Council' };
const records = {
  sources: [],
  entities: Array.from({ length: SIZE }, (_, index) =>
    entitySchema.parse({
      id: `body:version-test-${index}`,
      kind: 'BODY',
      type: 'council',
      sector: 'local-government',
      name: `Version test council ${index}`,
      citations: [citation],
    }),
  ),
  relationships: syntheticLinks(SIZE).map(([from, to], index) =>
    relationshipSchema.parse({
      id: `rel:version-test-${index}`,
      type: 'COLLABORATES_WITH',
      from: `body:version-test-${from}`,
      to: `body:version-test-${to}`,
      dateBasis: 'stated',
      confidence: 1,
      citations: [citation],
    }),
  ),
};

let writer: Executor;
let reader: Executor;
beforeAll(async () => {
  writer = await seededExecutor();
  // Another driver, as another app instance would read.
  reader = await testExecutor();
});
afterAll(async () => {
  await Promise.all([writer.close(), reader.close()]);
});

it('never lets a reader hold part of a change under the version of all of it', async () => {
  // Neo4j shows a commit to readers while applying it: the version node's new value before the new
  // nodes are in the label index. An index built in that moment is partial; it must not be taken
  // for the graph at the version that follows the import.
  const cache = new GraphIndexCache(reader);
  let importing = true;
  const builds = (async () => {
    while (importing) await cache.current(await readGraphVersion(reader));
  })();
  await importGraph(writer, records, { actor: 'graph version test' });
  importing = false;
  await builds;

  const index = await cache.current(await readGraphVersion(reader));
  expect(index).not.toBeNull();
  expect(records.entities.map(({ id }) => id).filter((id) => !index!.entities.has(id))).toEqual([]);
  const linked = new Set([...index!.links.values()].flat().map((edge) => edge.id));
  expect(records.relationships.map(({ id }) => id).filter((id) => !linked.has(id))).toEqual([]);
}, 120_000);

it('moves the version after each change to the graph, before its writer is answered, with no lock in the change', async () => {
  // Concurrent changes share the move that follows their commits (server/db/executor.ts); a reader
  // building an index meanwhile must still never hold a part of them under the final version.
  const cache = new GraphIndexCache(reader);
  const before = await readGraphVersion(reader);
  let writing = true;
  const builds = (async () => {
    while (writing) await cache.current(await readGraphVersion(reader));
  })();
  const ids = await Promise.all(
    Array.from({ length: 30 }, async (_, index) => {
      const id = await createEntity(
        writer,
        { kind: 'PROGRAMME', name: `Concurrent programme ${index}`, type: 'programme', citations: [citation] },
        { id: null, name: 'graph version test' },
      );
      // Answered: the version has moved past this change, for every reader.
      expect(await readGraphVersion(reader)).not.toBe(before);
      return id;
    }),
  );
  writing = false;
  await builds;
  const index = await cache.current(await readGraphVersion(reader));
  expect(ids.filter((id) => !index!.entities.has(id))).toEqual([]);
}, 120_000);

it('reads the version once for the requests that ask together, and never before a change they asked after', async () => {
  const reads = new GraphVersionReads(reader);
  const transactions = vi.spyOn(reader, 'read');
  try {
    // A burst of requests (a hundred cached answers) shares one or two reads, not a hundred.
    const burst = await Promise.all(Array.from({ length: 100 }, () => reads.read()));
    expect(new Set(burst)).toEqual(new Set([await readGraphVersion(writer)]));
    expect(transactions.mock.calls.length).toBeLessThanOrEqual(2);

    // Changes answered on another instance while reads are under way: each request that asks after
    // one is answered sees it, though a read begun before it may still be running.
    for (let index = 0; index < 5; index += 1) {
      const under = reads.read();
      await createEntity(
        writer,
        { kind: 'PROGRAMME', name: `Version read programme ${index}`, type: 'programme', citations: [citation] },
        { id: null, name: 'graph version test' },
      );
      const moved = await readGraphVersion(writer);
      expect(await reads.read()).toBe(moved);
      await under;
    }
  } finally {
    transactions.mockRestore();
  }
}, 120_000);
