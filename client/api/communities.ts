/** The communities query (Query.communities): for colouring the map and the Communities list. */
import { queryOptions, skipToken } from '@tanstack/react-query';
import { CommunitiesDocument, type CommunitiesQuery, type Family } from './generated/operations.ts';
import { request } from './request.ts';

export type CommunitiesAnswer = CommunitiesQuery['communities'];

/** As many communities as the map has colours for (graph/palette.ts COMMUNITY_COLOURS). */
export const COMMUNITIES_SHOWN = 12;

/** The largest communities under the family and year filters; skipped while nothing needs them. */
export function communitiesQuery(enabled: boolean, filters: { families?: Family[]; asOf?: string }) {
  const variables = { families: filters.families, asOf: filters.asOf, first: COMMUNITIES_SHOWN };
  return queryOptions({
    queryKey: ['Communities', enabled ? variables : null] as const,
    queryFn: enabled
      ? async ({ signal }): Promise<CommunitiesAnswer> =>
          (await request(CommunitiesDocument, variables, { signal })).communities
      : skipToken,
  });
}
