/** Communities for components: the query while the map is coloured by community or the list is open. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { communitiesQuery, type CommunitiesAnswer } from '../api/communities.ts';
import { useAtlasState } from './store.ts';
import { graphFilterVariables } from './variables.ts';

export function useCommunities() {
  const colourBy = useAtlasState((state) => state.colourBy);
  const panel = useAtlasState((state) => state.panel);
  const filters = useAtlasState((state) => state.filters);
  const asOf = useAtlasState((state) => state.asOf);
  const { families, asOf: year } = graphFilterVariables({ filters, asOf });
  const overview = useAtlasState((state) => state.overview);
  const enabled = colourBy === 'community' || panel === 'communities' || overview;
  return useQuery({ ...communitiesQuery(enabled, { families, asOf: year }), placeholderData: keepPreviousData });
}

/**
 * Community number by stakeholder id while the map is coloured by community (those outside the
 * largest get 0, drawn grey); null while it is coloured by type or the communities are on their way.
 */
export function selectCommunityOf(
  colourBy: 'type' | 'community',
  answer: CommunitiesAnswer | undefined,
): ReadonlyMap<string, number> | null {
  // Until the communities come, the map keeps its type colours rather than turning grey.
  if (colourBy !== 'community' || !answer) return null;
  const communityOf = new Map<string, number>();
  for (const community of answer?.communities ?? [])
    for (const id of community.memberIds) communityOf.set(id, community.id);
  return communityOf;
}

export function useCommunityOf(): ReadonlyMap<string, number> | null {
  const colourBy = useAtlasState((state) => state.colourBy);
  const answer = useCommunities().data;
  return useMemo(() => selectCommunityOf(colourBy, answer), [colourBy, answer]);
}
