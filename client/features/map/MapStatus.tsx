/** Under the map: what is shown, and the loading and empty states. */
import { useAtlas } from '../app/AtlasContext.tsx';
import type { QueryStatus } from '../app/useQuery.ts';

export function MapStatus({ status, truncated }: { status: QueryStatus; truncated: boolean }) {
  const { state, dispatch, visible } = useAtlas();
  const empty = status === 'success' && visible.nodes.length === 0;
  return (
    <>
      <p
        className="map-status"
        role="status"
        data-testid="map-status"
        data-loading={status === 'loading' ? 'yes' : 'no'}
      >
        {status === 'loading' && <span className="spinner" aria-hidden="true" />}
        {status === 'loading' ? 'Loading… ' : ''}
        {visible.nodes.length} stakeholders · {visible.edges.length} relationships
        {state.asOf !== null ? ` · as of ${state.asOf}` : ' · all time'}
        {truncated && ' · only the first 500 stakeholders are shown'}
      </p>
      {empty && (
        <div className="map-empty" data-testid="map-empty">
          <p>Nothing to show under these filters.</p>
          <button type="button" onClick={() => dispatch({ type: 'resetFilters' })}>
            Reset filters
          </button>
        </div>
      )}
    </>
  );
}
