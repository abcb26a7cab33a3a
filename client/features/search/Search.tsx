/** The header search: choosing a stakeholder selects it and centres the map on it. */
import { useAtlas } from '../app/AtlasContext.tsx';
import { EntityCombobox } from './EntityCombobox.tsx';

export function Search() {
  const { dispatch, rememberName } = useAtlas();
  return (
    <EntityCombobox
      label="Search stakeholders"
      hideLabel
      placeholder="Search names, former names, acronyms…"
      className="header-search"
      testId="search"
      onChoose={(hit) => {
        rememberName(hit);
        dispatch({ type: 'select', id: hit.id, focus: true });
      }}
    />
  );
}
