/** The header search: choosing a stakeholder selects it and centres the map on it. */
import { dispatch, rememberName } from '../../state/store.ts';
import { EntityCombobox } from '../../ui/EntityCombobox.tsx';

export function Search() {
  return (
    <EntityCombobox
      label="Search stakeholders"
      hideLabel
      placeholder="Search any name…"
      className="header-search"
      testId="search"
      onChoose={(hit) => {
        rememberName(hit);
        dispatch({ type: 'select', id: hit.id, focus: true });
      }}
    />
  );
}
