/**
 * The network exports over HTTP against the real server and the seeded Neo4j, each read back by an
 * independent parser: NetworkX (GraphML, Cytoscape JSON), graphology-gexf (GEXF 1.3, which NetworkX
 * cannot read), Python's json and csv (Kumu, CSV).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCytoscapeJson } from '../../core/export/cyjs.ts';
import type { App } from '../app.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { as, data, TEST_TOKENS } from '../testing/graphql.ts';
import { readExportGraph } from './network.ts';
import { appWithTestTokens } from '../testing/app.ts';

const READER = fileURLToPath(new URL('./read-export.py', import.meta.url));
const CHAIR = 'rel:jos-creese-chairs-local-cio-council';
const COUNCIL = 'body:local-cio-council';

let executor: Executor;
let app: App;
let server: Server;
let base: string;
let folder: string;

/** python3 or Debian's /usr/bin/python3, whichever imports networkx. */
function pythonWithNetworkx(): string {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-c', 'import networkx']).status === 0) return python;
  }
  throw new Error(
    'These tests read exports with NetworkX: install it (apt-get install python3-networkx; .ci/run does)',
  );
}

beforeAll(async () => {
  executor = await seededExecutor();
  app = appWithTestTokens(executor);
  server = createServer(app.listener);
  // Python takes seconds to start; past the default 5 s the server may close the idle connection
  // just as fetch reuses it (ECONNRESET).
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  folder = mkdtempSync(join(tmpdir(), 'atlas-exports-'));
});
afterAll(async () => {
  await new Promise((closed) => server.close(closed));
  await executor.close();
  rmSync(folder, { recursive: true, force: true });
});

async function download(file: string, query = '', token: string = TEST_TOKENS.viewer): Promise<Response> {
  return fetch(`${base}/export/${file}${query}`, { headers: { authorization: `Bearer ${token}` } });
}

/** JSON printed by read-export.py; the tests check it field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PythonReading = Record<string, any>;

/** Fetches an export and reads it with read-export.py. */
async function readWithPython(kind: string, file: string, query = ''): Promise<PythonReading> {
  const response = await download(file, query);
  expect(response.status).toBe(200);
  const path = join(folder, `${kind}-${file}`);
  writeFileSync(path, await response.text());
  const result = spawnSync(pythonWithNetworkx(), [READER, kind, path, COUNCIL, CHAIR], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

interface Network {
  network: { nodes: { id: string; name: string }[]; edges: { id: string; confidence: number }[] };
}
/** What the API's network query shows under the same filters. */
async function apiNetwork(variables: Record<string, unknown> = {}) {
  const { network } = await data<Network>(
    app,
    `query ($asOf: String, $families: [Family!], $minConfidence: Float) {
      network(asOf: $asOf, families: $families, minConfidence: $minConfidence) {
        nodes { id name }
        edges { id confidence }
      }
    }`,
    variables,
    as('viewer'),
  );
  return network;
}

describe('network exports read by independent parsers', () => {
  it('GraphML: NetworkX reads every stakeholder and relationship with their attributes', async () => {
    const expected = await apiNetwork();
    const read = await readWithPython('graphml', 'network.graphml');
    expect(read).toMatchObject({ directed: true, nodes: expected.nodes.length, edges: expected.edges.length });
    expect(read.node).toMatchObject({ name: 'Local CIO Council', kind: 'BODY' });
    expect(JSON.parse(read.node.namesJson)).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Local Government CIO Council', kind: 'name' })]),
    );
    expect(read.edge).toMatchObject({ type: 'CHAIRS', family: 'MEMBERSHIP', confidence: 1 });
    expect(read.edge.citations).toContain('Jos Creese');
    expect(JSON.parse(read.graph.sourcesJson).length).toBeGreaterThan(0);
  });

  it('GraphML under asOf=2009: fewer relationships, the same as the API, names as they were then', async () => {
    const all = await apiNetwork();
    const then = await apiNetwork({ asOf: '2009' });
    expect(then.edges.length).toBeLessThan(all.edges.length);
    const response = await download('network.graphml', '?asOf=2009');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="stakeholder-atlas-2009.graphml"');
    const read = await readWithPython('graphml', 'network.graphml', '?asOf=2009');
    expect(read).toMatchObject({ nodes: then.nodes.length, edges: then.edges.length });
    expect(read.node).toMatchObject({ label: 'Local Government CIO Council', name: 'Local CIO Council' });
    expect(read.graph).toMatchObject({ asOf: '2009' });
  });

  it('families and minConfidence change the counts as they change the API network', async () => {
    const query = '?families=MEMBERSHIP,governance&minConfidence=0.9';
    const expected = await apiNetwork({ families: ['MEMBERSHIP', 'GOVERNANCE'], minConfidence: 0.9 });
    const read = await readWithPython('graphml', 'network.graphml', query);
    expect(read.edges).toBe(expected.edges.length);
    expect(read.edges).toBeLessThan((await apiNetwork()).edges.length);
    // The same filters repeated instead of comma-separated.
    const repeated = await readWithPython(
      'graphml',
      'network.graphml',
      '?families=MEMBERSHIP&families=GOVERNANCE&minConfidence=0.9',
    );
    expect(repeated.edges).toBe(expected.edges.length);
  });

  it('GEXF 1.3: graphology-gexf reads nodes, edges, attributes and periods', async () => {
    const expected = await apiNetwork();
    const response = await download('network.gexf');
    expect(response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    const text = await response.text();
    expect(text).toMatch(/<gexf xmlns="http:\/\/gexf.net\/1.3"[^>]* version="1.3"/);
    const graph = parseGexf(Graph, text);
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(expected.nodes.length);
    expect(graph.size).toBe(expected.edges.length);
    expect(graph.getNodeAttributes(COUNCIL)).toMatchObject({ label: 'Local CIO Council', kind: 'BODY' });
    expect(graph.getEdgeAttributes(CHAIR)).toMatchObject({ label: 'CHAIRS', family: 'MEMBERSHIP', confidence: 1 });
    expect(graph.source(CHAIR)).toBe('person:jos-creese');
    // Jos Creese chaired from 2008: the timeline starts then.
    expect(text).toMatch(new RegExp(`<edge id="${CHAIR}"[^>]* start="2008-01-01"`));
  });

  it('Cytoscape JSON: NetworkX builds the directed multigraph with every attribute', async () => {
    const expected = await apiNetwork();
    const read = await readWithPython('cyjs', 'network.cyjs');
    expect(read).toMatchObject({ directed: true, nodes: expected.nodes.length, edges: expected.edges.length });
    expect(read.node).toMatchObject({ id: COUNCIL, name: 'Local CIO Council', kind: 'BODY' });
    expect(read.edge).toMatchObject({ type: 'CHAIRS', source: 'person:jos-creese', target: COUNCIL, confidence: 1 });
  });

  it('Kumu JSON and the CSVs: Python reads the same stakeholders and relationships', async () => {
    const expected = await apiNetwork();
    const kumu = await readWithPython('kumu', 'network.kumu.json');
    expect(kumu).toMatchObject({ nodes: expected.nodes.length, edges: expected.edges.length });
    expect(kumu.node).toMatchObject({ label: 'Local CIO Council', type: 'Body' });
    expect(kumu.edge).toMatchObject({ from: 'person:jos-creese', to: COUNCIL, direction: 'directed', confidence: 1 });
    const entities = await readWithPython('entities', 'entities.csv');
    expect(entities.rows).toBe(expected.nodes.length);
    expect(entities.row).toMatchObject({ name: 'Local CIO Council', kind: 'BODY' });
    expect(entities.row['names over time']).toContain('Local Government CIO Council');
    const relationships = await readWithPython('relationships', 'relationships.csv');
    expect(relationships.rows).toBe(expected.edges.length);
    expect(relationships.row).toMatchObject({ type: 'CHAIRS', 'from name': 'Jos Creese', confidence: '1' });
  });

  it('the Cytoscape JSON holds the records whole: read back, they equal what was exported', async () => {
    const exported = await readExportGraph(executor, { asOf: '2011' });
    const text = await (await download('network.cyjs', '?asOf=2011')).text();
    expect(readCytoscapeJson(text)).toEqual(exported);
    expect(exported.entities.find((entity) => entity.id === COUNCIL)?.aliases.length).toBeGreaterThan(0);
  });
});

describe('export requests', () => {
  it('answers 400 naming the parameter and why, for each bad parameter', async () => {
    const problems: [string, string][] = [
      ['?minConfidence=2', 'minConfidence: must be between 0 and 1'],
      ['?minConfidence=lots', 'minConfidence: must be a number between 0 and 1'],
      ['?families=FRIENDSHIP', 'families: unknown family "FRIENDSHIP"'],
      ['?colour=red', 'colour: unknown parameter (known: asOf, families, types, minConfidence)'],
      ['?asOf=2009&asOf=2011', 'asOf: must be given once'],
    ];
    for (const [query, error] of problems) {
      const response = await download('network.graphml', query);
      expect(response.status, query).toBe(400);
      await expect(response.json()).resolves.toEqual({ error });
    }
    const asOf = await download('entities.csv', '?asOf=2011-13');
    expect(asOf.status).toBe(400);
    expect(((await asOf.json()) as { error: string }).error).toMatch(/^asOf: /);
    const types = await download('network.gexf', '?types=LIKES');
    expect(((await types.json()) as { error: string }).error).toMatch(/^types: unknown relationship type "LIKES"/);
  });

  it('needs a valid token when tokens are configured; viewers may export the network, not the register', async () => {
    expect((await fetch(`${base}/export/network.graphml`)).status).toBe(401);
    const wrong = await download('network.gexf', '', 'not-a-token-0123456789');
    expect(wrong.status).toBe(401);
    await expect(wrong.json()).resolves.toEqual({ error: 'A valid bearer token is required' });
    expect((await download('relationships.csv')).status).toBe(200);
    expect((await download('register.csv')).status).toBe(403);
    expect((await download('register.csv', '', TEST_TOKENS.editor)).status).toBe(200);
  });
});
