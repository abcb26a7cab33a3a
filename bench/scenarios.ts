/**
 * The API benchmark's scenarios: each as a GraphQL request, and as the same Cypher the API runs
 * for it, step by step, through the bare driver.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { loadQueries } from '../server/db/cypher.ts';
import { searchQuery } from '../server/repositories/entity-lookup.ts';
import { toGraphFilter } from '../server/repositories/filters.ts';

export interface Scenario {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  bare: (driver: Driver) => Promise<void>;
}

const CENTRE = 'body:local-cio-council';
const GRAPH =
  'nodes { id name kind type degree } edges { id source target type role validFrom validTo confidence } truncated';
const queries = loadQueries();
const filter = toGraphFilter({});

async function run(driver: Driver, name: string, params: Record<string, unknown>) {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.executeRead((tx: ManagedTransaction) => tx.run(queries.get(name)!, params))).records;
  } finally {
    await session.close();
  }
}

/** The same breadth-first steps as server/repositories/graph.ts: expand per level, then the nodes. */
const bareNeighbourhood = (depth: number) => async (driver: Driver) => {
  await run(driver, 'entities/get-entities', { ids: [CENTRE] });
  const seen = new Set([CENTRE]);
  let frontier = [CENTRE];
  for (let level = 0; level <= depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const record of await run(driver, 'graph/expand-neighbours', { ids: frontier, ...filter })) {
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
  await run(driver, 'graph/get-nodes', { ids: [...seen], ...filter });
};

export const SCENARIOS: Scenario[] = [
  {
    name: 'neighbourhood depth 1',
    graphql: { query: `query ($id: ID!) { neighbourhood(id: $id, depth: 1) { ${GRAPH} } }`, variables: { id: CENTRE } },
    bare: bareNeighbourhood(1),
  },
  {
    name: 'neighbourhood depth 2',
    graphql: { query: `query ($id: ID!) { neighbourhood(id: $id, depth: 2) { ${GRAPH} } }`, variables: { id: CENTRE } },
    bare: bareNeighbourhood(2),
  },
  {
    name: 'search "socitm"',
    graphql: { query: 'query ($t: String!) { search(text: $t) { id name kind } }', variables: { t: 'socitm' } },
    bare: async (driver) => {
      // One query reads the answer whole (the API takes the exact matches from its graph index).
      await run(driver, 'entities/search-entities', {
        query: searchQuery('socitm'),
        identifierQuery: null,
        ids: [],
        kinds: null,
        first: 20,
      });
    },
  },
];
