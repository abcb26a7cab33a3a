import { toGraphFilter } from '../../repositories/filters.ts';
import { rankInfluence } from '../../repositories/influence.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const influenceResolvers: Resolvers = {
  Query: {
    influence: (_, { metric, kinds, families, first, asOf }, { executor }) =>
      rankInfluence(executor, { metric, kinds, first: first ?? 20 }, toGraphFilter({ families, asOf })),
  },
  InfluenceScore: {
    entity: async (score, _, { loaders }) => {
      const entity = await loaders.entity.load(score.entityId);
      if (!entity) throw new Error(`Scored entity ${score.entityId} vanished`);
      return entity;
    },
  },
};
