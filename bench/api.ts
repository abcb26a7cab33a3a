/**
 * API benchmark: neighbourhood (depth 1 and 2) and search through the real HTTP server, against the
 * same Cypher run through the bare driver, at 1 and 50 concurrent clients, in the same run.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import { createApp } from '../server/app.ts';
import { loadQueries } from '../server/db/cypher.ts';
import type { Executor } from '../server/db/executor.ts';
import { searchQuery } from '../server/repositories/entities.ts';
import { toGraphFilter } from '../server/repositories/filters.ts';
import { compare } from './stats.ts';

interface Scenario {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  /** The Cypher the API runs for it, step by step, through the bare driver. */
  bare: (session: () => Session) => Promise<void>;
}

const CENTRE = 'body:local-cio-council';
const GRAPH =
  'nodes { id name kind type degree } edges { id source target type role validFrom validTo confidence } truncated';

export async function benchApi(executor: Executor, uri: string, log: (line: string) => void): Promise<string[]> {
  const queries = loadQueries();
  const text = (name: string) => queries.get(name)!;
  const filter = toGraphFilter({});
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  const run = async (session: () => Session, name: string, params: Record<string, unknown>) => {
    const open = session();
    try {
      return (await open.executeRead((tx: ManagedTransaction) => tx.run(text(name), params))).records;
    } finally {
      await open.close();
    }
  };
  // The same breadth-first steps as server/repositories/graph.ts: expand per level, then the nodes.
  const bareNeighbourhood = (depth: number) => async (session: () => Session) => {
    await run(session, 'entities/get-entities', { ids: [CENTRE] });
    const seen = new Set([CENTRE]);
    let frontier = [CENTRE];
    for (let level = 0; level <= depth && frontier.length > 0; level++) {
      const next: string[] = [];
      for (const record of await run(session, 'graph/expand-neighbours', { ids: frontier, ...filter })) {
        const edge = record.get('edge') as { source: string; target: string };
        for (const end of [edge.source, edge.target]) {
          if (!seen.has(end) && level < depth) {
            seen.add(end);
            next.push(end);
          }
        }
      }
      frontier = next;
    }
    await run(session, 'graph/get-nodes', { ids: [...seen], ...filter });
  };

  const scenarios: Scenario[] = [
    {
      name: 'neighbourhood depth 1',
      graphql: {
        query: `query ($id: ID!) { neighbourhood(id: $id, depth: 1) { ${GRAPH} } }`,
        variables: { id: CENTRE },
      },
      bare: bareNeighbourhood(1),
    },
    {
      name: 'neighbourhood depth 2',
      graphql: {
        query: `query ($id: ID!) { neighbourhood(id: $id, depth: 2) { ${GRAPH} } }`,
        variables: { id: CENTRE },
      },
      bare: bareNeighbourhood(2),
    },
    {
      name: 'search "socitm"',
      graphql: { query: 'query ($t: String!) { search(text: $t) { id name kind } }', variables: { t: 'socitm' } },
      bare: async (session) => {
        const ids = (
          await run(session, 'entities/search-entities', { query: searchQuery('socitm'), kinds: null, first: 20 })
        ).map((record: Neo4jRecord) => record.get('id') as string);
        await run(session, 'entities/get-entities', { ids });
      },
    },
  ];

  const server = createServer(createApp({ executor, production: true }).listener);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const lines: string[] = [];
  try {
    for (const scenario of scenarios) {
      const body = JSON.stringify(scenario.graphql);
      const viaApi = async () => {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const result = (await response.json()) as { errors?: unknown };
        if (!response.ok || result.errors) throw new Error(`API error: ${JSON.stringify(result)}`);
      };
      const viaDriver = () =>
        scenario.bare(() => driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ }));
      for (const clients of [1, 50]) {
        const total = clients === 1 ? 300 : 1_000;
        log(`api: ${scenario.name}, ${clients} client(s): bare driver and GraphQL over HTTP, alternating...`);
        const [bare, api] = await compare(viaDriver, viaApi, total, clients);
        lines.push(
          `${scenario.name.padEnd(24)} ${String(clients).padStart(2)} client(s) | ` +
            `p50 ${api.p50.toFixed(2)} ms vs ${bare.p50.toFixed(2)} ms = ${(api.p50 / bare.p50).toFixed(2)}x | ` +
            `p95 ${api.p95.toFixed(2)} ms vs ${bare.p95.toFixed(2)} ms = ${(api.p95 / bare.p95).toFixed(2)}x | ` +
            `throughput ${api.throughput.toFixed(0)}/s vs ${bare.throughput.toFixed(0)}/s = ${(api.throughput / bare.throughput).toFixed(2)}x`,
        );
      }
    }
  } finally {
    await new Promise((closed) => server.close(closed));
    await driver.close();
  }
  return lines;
}
