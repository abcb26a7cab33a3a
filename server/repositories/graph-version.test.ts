import { afterAll, beforeAll, expect, it } from 'vitest';
import { entitySchema, relationshipSchema } from '../../core/records.ts';
import { syntheticLinks } from '../../core/graph/synthetic.ts';
import { seededExecutor, testExecutor, type Executor } from '../testing/database.ts';
import { importGraph } from './graph-import.ts';
import { GraphIndexCache } from './graph-index.ts';
import { readGraphVersion } from './graph-version.ts';

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
