/** Above the map: layout choice, re-run and fit, the exploration scope and hidden stakeholders. */
import { LAYOUT_NAMES } from '../../graph/types.ts';
import { dispatch, useAtlas, useAtlasState } from '../../state/store.ts';
import { useNameOf } from '../../state/hooks.ts';
import { LAYOUT_LABELS } from './layout-labels.ts';

export function MapToolbar() {
  const state = useAtlasState((value) => value);
  const graphView = useAtlas((store) => store.graphView);
  const nameOf = useNameOf();
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map">
      <div className="segmented" role="group" aria-label="Layout">
        {LAYOUT_NAMES.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={state.layout === name}
            onClick={() => dispatch({ type: 'setLayout', layout: name })}
          >
            {LAYOUT_LABELS[name]}
          </button>
        ))}
      </div>
      <div className="segmented" role="group" aria-label="Colour by">
        {(['type', 'community'] as const).map((colourBy) => (
          <button
            key={colourBy}
            type="button"
            aria-pressed={state.colourBy === colourBy}
            onClick={() => dispatch({ type: 'setColourBy', colourBy })}
            title={colourBy === 'type' ? 'Colour by kind and body type' : 'Colour by community'}
          >
            {colourBy === 'type' ? 'Type colours' : 'Community colours'}
          </button>
        ))}
      </div>
      <button
        type="button"
        aria-pressed={state.overview}
        onClick={() => dispatch({ type: 'setOverview', overview: !state.overview })}
        title="Each community as one bubble, named after its leading members"
      >
        Community overview
      </button>
      <button type="button" onClick={() => dispatch({ type: 'rerunLayout' })} title="Lay the map out again">
        Re-layout
      </button>
      <button type="button" onClick={() => graphView?.fit()} title="Fit the whole map in view">
        Fit
      </button>
      {state.scope === 'explore' && (
        <span className="scope">
          Exploring {state.expanded.map((entry) => nameOf(entry.id)).join(', ')}
          <button type="button" className="link" onClick={() => dispatch({ type: 'showNetwork' })}>
            Show whole network
          </button>
        </span>
      )}
      {state.hidden.length > 0 && (
        <span className="scope">
          {state.hidden.length} hidden
          <button type="button" className="link" onClick={() => dispatch({ type: 'unhideAll' })}>
            Show all
          </button>
        </span>
      )}
    </div>
  );
}
