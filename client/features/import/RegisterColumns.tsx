/**
 * Registers: the element columns no field uses, each of which may name other rows (a district's
 * County: each cell a relationship of a chosen type and direction) or hold codes of a scheme (GSS
 * code → gss), as docs/import-export.md, "Registers", describes.
 */
import { RELATIONSHIP_TYPE_NAMES } from '../../../core/vocabulary.ts';
import { relationshipWords } from '../../graph/palette.ts';
import { identifierRole, relationshipRole, setRegister, type MappingDraft } from './import-draft.ts';

export function RegisterColumns({
  columns,
  draft,
  onChange,
}: {
  /** The element columns no field uses. */
  columns: string[];
  draft: MappingDraft;
  onChange: (next: MappingDraft) => void;
}) {
  if (columns.length === 0) return null;
  return (
    <fieldset className="import-fieldset" data-testid="import-registers">
      <legend>Other columns: codes, and names of other rows</legend>
      <p className="hint">
        A column whose cells name another row or a stakeholder of the atlas (by id, code or name) becomes a relationship
        for each row; a column of official codes becomes identifiers, matched before names.
      </p>
      {columns.map((column, index) => {
        const id = `import-register-${index}`;
        const role = draft.registers[column] ?? '';
        const isIdentifier = role.startsWith('identifier:');
        return (
          <div key={column} className="import-field">
            <label htmlFor={id}>“{column}”</label>
            <select
              id={id}
              value={isIdentifier ? 'identifier:' : role}
              onChange={(event) => onChange(setRegister(draft, column, event.target.value))}
            >
              <option value="">— not imported —</option>
              <option value="identifier:">holds codes (identifiers)</option>
              {RELATIONSHIP_TYPE_NAMES.flatMap((type) => [
                <option key={`${type}-to`} value={relationshipRole(type, 'TO')}>
                  names another row: this row {relationshipWords(type)} it
                </option>,
                <option key={`${type}-from`} value={relationshipRole(type, 'FROM')}>
                  names another row: it {relationshipWords(type)} this row
                </option>,
              ])}
            </select>
            {isIdentifier && (
              <>
                <label htmlFor={`${id}-scheme`}>Scheme of “{column}”</label>
                <input
                  id={`${id}-scheme`}
                  placeholder="e.g. gss"
                  value={role.slice('identifier:'.length)}
                  aria-invalid={role === 'identifier:' ? true : undefined}
                  onChange={(event) =>
                    onChange(setRegister(draft, column, identifierRole(event.target.value.trim().toLowerCase())))
                  }
                />
              </>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
