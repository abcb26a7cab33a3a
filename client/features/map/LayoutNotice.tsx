/**
 * Says when the chosen layout cannot serve the map (graph/layouts.ts: the hierarchy of more than
 * HIERARCHY_UP_TO stakeholders), which then keeps its current places, and offers what it can serve.
 */
import { layoutRefusal } from '../../graph/layouts.ts';
import { useVisible } from '../../state/hooks.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';

export function LayoutNotice() {
  const layout = useAtlasState((state) => state.layout);
  const selection = useAtlasState((state) => state.selection);
  const count = useVisible().nodes.length;
  const reason = layoutRefusal(layout, count);
  if (!reason) return null;
  const stakeholder = selection && !selection.startsWith('rel:') ? selection : null;
  return (
    <div className="map-notice" role="status" data-testid="layout-refused">
      <p>{reason}</p>
      <div className="map-notice-actions">
        {stakeholder && (
          <button type="button" onClick={() => dispatch({ type: 'expand', id: stakeholder, depth: 1 })}>
            Explore the selected stakeholder
          </button>
        )}
        <button type="button" onClick={() => dispatch({ type: 'setOverview', overview: true })}>
          Community overview
        </button>
        <button type="button" onClick={() => dispatch({ type: 'setLayout', layout: 'force' })}>
          Back to Force
        </button>
      </div>
    </div>
  );
}
