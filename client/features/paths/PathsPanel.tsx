/** Routes between two stakeholders: pick the ends and who to avoid, see the k cheapest routes. */
import { useAtlas } from '../app/AtlasContext.tsx';
import { EntityCombobox } from '../search/EntityCombobox.tsx';
import { RouteList } from './RouteList.tsx';

function EndPicker({ end }: { end: 'from' | 'to' }) {
  const { state, dispatch, nameOf, rememberName } = useAtlas();
  const chosen = state.path[end];
  const label = end === 'from' ? 'From' : 'To';
  const selected = state.selection && !state.selection.startsWith('rel:') ? state.selection : null;
  return (
    <div className="path-end" data-testid={`path-${end}`}>
      {chosen ? (
        <div className="chosen">
          <span className="field-label">{label}</span>
          <span className="chip">
            {nameOf(chosen)}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Clear ${label.toLowerCase()}: ${nameOf(chosen)}`}
              onClick={() => dispatch({ type: 'setPathEnd', end, id: null })}
            >
              ×
            </button>
          </span>
        </div>
      ) : (
        <>
          <EntityCombobox
            label={label}
            placeholder="Search a stakeholder…"
            onChoose={(hit) => {
              rememberName(hit);
              dispatch({ type: 'setPathEnd', end, id: hit.id });
            }}
          />
          {selected && (
            <button
              type="button"
              className="link small"
              onClick={() => dispatch({ type: 'setPathEnd', end, id: selected })}
            >
              Use selected: {nameOf(selected)}
            </button>
          )}
        </>
      )}
    </div>
  );
}

export function PathsPanel() {
  const { state, dispatch, nameOf, rememberName } = useAtlas();
  const { path } = state;
  const ready = !!path.from && !!path.to && path.from !== path.to;
  return (
    <div className="paths" data-testid="paths">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          dispatch({ type: 'pathRequested' });
        }}
      >
        <EndPicker end="from" />
        <EndPicker end="to" />
        <div className="avoid">
          <EntityCombobox
            label="Avoid (optional)"
            placeholder="Route around…"
            onChoose={(hit) => {
              rememberName(hit);
              dispatch({ type: 'addAvoid', id: hit.id });
            }}
          />
          {path.avoid.length > 0 && (
            <ul className="chips" aria-label="Avoided stakeholders">
              {path.avoid.map((id) => (
                <li key={id} className="chip">
                  {nameOf(id)}
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={`Stop avoiding ${nameOf(id)}`}
                    onClick={() => dispatch({ type: 'removeAvoid', id })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
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
        </div>
        <div className="action-row">
          <button type="submit" className="primary" disabled={!ready || path.status === 'loading'}>
            {path.status === 'loading' ? 'Finding routes…' : 'Find routes'}
          </button>
          {(path.from || path.to || path.routes.length > 0) && (
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
