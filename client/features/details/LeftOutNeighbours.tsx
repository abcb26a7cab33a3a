/**
 * The neighbours a stakeholder's details leave out: counted by relationship type, and listed on
 * request a page at a time, strongest first, after the ones the details list.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { LeftOutNeighboursDocument } from '../../api/generated/operations.ts';
import { operationName } from '../../api/queries.ts';
import { request } from '../../api/request.ts';
import { relationshipWords } from '../../graph/palette.ts';
import { leftOutNeighbours, listedNeighbours } from '../../state/selectors.ts';
import type { GraphFilterVariables } from '../../state/variables.ts';
import { RelationshipItem } from './RelationshipItem.tsx';

/**
 * The neighbours the details list: the most a neighbourhood holds beside the stakeholder (500
 * stakeholders in all), so that the count of the rest is exact.
 */
export const DETAILS_NEIGHBOURS = 499;

/** Neighbours listed per request when the user asks for those left out. */
const PAGE = 100;

export function LeftOutNeighbours({
  entityId,
  collapsed,
  filters,
  nameOf,
}: {
  entityId: string;
  collapsed: readonly { nodeId: string; type: string; count: number }[];
  filters: GraphFilterVariables;
  nameOf: (id: string) => string;
}) {
  const leftOut = leftOutNeighbours(collapsed, entityId);
  const [listing, setListing] = useState(false);
  const variables = { id: entityId, first: PAGE, ...filters };
  const pages = useInfiniteQuery({
    queryKey: [operationName(LeftOutNeighboursDocument), variables],
    queryFn: ({ pageParam, signal }) =>
      request(LeftOutNeighboursDocument, { ...variables, after: pageParam }, { signal }),
    initialPageParam: String(DETAILS_NEIGHBOURS),
    getNextPageParam: (last) => last.neighbours.nextCursor ?? undefined,
    enabled: listing && leftOut !== null,
  });
  if (!leftOut) return null;
  const listed = listedNeighbours(pages.data?.pages.map((page) => page.neighbours.graph) ?? [], entityId);
  const localName = (id: string) => listed.names.get(id) ?? nameOf(id);

  return (
    <div className="left-out" data-testid="relationships-left-out">
      <p className="notice" role="note">
        Only its strongest neighbours are listed; {leftOut.total.toLocaleString('en-GB')} more are not:{' '}
        {leftOut.byType
          .map(({ type, count }) => `${count.toLocaleString('en-GB')} by “${relationshipWords(type)}”`)
          .join(', ')}
        .{' '}
        {!listing && (
          <button type="button" className="link" onClick={() => setListing(true)}>
            List them
          </button>
        )}
      </p>
      {listing && (
        <section className="left-out-list" aria-label="Neighbours left out">
          {listed.edges.map((edge) => (
            <RelationshipItem key={edge.id} edge={edge} nameOf={localName} />
          ))}
          {pages.isFetching && (
            <p className="muted" role="status">
              Listing neighbours…
            </p>
          )}
          {pages.isError && (
            <p className="error" role="alert">
              Could not list them ({pages.error.message}).{' '}
              <button type="button" className="link" onClick={() => void pages.refetch()}>
                Try again
              </button>
            </p>
          )}
          {!pages.isFetching && listed.neighbours > 0 && (
            <p className="muted">
              {listed.neighbours.toLocaleString('en-GB')} of the {leftOut.total.toLocaleString('en-GB')} listed.{' '}
              {pages.hasNextPage && (
                <button type="button" className="link" onClick={() => void pages.fetchNextPage()}>
                  List {PAGE} more
                </button>
              )}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
