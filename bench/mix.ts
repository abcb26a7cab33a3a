/**
 * The load benchmark's mix, as the client uses the API: 90 % reads (search, neighbourhood depth 2,
 * paths, a third each) and 10 % writes (logInteraction). Each operation as a GraphQL request, and as
 * the same Cypher the API runs for it through the bare driver.
 */
import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { loadQueries } from '../server/db/cypher.ts';

export const MIX_OPERATIONS = ['search', 'neighbourhood', 'paths', 'logInteraction'] as const;
export type MixOperation = (typeof MIX_OPERATIONS)[number];

/** Which operation a uniform random number in [0, 1) picks. */
export function pickOperation(random: number): MixOperation {
  if (random < 0.3) return 'search';
  if (random < 0.6) return 'neighbourhood';
  if (random < 0.9) return 'paths';
  return 'logInteraction';
}

const SEARCH_TERMS = ['socitm', 'local', 'lga', 'digital', 'council', 'cio', 'nesta', 'gds', 'solace', 'coalition'];
const GRAPH =
  'nodes { id name kind type degree } edges { id source target type role validFrom validTo confidence } truncated';

export interface MixRequest {
  operation: MixOperation;
  query: string;
  variables: Record<string, unknown>;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** One request of the mix over the seed's entities. */
export function mixRequest(entityIds: readonly string[]): MixRequest {
  const operation = pickOperation(Math.random());
  switch (operation) {
    case 'search':
      return {
        operation,
        query: 'query Search($text: String!) { search(text: $text) { id name kind } }',
        variables: { text: pick(SEARCH_TERMS) },
      };
    case 'neighbourhood':
      return {
        operation,
        query: `query Neighbourhood($id: ID!) { neighbourhood(id: $id, depth: 2) { ${GRAPH} } }`,
        variables: { id: pick(entityIds) },
      };
    case 'paths': {
      const from = pick(entityIds);
      let to = pick(entityIds);
      while (to === from) to = pick(entityIds);
      return {
        operation,
        query:
          'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to) { cost nodes { id name kind } edges { id type source target } } }',
        variables: { from, to },
      };
    }
    case 'logInteraction':
      return {
        operation,
        query: 'mutation LogInteraction($input: InteractionInput!) { logInteraction(input: $input) { id } }',
        variables: {
          input: {
            kind: 'MEETING',
            date: '2016-05-01',
            participants: [pick(entityIds), pick(entityIds)],
            summary: 'Load benchmark meeting',
          },
        },
      };
  }
}

const queries = loadQueries();
/**
 * The mix's write through the bare driver: the Cypher logInteraction runs, without the API's work in
 * JavaScript. (Reads are replayed from recordings of the API's own queries: bench/recording.ts.)
 */
export async function bareWrite(driver: Driver, request: MixRequest): Promise<void> {
  if (request.operation !== 'logInteraction')
    throw new Error(`${request.operation} is a read: replay the API's recorded queries instead`);
  const input = request.variables.input as { participants: string[] } & Record<string, unknown>;
  const participants = [...new Set(input.participants)];
  const id = `interaction:${randomUUID()}`;
  const actor = { id: null, name: 'bench' };
  const session = driver.session({ database: 'neo4j' });
  try {
    // As logInteraction sends them: the four queries together, then the rows.
    await session.executeWrite(async (tx: ManagedTransaction) => {
      const { participants: _participants, ...properties } = input;
      const results = await Promise.all([
        tx.run(queries.get('entities/find-ids')!, { ids: participants }),
        tx.run(queries.get('interactions/create-interaction')!, {
          id,
          properties: { ...properties, outcome: null },
          participants,
          actor,
        }),
        tx.run(queries.get('audit/record-change')!, {
          actor,
          action: 'logInteraction',
          targetId: id,
          entityIds: participants,
          before: null,
          after: JSON.stringify(input),
        }),
        tx.run(queries.get('interactions/get-interactions')!, { ids: [id] }),
      ]);
      for (const result of results) result.records.map((record) => record.toObject());
    });
  } finally {
    await session.close();
  }
}
