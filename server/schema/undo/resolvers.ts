import { NotFoundError } from '../../../core/errors.ts';
import { getEdges } from '../../repositories/graph.ts';
import { getChange, restoreEntity, restoreRelationship, revertChange } from '../../repositories/undo.ts';
import { requireRole, type Context } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

async function loadEntity(context: Context, id: string) {
  context.loaders.entity.clear(id);
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw new NotFoundError('entity', id);
  return entity;
}

export const undoResolvers: Resolvers = {
  Mutation: {
    revertChange: async (_, { seq }, context) => {
      requireRole(context, 'editor', 'undo changes');
      const id = await revertChange(context.executor, seq, context.viewer);
      // Numbered before the answer, so the caller can follow on from its seq.
      await context.feed.catchUp();
      const change = await getChange(context.executor, { id });
      if (!change) throw new Error(`Change ${id} vanished`);
      return change;
    },
    restoreEntity: async (_, { id, expectedVersion }, context) => {
      requireRole(context, 'editor', 'restore stakeholders');
      await restoreEntity(context.executor, id, expectedVersion, context.viewer);
      return loadEntity(context, id);
    },
    restoreRelationship: async (_, { id, expectedVersion }, context) => {
      requireRole(context, 'editor', 'restore relationships');
      await restoreRelationship(context.executor, id, expectedVersion, context.viewer);
      const [edge] = await getEdges(context.executor, [id]);
      if (!edge) throw new NotFoundError('relationship', id);
      return edge;
    },
  },
};
