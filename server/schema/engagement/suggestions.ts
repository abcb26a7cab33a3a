/**
 * suggestedPositions: where the atlas would place stakeholders on the grid (rules in
 * core/engagement-suggestions.ts). Power reads the influence cache's snapshot of the network on
 * the day; interest reads each stakeholder's interactions and programme links, and the register's
 * topics.
 */
import { suggestPosition } from '../../../core/engagement-suggestions.ts';
import { toGraphFilter } from '../../repositories/filters.ts';
import { listSuggestionEvidence, listTrackedTopics } from '../../repositories/suggestions.ts';
import type { EntityRow } from '../../repositories/types.ts';
import { requireRole } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { todayArg } from './resolvers.ts';

export const suggestionResolvers: Resolvers = {
  Query: {
    suggestedPositions: async (_, { ids, asOf, today }, context) => {
      requireRole(context, 'editor', 'see suggested positions');
      const day = todayArg(today);
      const filter = toGraphFilter({ asOf });
      const [evidence, topics, { snapshot, freshness }] = await Promise.all([
        listSuggestionEvidence(context.executor, ids, filter),
        listTrackedTopics(context.executor),
        context.influence.answer(filter),
      ]);
      const entities = await context.loaders.entity.loadMany(evidence.map((row) => row.entityId));
      return evidence.map(({ entityId, interactionDates, programmes }, index) => {
        const standing = snapshot.standing[entityId];
        const place = standing ? { place: standing.place, of: snapshot.nodes } : null;
        const { power, interest, quadrant } = suggestPosition(place, { interactionDates, programmes, topics }, day);
        return {
          entity: entities[index] as EntityRow,
          power: power.score,
          powerReason: power.reason,
          influencePlace: place?.place ?? null,
          networkSize: snapshot.nodes,
          interest: interest.score,
          interestReason: interest.reason,
          recentInteractions: interest.recentInteractions,
          lastContact: interest.lastContact,
          topicLinks: interest.topicLinks,
          quadrant,
          freshness,
        };
      });
    },
  },
};
