import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cytoscapeJson } from '../../../core/export/cyjs.ts';
import { entitiesCsv, relationshipsCsv } from '../../../core/export/csv.ts';
import { gexf } from '../../../core/export/gexf.ts';
import type { ExportGraph } from '../../../core/export/graph.ts';
import { graphml } from '../../../core/export/graphml.ts';
import { readExportGraph } from '../../exports/network.ts';
import { importUploads } from '../../import/uploads.ts';
import { createApp, type App } from '../../app.ts';
import { loadSeed } from '../../import/seed.ts';
import { countGraph } from '../../repositories/graph-import.ts';
import { emptyDatabase, testExecutor, type Executor } from '../../testing/database.ts';
import { data, gqlUpload, TEST_TOKENS, type GraphQLResult } from '../../testing/graphql.ts';
import { appWithTestTokens } from '../../testing/app.ts';

let executor: Executor;
let app: App;
let secured: App;

beforeAll(async () => {
  executor = await testExecutor();
  app = createApp({ executor });
  secured = appWithTestTokens(executor);
});
afterAll(() => executor.close());
beforeEach(async () => {
  await emptyDatabase(executor);
  await loadSeed(executor, () => {});
});

const REPORT = `
  problems { file record field reason cause decision }
  unmappedValues { field value rows }
  mapping { elements { field column } connections { field column } values { field value mapsTo } defaults { sector elementType relationshipType confidence } }
  mappingOrigin
  files { name format elements connections }
  stakeholders { row name kind entityId outcome reason decided match { id name } }
  counts { newStakeholders matchedStakeholders possibleDuplicates relationships }
  sourceIds
  written
`;
const PREVIEW = `mutation Preview($files: [File!]!, $mapping: ImportMappingInput, $decisions: [ImportDecisionInput!], $sourceId: ID) {
  previewImport(files: $files, mapping: $mapping, decisions: $decisions, sourceId: $sourceId) { ${REPORT} }
}`;
const IMPORT = `mutation Import($files: [File!]!, $mapping: ImportMappingInput, $decisions: [ImportDecisionInput!], $sourceId: ID) {
  importFiles(files: $files, mapping: $mapping, decisions: $decisions, sourceId: $sourceId) { ${REPORT} }
}`;

interface Report {
  problems: { file: string; record: string; field: string; reason: string; cause: string; decision: string }[];
  unmappedValues: { field: string; value: string; rows: number }[];
  mapping: {
    elements: { field: string; column: string }[];
    connections: { field: string; column: string }[];
    values: { field: string; value: string; mapsTo: string }[];
    defaults: Record<string, unknown>;
  };
  mappingOrigin: string;
  files: { name: string; format: string; elements: number; connections: number }[];
  stakeholders: {
    row: string;
    name: string;
    entityId: string;
    outcome: string;
    reason: string | null;
    decided: boolean;
    match: { id: string; name: string } | null;
  }[];
  counts: Record<string, number>;
  sourceIds: string[];
  written: boolean;
}

const ELEMENTS = [
  'Label,Type,Description',
  'Kent County Council,Council,An upper-tier council',
  'Digital Kent,Project,',
  'Local Government Association,Association,',
  'Soctim,Association,',
].join('\n');
const CONNECTIONS = [
  'From,To,Type,Start',
  'Kent County Council,Digital Kent,Runs,2019',
  'Kent County Council,Local Government Association,Member of,2005',
  'Kent County Council,Socitm,Member of,',
].join('\n');

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const FILES = () => [csv('elements.csv', ELEMENTS), csv('connections.csv', CONNECTIONS)];

async function send(
  query: string,
  files: File[],
  variables: Record<string, unknown> = {},
  target = app,
  headers?: Record<string, string>,
): Promise<GraphQLResult<Record<string, Report>>> {
  return gqlUpload<Record<string, Report>>(
    target,
    query,
    { ...variables, files: files.map(() => null) },
    files.map((file, index) => ({ path: `files.${index}`, file })),
    headers,
  );
}
async function report(query: string, files: File[], variables: Record<string, unknown> = {}): Promise<Report> {
  const result = await send(query, files, variables);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

/** The guessed mapping, with "Association" mapped and a sector for bodies: what a user sends after the first preview. */
const MAPPING = {
  elements: [
    { field: 'name', column: 'Label' },
    { field: 'type', column: 'Type' },
    { field: 'description', column: 'Description' },
  ],
  connections: [
    { field: 'from', column: 'From' },
    { field: 'to', column: 'To' },
    { field: 'type', column: 'Type' },
    { field: 'validFrom', column: 'Start' },
  ],
  values: [{ field: 'ELEMENT_TYPE', value: 'Association', mapsTo: 'BODY:professional-association' }],
  defaults: { sector: 'local-government' },
};

describe('import preview', () => {
  it('guesses the mapping and reports each value it cannot map, writing nothing', async () => {
    const before = await countGraph(executor);
    const preview = await report(PREVIEW, FILES());
    expect(preview.files).toEqual([
      { name: 'elements.csv', format: 'csv', elements: 4, connections: 0 },
      { name: 'connections.csv', format: 'csv', elements: 0, connections: 3 },
    ]);
    expect(preview.mappingOrigin).toBe('GUESSED');
    expect(preview.mapping.elements).toEqual(MAPPING.elements);
    expect(preview.mapping.connections).toEqual(MAPPING.connections);
    expect(preview.unmappedValues).toEqual([
      { field: 'SECTOR', value: '', rows: 1 },
      { field: 'ELEMENT_TYPE', value: 'Association', rows: 2 },
    ]);
    expect(preview.problems.map((problem) => `${problem.file}: ${problem.record}: ${problem.field}`)).toEqual([
      'elements.csv: row 2: ',
      'elements.csv: row 4: Type',
      // Kent County Council is left out (no sector), so every connection from it is too.
      'connections.csv: row 2: From',
      'connections.csv: row 3: From',
      'connections.csv: row 4: From',
    ]);
    // Each problem says its cause (what the dialog groups by) and the one decision that settles it.
    expect(preview.problems.map((problem) => [problem.record, problem.cause, problem.decision])).toEqual([
      [
        'row 2',
        'a body needs a sector: map a Sector column, or choose one for bodies without it',
        'Map the value to a sector (Values, in the mapping), or choose one for bodies without it.',
      ],
      [
        'row 4',
        'unknown type "…": map it to a person or a kind of body or programme',
        'Map the value to a kind of stakeholder (Values, in the mapping), or choose one for rows without it.',
      ],
      ...['row 2', 'row 3', 'row 4'].map((row) => [
        row,
        'left out because an end is left out for its own problems (above)',
        'Fix the problems of the rows its ends name (listed with them): nothing else to decide.',
      ]),
    ]);
    expect(preview.written).toBe(false);
    expect(await countGraph(executor)).toEqual(before);
  });

  it('says for each row whether it is new, a stakeholder the atlas has, or may be one', async () => {
    const preview = await report(PREVIEW, FILES(), { mapping: MAPPING });
    expect(preview.problems).toEqual([]);
    expect(preview.stakeholders.map((row) => [row.name, row.outcome, row.match?.id ?? null, row.reason])).toEqual([
      ['Kent County Council', 'NEW', null, null],
      ['Digital Kent', 'NEW', null, null],
      [
        'Local Government Association',
        'MATCHES',
        'body:lga',
        "'LGA' stands for Local Government Association (well-known expansion)",
      ],
      ['Soctim', 'POSSIBLE_DUPLICATE', 'body:socitm', 'two letters swapped in Socitm'],
    ]);
    expect(preview.counts).toEqual({
      newStakeholders: 3,
      matchedStakeholders: 1,
      possibleDuplicates: 1,
      relationships: 3,
    });
  });

  it('refuses a mapping naming an unknown field or a value outside the vocabulary, saying which', async () => {
    const unknownField = await send(PREVIEW, FILES(), {
      mapping: { ...MAPPING, elements: [...MAPPING.elements, { field: 'colour', column: 'Type' }] },
    });
    expect(unknownField.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'mapping.elements.3.field' },
    });
    const badValue = await send(PREVIEW, FILES(), {
      mapping: { ...MAPPING, values: [{ field: 'SECTOR', value: 'Councils', mapsTo: 'space' }] },
    });
    expect(badValue.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(badValue.errors?.[0]!.message).toContain('SECTOR "Councils"');
  });

  it('is for editors only, and keeps CSRF protection', async () => {
    const viewer = await send(PREVIEW, FILES(), {}, secured, {
      authorization: `Bearer ${TEST_TOKENS.viewer}`,
      'x-graphql-yoga-csrf': '1',
    });
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noHeader = await send(PREVIEW, FILES(), {}, app, {});
    expect(noHeader.status).toBe(403);
  });
});

describe('import', () => {
  it('writes everything in one change set citing each row, and changes nothing the second time', async () => {
    const before = await countGraph(executor);
    const first = await report(IMPORT, FILES(), { mapping: MAPPING });
    expect(first.problems).toEqual([]);
    expect(first.written).toBe(true);
    expect(first.sourceIds).toEqual([
      expect.stringMatching(/^source:import-elements-[0-9a-f]{10}$/),
      expect.stringMatching(/^source:import-connections-[0-9a-f]{10}$/),
    ]);
    const after = await countGraph(executor);
    expect(after.labels.Entity).toBe(before.labels.Entity! + 3);
    expect(after.labels.Source).toBe(before.labels.Source! + 2);
    expect(after.labels.AuditEntry).toBe((before.labels.AuditEntry ?? 0) + 1);

    const { entity } = await data<{
      entity: { name: string; citations: { quote: string; source: { title: string } }[] };
    }>(app, '{ entity(id: "body:kent-county-council") { name citations { quote source { title } } } }');
    expect(entity.citations).toEqual([{ quote: 'elements.csv, row 2', source: { title: 'elements.csv' } }]);
    const { neighbourhood } = await data<{ neighbourhood: { edges: { type: string; source: string }[] } }>(
      app,
      '{ neighbourhood(id: "body:lga") { edges { type source } } }',
    );
    expect(neighbourhood.edges).toContainEqual({ type: 'MEMBER_OF', source: 'body:kent-county-council' });

    type Row = { labels: string[] };
    // The audit entry of each change set, and its links, aside.
    const dump = async () =>
      ((await executor.read('import/dump-graph')) as Row[]).filter(
        (row) => !['AuditEntry', 'CONCERNS', 'FeedSequence'].some((label) => row.labels.includes(label)),
      );
    const snapshot = await dump();
    const second = await report(IMPORT, FILES());
    // The mapping is remembered for files of the same layout.
    expect(second.mappingOrigin).toBe('REMEMBERED');
    expect(second.problems).toEqual([]);
    expect(second.stakeholders.every((row) => row.outcome === 'MATCHES')).toBe(true);
    const again = await dump();
    expect(again).toEqual(snapshot);
  });

  it("follows the user's decision on a possible duplicate", async () => {
    const result = await report(IMPORT, FILES(), {
      mapping: MAPPING,
      decisions: [{ row: 'elements.csv: row 5', entityId: 'body:socitm' }],
    });
    expect(result.written).toBe(true);
    expect(result.stakeholders[3]).toMatchObject({ outcome: 'MATCHES', entityId: 'body:socitm', decided: true });
    const { entity } = await data<{ entity: unknown }>(app, '{ entity(id: "body:soctim") { id } }');
    expect(entity).toBeNull();
  });

  it('writes nothing at all when any row has a problem', async () => {
    const before = await executor.read('import/dump-graph');
    const broken = CONNECTIONS + '\nKent County Council,Nowhere,Runs,2019';
    const result = await report(IMPORT, [csv('elements.csv', ELEMENTS), csv('connections.csv', broken)], {
      mapping: MAPPING,
    });
    expect(result.written).toBe(false);
    expect(result.problems).toEqual([
      {
        file: 'connections.csv',
        record: 'row 5',
        field: 'To',
        reason: 'unknown relationship end "Nowhere": no element has this id or name',
        cause: 'unknown relationship end "…": no element has this id or name',
        decision: 'Add the stakeholders it names to the elements, or correct the names in the connections.',
      },
    ]);
    expect(await executor.read('import/dump-graph')).toEqual(before);
  });

  it('cites a chosen source without text instead, and refuses one with text', async () => {
    const withText = await report(PREVIEW, FILES(), { mapping: MAPPING, sourceId: 'source:socitm-lcioc-purpose' });
    expect(withText.problems[0]!.reason).toMatch(/^sourceId: source:socitm-lcioc-purpose has a text/);
    await data(
      app,
      `mutation { createSource(input: { title: "Workshop notes", publisher: "Kent", kind: "meeting note", date: "2024-05" }) { id } }`,
    );
    const chosen = await report(IMPORT, FILES(), { mapping: MAPPING, sourceId: 'source:workshop-notes' });
    expect(chosen.written).toBe(true);
    expect(chosen.sourceIds).toEqual(['source:workshop-notes']);
  });
});

describe('a round trip', () => {
  /** What must survive: everything but citations, which now cite the imported file's rows. */
  const shape = (graph: ExportGraph) => ({
    entities: graph.entities
      .map(({ citations: _, aliases, ...entity }) => ({
        ...entity,
        aliases: aliases.map(({ citations: __, ...alias }) => alias),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    relationships: graph.relationships
      .map(({ citations: _, ...relationship }) => relationship)
      .sort((a, b) => a.id.localeCompare(b.id)),
  });
  const encode = (text: string) => new TextEncoder().encode(text);
  const WRITERS: [string, (graph: ExportGraph) => { name: string; bytes: Uint8Array }[]][] = [
    ['GraphML', (graph) => [{ name: 'network.graphml', bytes: encode(graphml(graph)) }]],
    ['GEXF', (graph) => [{ name: 'network.gexf', bytes: encode(gexf(graph)) }]],
    ['Cytoscape.js JSON', (graph) => [{ name: 'network.cyjs', bytes: encode(cytoscapeJson(graph)) }]],
    [
      'the two CSV files',
      (graph) => [
        { name: 'entities.csv', bytes: encode(entitiesCsv(graph)) },
        { name: 'relationships.csv', bytes: encode(relationshipsCsv(graph)) },
      ],
    ],
  ];

  it.each(WRITERS)('export as %s, then import into an empty database, gives the same graph', async (_, write) => {
    const exported = await readExportGraph(executor, {});
    await emptyDatabase(executor);
    const report = await importUploads(executor, write(exported), { actor: 'test', dryRun: false });
    expect(report.problems).toEqual([]);
    expect(report.written).toBe(true);
    expect(shape(await readExportGraph(executor, {}))).toEqual(shape(exported));
  });
});
