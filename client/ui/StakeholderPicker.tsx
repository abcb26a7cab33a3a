/** Choosing stakeholders for a route question: one end (a chip once chosen), or a list to route around. */
import { useNameOf } from '../state/hooks.ts';
import { rememberName, useAtlasState } from '../state/store.ts';
import { EntityCombobox } from './EntityCombobox.tsx';

export function StakeholderPicker({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  testId?: string;
}) {
  const nameOf = useNameOf();
  const selection = useAtlasState((state) => state.selection);
  const selected = selection && !selection.startsWith('rel:') ? selection : null;
  return (
    <div className="path-end" data-testid={testId}>
      {value ? (
        <div className="chosen">
          <span className="field-label">{label}</span>
          <span className="chip">
            {nameOf(value)}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Clear ${label.toLowerCase()}: ${nameOf(value)}`}
              onClick={() => onChange(null)}
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
              onChange(hit.id);
            }}
          />
          {selected && (
            <button type="button" className="link small" onClick={() => onChange(selected)}>
              Use selected: {nameOf(selected)}
            </button>
          )}
        </>
      )}
    </div>
  );
}

export function AvoidPicker({
  label,
  avoid,
  onAdd,
  onRemove,
  placeholder = 'Route around…',
  listLabel = 'Avoided stakeholders',
  removeLabel,
}: {
  label: string;
  avoid: readonly string[];
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
  /** The same picker for any list of stakeholders (a brief's): its words. */
  placeholder?: string;
  listLabel?: string;
  removeLabel?: (id: string) => string;
}) {
  const nameOf = useNameOf();
  return (
    <div className="avoid">
      <EntityCombobox
        label={label}
        placeholder={placeholder}
        onChoose={(hit) => {
          rememberName(hit);
          onAdd(hit.id);
        }}
      />
      {avoid.length > 0 && (
        <ul className="chips" aria-label={listLabel}>
          {avoid.map((id) => (
            <li key={id} className="chip">
              {nameOf(id)}
              <button
                type="button"
                className="chip-remove"
                aria-label={removeLabel ? removeLabel(id) : `Stop avoiding ${nameOf(id)}`}
                onClick={() => onRemove(id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
