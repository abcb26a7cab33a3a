/** What the reader can do with the selected stakeholder: explore, expand, collapse, hide, pin, route, watch. */
import { dispatch, useAtlasState } from '../../state/store.ts';
import { WatchToggle } from '../../ui/WatchToggle.tsx';

export function EntityActions({ id, name }: { id: string; name: string }) {
  const state = useAtlasState((value) => value);
  const exploring = state.scope === 'explore';
  const expansion = state.expanded.find((entry) => entry.id === id);
  const pinned = state.pinned.includes(id);
  return (
    <div className="actions" role="group" aria-label={`Actions for ${name}`}>
      <div className="action-row">
        <button type="button" onClick={() => dispatch({ type: 'expand', id, depth: 1 })}>
          {exploring ? 'Expand 1 hop' : 'Explore from here'}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'expand', id, depth: 2 })}>
          {exploring ? 'Expand 2 hops' : 'Explore 2 hops'}
        </button>
        {exploring && expansion && (
          <button
            type="button"
            onClick={() => dispatch({ type: 'collapse', id })}
            disabled={state.expanded.length === 1}
            title={state.expanded.length === 1 ? 'The only open neighbourhood stays open' : undefined}
          >
            Collapse
          </button>
        )}
      </div>
      <div className="action-row">
        <button type="button" onClick={() => dispatch({ type: 'hide', id })}>
          Hide
        </button>
        <button type="button" aria-pressed={pinned} onClick={() => dispatch({ type: 'togglePin', id })}>
          {pinned ? 'Unpin' : 'Pin'}
        </button>
        <button
          type="button"
          onClick={() => {
            dispatch({ type: 'setPathEnd', end: 'from', id });
            dispatch({ type: 'setPanel', panel: 'paths' });
          }}
        >
          Route from
        </button>
        <button
          type="button"
          onClick={() => {
            dispatch({ type: 'setPathEnd', end: 'to', id });
            dispatch({ type: 'setPanel', panel: 'paths' });
          }}
        >
          Route to
        </button>
        <WatchToggle id={id} name={name} />
      </div>
    </div>
  );
}
