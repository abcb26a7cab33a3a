import { InputError } from '../../../core/errors.ts';
import { rankFromSnapshot } from '../../../core/graph/snapshot.ts';
import { toGraphFilter } from '../../repositories/filters.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

const entityOf = async (
  entityId: string,
  loaders: { entity: { load(id: string): Promise<unknown> } },
): Promise<never> => {
  const entity = await loaders.entity.load(entityId);
  if (!entity) throw new Error(`Scored entity ${entityId} vanished`);
  return entity as never;
};

const checkFirst = (first: number, most: number, field = 'first') => {
  if (!Number.isInteger(first) || first < 1 || first > most) throw new InputError(field, `must be from 1 to ${most}`);
};

export const influenceResolvers: Resolvers = {
  Query: {
    // Answered from the influence cache (server/influence/cache.ts), computed off the request path.
    influence: async (_, { metric, kinds, families, first, asOf }, { influence }) => {
      checkFirst(first ?? 20, 200);
      const { snapshot, freshness } = await influence.answer(toGraphFilter({ families, asOf }));
      return rankFromSnapshot(snapshot, metric, kinds, first ?? 20).map((row) => ({ ...row, freshness }));
    },
    communities: async (_, { families, asOf, first }, { influence }) => {
      checkFirst(first ?? 20, 200);
      const { snapshot, freshness } = await influence.answer(toGraphFilter({ families, asOf }));
      return { freshness, total: snapshot.communities.length, communities: snapshot.communities.slice(0, first ?? 20) };
    },
  },
  InfluenceScore: {
    entity: (score, _, { loaders }) => entityOf(score.entityId, loaders),
  },
  Community: {
    centralMembers: (community, { first }) => {
      checkFirst(first ?? 5, 10);
      return community.central.slice(0, first ?? 5);
    },
  },
  CommunityMember: {
    entity: (member, _, { loaders }) => entityOf(member.entityId, loaders),
  },
};
