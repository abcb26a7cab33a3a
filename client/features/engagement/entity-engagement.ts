/** One stakeholder's engagement profile and interactions (editors), as the details panel reads them. */
import { EntityEngagementDocument, type EntityEngagementQuery } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';

export type EntityEngagement = NonNullable<EntityEngagementQuery['entity']>;

/** The 50 latest interactions are enough for the timeline. */
export function entityEngagementQuery(id: string, today: string) {
  return operationQuery(EntityEngagementDocument, { id, first: 50, today });
}
