/** Briefing packs: anyone signed in reads them, editors and admins write them (audited). */
import { briefPack, packAccess } from '../../briefs/pack.ts';
import { createBrief, getBriefs, listBriefs, updateBrief, type BriefRow } from '../../repositories/briefs.ts';
import type { EntityRow } from '../../repositories/types.ts';
import { hasRole, requireRole, type Context } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

async function entitiesOf(context: Context, ids: readonly string[]): Promise<EntityRow[]> {
  const rows = await Promise.all(ids.map((id) => context.loaders.entity.load(id)));
  return rows.filter((row): row is EntityRow => row !== null && row !== undefined);
}

export const briefResolvers: Resolvers = {
  Query: {
    brief: async (_, { id }, context) => (await getBriefs(context.executor, [id]))[0] ?? null,
    briefs: (_, { first }, context) => listBriefs(context.executor, first ?? 50),
  },
  Mutation: {
    createBrief: (_, { input }, context) => {
      requireRole(context, 'editor', 'write briefs');
      return createBrief(context.executor, input, context.viewer);
    },
    updateBrief: (_, { id, expectedVersion, input }, context) => {
      requireRole(context, 'editor', 'edit briefs');
      return updateBrief(context.executor, id, expectedVersion, input, context.viewer);
    },
  },
  Brief: {
    stakeholders: (brief, _, context) => entitiesOf(context, brief.stakeholderIds),
    from: async (brief, _, context) => (brief.fromId ? ((await entitiesOf(context, [brief.fromId]))[0] ?? null) : null),
    pack: (brief: BriefRow, _, context) =>
      briefPack(brief, {
        executor: context.executor,
        influence: context.influence,
        mayRead: packAccess(hasRole(context, 'editor')),
      }),
  },
};
