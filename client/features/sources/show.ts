/** Selects a stakeholder or relationship and shows it on the map. */
import { dispatch } from '../../state/store.ts';

export function showOnMap(id: string) {
  dispatch({ type: 'select', id, focus: true });
  dispatch({ type: 'setView', view: 'map' });
}
