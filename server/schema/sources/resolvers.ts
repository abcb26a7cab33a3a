import { precisionOf } from '../../../core/dates.ts';
import { listSources } from '../../repositories/sources.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const sourceResolvers: Resolvers = {
  Query: {
    sources: (_, __, { executor }) => listSources(executor),
    source: (_, { id }, { loaders }) => loaders.source.load(id),
  },
  Source: {
    datePrecision: (source) => precisionOf(source.date),
  },
  Citation: {
    source: async (citation, _, { loaders }) => {
      const source = await loaders.source.load(citation.source);
      if (!source) throw new Error(`Citation points to missing source ${citation.source}`);
      return source;
    },
  },
};
