import { precisionOf } from '../../../core/dates.ts';
import { InputError, NotFoundError } from '../../../core/errors.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../../core/vocabulary.ts';
import { toGraphFilter } from '../../repositories/filters.ts';
import { getEdges, interlocks, neighbourhood, neighbours, network, networkTotals } from '../../repositories/graph.ts';
import { findPaths } from '../../repositories/paths.ts';
import { graphAsRecorded } from '../../repositories/recorded.ts';
import { listInterlocks } from '../../repositories/interlocks.ts';
import { findIds } from '../../../core/graph/graph-index-reads.ts';
import type { GraphIndex } from '../../../core/graph/graph-index.ts';
import { createRelationship, retireRelationship, updateRelationship } from '../../repositories/relationships.ts';
import { citationsOf } from '../../../core/storage.ts';
import type { EdgeRow, EntityRow } from '../../repositories/types.ts';
import { requireRole, type Context } from '../context.ts';
import type { DateBasis, Resolvers } from '../generated/resolvers-types.ts';

const DATE_BASIS_IN = { STATED: 'stated', SOURCE_DATE: 'source-date', INFERRED: 'inferred' } as const;
const DATE_BASIS_OUT = { stated: 'STATED', 'source-date': 'SOURCE_DATE', inferred: 'INFERRED' } as const;

/** The API's DateBasis enum to the stored value; a patch that leaves dateBasis out keeps it out. */
function dateBasisIn<T extends { dateBasis?: DateBasis | null }>(input: T) {
  if (!input.dateBasis) return input;
  return { ...input, dateBasis: DATE_BASIS_IN[input.dateBasis] };
}

async function loadEdge(executor: Context['executor'], id: string): Promise<EdgeRow> {
  const [edge] = await getEdges(executor, [id]);
  if (!edge) throw new NotFoundError('relationship', id);
  return edge;
}

/** Whether id names an entity not retired: from the graph index when the request has one. */
async function isLive(context: Context, index: GraphIndex<EdgeRow> | null, id: string): Promise<boolean> {
  if (index) return findIds(index, [id]).some((row) => !row.retired);
  const entity = await context.loaders.entity.load(id);
  return entity !== null && !entity.retiredAt;
}

export const graphResolvers: Resolvers = {
  Query: {
    neighbourhood: async (_, { id, depth, limitPerNode, ...filters }, context) => {
      const filter = toGraphFilter(filters);
      const index = await context.graphIndex();
      if (!(await isLive(context, index, id))) throw new NotFoundError('entity', id);
      return neighbourhood(context.executor, id, depth ?? 1, filter, {
        limitPerNode: limitPerNode ?? undefined,
        index,
      });
    },
    neighbours: async (_, { id, type, first, after, ...filters }, context) => {
      if (type != null && !(type in RELATIONSHIP_TYPES)) {
        throw new InputError('type', `unknown relationship type "${type}"`);
      }
      const filter = toGraphFilter(filters);
      if (!(await isLive(context, await context.graphIndex(), id))) throw new NotFoundError('entity', id);
      return neighbours(context.executor, id, type, first ?? 50, after, filter);
    },
    network: async (_, { first, after, recordedAt, ...filters }, context) => {
      const filter = toGraphFilter(filters);
      // As recorded on a date: the network rebuilt from the feed, paged and counted like the current one.
      const index = recordedAt ? await graphAsRecorded(context.executor, recordedAt) : await context.graphIndex();
      const page = await network(context.executor, filter, first ?? undefined, after ?? null, index);
      return { ...page, totalsFilter: filter, totalsIndex: recordedAt ? index : undefined };
    },
    paths: async (_, { from, to, maxHops, first, avoid, includeFormer, ...filters }, context) => {
      const filter = toGraphFilter(filters);
      const day = filter.asOf ?? new Date().toISOString().slice(0, 10);
      return findPaths(
        context.executor,
        { from, to, maxHops: maxHops ?? 4, first: first ?? 3, avoid: avoid ?? [], day, includeFormer: !!includeFormer },
        filter,
        await context.graphIndex(),
      );
    },
    interlocks: async (_, { a, b, asOf }, { executor, loaders }) => {
      if (a === b) throw new InputError('b', 'must differ from a');
      const ids = await interlocks(executor, a, b, toGraphFilter({ asOf }));
      const entities = await loaders.entity.loadMany(ids);
      return entities.filter((entity): entity is EntityRow => entity !== null && !(entity instanceof Error));
    },
    interlocksOf: (_, { id, asOf }, { executor }) => listInterlocks(executor, id, toGraphFilter({ asOf })),
  },
  Graph: {
    collapsed: (graph) => graph.collapsed ?? [],
    nextCursor: (graph) => graph.nextCursor ?? null,
    // Counting the whole network costs a scan, so only when asked (a client asks on its first page).
    totals: async (graph, _, context) =>
      graph.totalsFilter
        ? networkTotals(context.executor, graph.totalsFilter, graph.totalsIndex ?? (await context.graphIndex()))
        : null,
  },
  CollapsedNeighbours: {
    family: (row) => RELATIONSHIP_TYPES[row.type as RelationshipType].family,
  },
  Edge: {
    family: (edge) => RELATIONSHIP_TYPES[edge.type as RelationshipType].family,
    validFromPrecision: (edge) => (edge.validFrom ? precisionOf(edge.validFrom) : null),
    validToPrecision: (edge) => (edge.validTo ? precisionOf(edge.validTo) : null),
    dateBasis: (edge) => DATE_BASIS_OUT[edge.dateBasis],
    citations: (edge) => citationsOf(edge),
  },
  Mutation: {
    createRelationship: async (_, { input }, context) => {
      requireRole(context, 'editor', 'create relationships');
      const id = await createRelationship(context.executor, dateBasisIn(input) as never, context.viewer);
      return loadEdge(context.executor, id);
    },
    updateRelationship: async (_, { id, expectedVersion, input }, context) => {
      requireRole(context, 'editor', 'change relationships');
      if (Object.keys(input).length === 0) throw new InputError('input', 'names no field to change');
      await updateRelationship(context.executor, id, expectedVersion, dateBasisIn(input) as never, context.viewer);
      return loadEdge(context.executor, id);
    },
    retireRelationship: async (_, { id, expectedVersion, reason }, context) => {
      requireRole(context, 'editor', 'retire relationships');
      await retireRelationship(context.executor, id, expectedVersion, reason, context.viewer);
      return loadEdge(context.executor, id);
    },
  },
};
