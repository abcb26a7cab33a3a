/** Under the map: what is shown, and the loading and empty states. */
import { dispatch, useAtlas, useAtlasState } from '../../state/store.ts';
import { useGraph, useVisible } from '../../state/hooks.ts';

export function MapStatus() {
  const graph = useGraph();
  const visible = useVisible();
  const asOf = useAtlasState((state) => state.asOf);
  const loading = graph.isFetching;
  const progress = useAtlas((store) => store.networkProgress);
  const truncated = graph.data?.truncated ?? false;
  const empty = graph.isSuccess && !loading && visible.nodes.length === 0;
  return (
    <>
      <p className="map-status" role="status" data-testid="map-status" data-loading={loading ? 'yes' : 'no'}>
        {loading && <span className="spinner" aria-hidden="true" />}
        {loading ? (progress ? `Loading ${progress.done} of ${progress.total} stakeholders… ` : 'Loading… ') : ''}
        {visible.nodes.length} stakeholders · {visible.edges.length} relationships
        {asOf !== null ? ` · as of ${asOf}` : ' · all time'}
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
