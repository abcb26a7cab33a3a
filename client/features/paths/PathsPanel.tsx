/** Routes between two stakeholders: pick the ends and who to avoid, see the k cheapest routes. */
import { useRoutes } from '../../state/hooks.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';
import { AvoidPicker, StakeholderPicker } from '../../ui/StakeholderPicker.tsx';
import { RouteList } from './RouteList.tsx';

export function PathsPanel() {
  const path = useAtlasState((state) => state.path);
  const search = useAtlasState((state) => state.route.search);
  const routes = useRoutes();
  const loading = search?.source === 'paths' && routes.isFetching;
  const ready = !!path.from && !!path.to && path.from !== path.to;
  return (
    <div className="paths" data-testid="paths">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          dispatch({ type: 'findRoutes', source: 'paths' });
        }}
      >
        {(['from', 'to'] as const).map((end) => (
          <StakeholderPicker
            key={end}
            label={end === 'from' ? 'From' : 'To'}
            value={path[end]}
            onChange={(id) => dispatch({ type: 'setPathEnd', end, id })}
            testId={`path-${end}`}
          />
        ))}
        <AvoidPicker
          label="Avoid (optional)"
          avoid={path.avoid}
          onAdd={(id) => dispatch({ type: 'addAvoid', id })}
          onRemove={(id) => dispatch({ type: 'removeAvoid', id })}
        />
        <PathOptions />
        <div className="action-row">
          <button type="submit" className="primary" disabled={!ready || loading}>
            {loading ? 'Finding routes…' : 'Find routes'}
          </button>
          {(path.from || path.to || search?.source === 'paths') && (
            <button type="button" className="secondary" onClick={() => dispatch({ type: 'clearPath' })}>
              Clear
            </button>
          )}
        </div>
        {path.from && path.from === path.to && <p className="hint">Choose two different stakeholders.</p>}
      </form>
      <RouteList />
    </div>
  );
}

/** How far routes may go, how many to show, and whether ended relationships count. */
function PathOptions() {
  const path = useAtlasState((state) => state.path);
  return (
    <div className="path-options">
      <label>
        Up to{' '}
        <select
          value={path.maxHops}
          onChange={(event) => dispatch({ type: 'setPathOptions', maxHops: Number(event.target.value) })}
        >
          {[1, 2, 3, 4, 5, 6].map((hops) => (
            <option key={hops} value={hops}>
              {hops}
            </option>
          ))}
        </select>{' '}
        hops
      </label>
      <label>
        Show{' '}
        <select
          value={path.first}
          onChange={(event) => dispatch({ type: 'setPathOptions', first: Number(event.target.value) })}
        >
          {[1, 2, 3, 4, 5].map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </select>{' '}
        routes
      </label>
      <label>
        <input
          type="checkbox"
          checked={path.includeFormer}
          onChange={(event) => dispatch({ type: 'setPathOptions', includeFormer: event.target.checked })}
        />{' '}
        Include former relationships
      </label>
    </div>
  );
}
