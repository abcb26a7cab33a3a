import type { MatchLevel } from '../../core/matching.ts';

/** How the matcher's levels are spelt in GraphQL's MatchLevel enum (search candidates, reading). */
export const MATCH_LEVELS = {
  'exact-id': 'EXACT_ID',
  'exact-identifier': 'EXACT_IDENTIFIER',
  'exact-name': 'EXACT_NAME',
  alias: 'ALIAS',
  acronym: 'ACRONYM',
  possible: 'POSSIBLE',
} as const satisfies Record<MatchLevel, string>;
