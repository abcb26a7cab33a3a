/**
 * The cost of walking one relationship when finding routes between stakeholders: lower for
 * stronger, more confident links. cost = family weight / confidence, so a stated membership costs 1
 * and an uncertain programme link 2 / 0.4 = 5. Documented in docs/api.md.
 */
import { RELATIONSHIP_TYPES, type Family, type RelationshipType } from '../vocabulary.ts';

export const FAMILY_WEIGHT: Record<Family, number> = {
  MEMBERSHIP: 1, // roles and memberships: people who sit together know each other
  GOVERNANCE: 1, // a body and the body it supports, hosts or is part of
  LIAISON: 1.25,
  INFLUENCE: 1.5, // influence runs one way and is often aspirational
  PROGRAMME: 2, // sharing a programme or event is the weakest tie
};

/** Confidence below this counts as this, so an unsure link is costly but not infinitely so. */
const CONFIDENCE_FLOOR = 0.1;

export function edgeCost(type: string, confidence: number): number {
  const family = RELATIONSHIP_TYPES[type as RelationshipType]?.family ?? 'PROGRAMME';
  return FAMILY_WEIGHT[family] / Math.max(confidence, CONFIDENCE_FLOOR);
}
