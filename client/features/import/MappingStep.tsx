/**
 * The mapping: which column holds each field, for stakeholders and for relationships; what each of
 * the file's values stands for in the vocabulary; and the defaults for empty cells or missing columns.
 */
import type { ImportValueField } from '../../api/generated/operations.ts';
import {
  FIELDS_OF,
  VALUE_FIELD_WORDS,
  confidenceProblem,
  defaultsNeeded,
  plural,
  setColumn,
  setDefault,
  setValue,
  targetsOf,
  valueLines,
  type ColumnSide,
  type DefaultsDraft,
  type ImportReport,
  type MappingDraft,
} from './import-draft.ts';
import { RegisterColumns } from './RegisterColumns.tsx';

const FIELD_WORDS: Record<ColumnSide, Record<string, string>> = {
  elements: {
    id: 'Id',
    name: 'Name',
    kind: 'Kind (body, person, programme)',
    type: 'Type',
    sector: 'Sector',
    description: 'Description',
    validFrom: 'Existed from',
    validTo: 'Existed until',
    aliases: 'Other names',
  },
  connections: {
    id: 'Id',
    from: 'From',
    to: 'To',
    type: 'Type',
    role: 'Role',
    validFrom: 'From date',
    validTo: 'Until date',
    dateBasis: 'Date basis',
    confidence: 'Confidence',
  },
};

const SIDE_WORDS: Record<ColumnSide, string> = {
  elements: 'Stakeholder columns (elements)',
  connections: 'Relationship columns (connections)',
};

const DEFAULTS: { name: keyof DefaultsDraft; field: ImportValueField; label: string }[] = [
  { name: 'elementType', field: 'ELEMENT_TYPE', label: 'Stakeholder type' },
  { name: 'sector', field: 'SECTOR', label: 'Sector of bodies' },
  { name: 'relationshipType', field: 'RELATIONSHIP_TYPE', label: 'Relationship type' },
];

interface MappingProps {
  draft: MappingDraft;
  onChange: (next: MappingDraft) => void;
}

export function MappingStep({ report, draft, onChange }: MappingProps & { report: ImportReport }) {
  const columns: Record<ColumnSide, string[]> = {
    elements: [...new Set(report.files.flatMap((file) => file.elementColumns))],
    connections: [...new Set(report.files.flatMap((file) => file.connectionColumns))],
  };
  const needed = defaultsNeeded(report.unmappedValues);
  const used = new Set(Object.values(draft.elements));
  const unused = columns.elements.filter((column) => !used.has(column));

  return (
    <div className="import-mapping">
      <div className="import-columns">
        {(['elements', 'connections'] as const)
          .filter((side) => columns[side].length > 0)
          .map((side) => (
            <ColumnsFieldset key={side} side={side} columns={columns[side]} draft={draft} onChange={onChange} />
          ))}
      </div>

      <RegisterColumns columns={unused} draft={draft} onChange={onChange} />

      <ValuesFieldset lines={valueLines(draft, report.unmappedValues)} draft={draft} onChange={onChange} />

      <fieldset className="import-fieldset">
        <legend>Defaults, for empty cells and missing columns</legend>
        {DEFAULTS.map((item) => (
          <DefaultSelect key={item.name} draft={draft} onChange={onChange} {...item} needed={needed} />
        ))}
        <ConfidenceDefault draft={draft} onChange={onChange} />
      </fieldset>
    </div>
  );
}

/** Which of the files' columns holds each field of one side (stakeholders or relationships). */
function ColumnsFieldset({
  side,
  columns,
  draft,
  onChange,
}: MappingProps & {
  side: ColumnSide;
  columns: string[];
}) {
  return (
    <fieldset className="import-fieldset">
      <legend>{SIDE_WORDS[side]}</legend>
      {FIELDS_OF[side].map((field) => {
        const id = `import-${side}-${field}`;
        const chosen = (draft[side] as Record<string, string | undefined>)[field] ?? '';
        return (
          <div key={field} className="import-field">
            <label htmlFor={id}>{FIELD_WORDS[side][field]}</label>
            <select
              id={id}
              value={chosen}
              onChange={(event) => onChange(setColumn(draft, side, field, event.target.value))}
            >
              <option value="">— none —</option>
              {/* A remembered column the files lack is still shown, so it can be seen and cleared. */}
              {[...columns, ...(chosen && !columns.includes(chosen) ? [chosen] : [])].map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}

/** What each of the files' values stands for in the vocabulary. */
function ValuesFieldset({ lines, draft, onChange }: MappingProps & { lines: ReturnType<typeof valueLines> }) {
  return (
    <fieldset className="import-fieldset" data-testid="import-values">
      <legend>Values</legend>
      {lines.length === 0 ? (
        <p className="muted">Every type, sector and relationship type in the files is a word the atlas knows.</p>
      ) : (
        <>
          <p className="hint">What each value of the files stands for. Values left unmapped are problems.</p>
          {lines.map((line, index) => {
            const id = `import-value-${index}`;
            return (
              <div key={`${line.field}:${line.value}`} className="import-field">
                <label htmlFor={id}>
                  {VALUE_FIELD_WORDS[line.field]} “{line.value}”
                  {line.rows !== null && <span className="muted"> ({plural(line.rows, 'row')})</span>}
                </label>
                <select
                  id={id}
                  value={line.mapsTo}
                  aria-invalid={line.mapsTo === '' ? true : undefined}
                  onChange={(event) => onChange(setValue(draft, line.field, line.value, event.target.value))}
                >
                  <option value="">— not mapped —</option>
                  {targetsOf(line.field).map((target) => (
                    <option key={target.value} value={target.value}>
                      {target.label}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </>
      )}
    </fieldset>
  );
}

function DefaultSelect({
  draft,
  onChange,
  name,
  field,
  label,
  needed,
}: {
  draft: MappingDraft;
  onChange: (next: MappingDraft) => void;
  name: keyof DefaultsDraft;
  field: ImportValueField;
  label: string;
  needed: ImportValueField[];
}) {
  const id = `import-default-${name}`;
  const missing = needed.includes(field) && draft.defaults[name] === '';
  return (
    <div className="import-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={draft.defaults[name]}
        aria-invalid={missing ? true : undefined}
        aria-describedby={missing ? `${id}-needed` : undefined}
        onChange={(event) => onChange(setDefault(draft, name, event.target.value))}
      >
        <option value="">— none —</option>
        {targetsOf(field).map((target) => (
          <option key={target.value} value={target.value}>
            {target.label}
          </option>
        ))}
      </select>
      {missing && (
        <span className="field-error" id={`${id}-needed`}>
          Needed: some rows have none
        </span>
      )}
    </div>
  );
}

function ConfidenceDefault({ draft, onChange }: { draft: MappingDraft; onChange: (next: MappingDraft) => void }) {
  const problem = confidenceProblem(draft.defaults.confidence);
  return (
    <div className="import-field">
      <label htmlFor="import-default-confidence">Confidence (0 to 1)</label>
      <input
        id="import-default-confidence"
        inputMode="decimal"
        value={draft.defaults.confidence}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'import-default-confidence-error' : undefined}
        onChange={(event) => onChange(setDefault(draft, 'confidence', event.target.value))}
      />
      {problem && (
        <span className="field-error" id="import-default-confidence-error">
          {problem}
        </span>
      )}
    </div>
  );
}
