/** A stakeholder's names over time as a form: each with its kind, the period it was used in, and citations. */
import type { AliasKind } from '../../api/generated/operations.ts';
import { FieldError, invalidProps } from '../../ui/FieldError.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import {
  CitationsEditor,
  EMPTY_CITATION,
  citationDrafts,
  citationFields,
  citationInputs,
  type CitationDraft,
} from './CitationsEditor.tsx';
import { Field } from '../../ui/Field.tsx';

export interface AliasDraft {
  name: string;
  kind: AliasKind;
  validFrom: string;
  validTo: string;
  citations: CitationDraft[];
}

const ALIAS_KINDS: { kind: AliasKind; label: string }[] = [
  { kind: 'NAME', label: 'Name' },
  { kind: 'ACRONYM', label: 'Acronym' },
  { kind: 'INFORMAL', label: 'Informal name' },
];

export function aliasDrafts(
  aliases: readonly {
    name: string;
    kind: AliasKind;
    validFrom: string | null;
    validTo: string | null;
    citations: readonly { source: { id: string }; quote: string; note: string | null }[];
  }[],
): AliasDraft[] {
  return aliases.map((alias) => ({
    name: alias.name,
    kind: alias.kind,
    validFrom: alias.validFrom ?? '',
    validTo: alias.validTo ?? '',
    citations: citationDrafts(alias.citations),
  }));
}

export function aliasInputs(aliases: readonly AliasDraft[]) {
  return aliases.map((alias) => ({
    name: alias.name.trim(),
    kind: alias.kind,
    validFrom: alias.validFrom.trim() || null,
    validTo: alias.validTo.trim() || null,
    citations: citationInputs(alias.citations),
  }));
}

/** The fields the aliases can carry errors on, for FormError's list of shown fields. */
export function aliasFields(aliases: readonly AliasDraft[]): string[] {
  return [
    'aliases',
    ...aliases.flatMap((alias, index) => [
      ...['name', 'kind', 'validFrom', 'validTo'].map((key) => `aliases.${index}.${key}`),
      ...citationFields(alias.citations, `aliases.${index}.citations`),
    ]),
  ];
}

const EMPTY_ALIAS: AliasDraft = { name: '', kind: 'NAME', validFrom: '', validTo: '', citations: [EMPTY_CITATION] };

export function AliasesEditor({
  aliases,
  onChange,
  errors,
  form,
}: {
  aliases: AliasDraft[];
  onChange: (next: AliasDraft[]) => void;
  errors: FieldErrors;
  form: string;
}) {
  const hint = `${form}-aliases-hint`;
  const set = (index: number, change: Partial<AliasDraft>) =>
    onChange(aliases.map((alias, at) => (at === index ? { ...alias, ...change } : alias)));
  return (
    <fieldset className="aliases-editor" aria-describedby={invalidProps(errors, form, 'aliases')['aria-describedby']}>
      <legend>Names over time</legend>
      <p className="hint" id={hint}>
        Former names, acronyms and informal names, each with a citation. Dates as YYYY, YYYY-MM or YYYY-MM-DD; leave
        empty when not known.
      </p>
      <FieldError errors={errors} form={form} field="aliases" />
      {aliases.map((alias, index) => (
        <AliasRow
          key={index}
          alias={alias}
          index={index}
          form={form}
          hint={hint}
          errors={errors}
          onSet={(change) => set(index, change)}
          onRemove={() => onChange(aliases.filter((_, at) => at !== index))}
        />
      ))}
      <button type="button" className="link small" onClick={() => onChange([...aliases, EMPTY_ALIAS])}>
        Add a name
      </button>
    </fieldset>
  );
}

/** One name: the name, its kind, the period it was used in, its citations. */
function AliasRow({
  alias,
  index,
  form,
  hint,
  errors,
  onSet,
  onRemove,
}: {
  alias: AliasDraft;
  index: number;
  form: string;
  /** The id of the hint on dates. */
  hint: string;
  errors: FieldErrors;
  onSet: (change: Partial<AliasDraft>) => void;
  onRemove: () => void;
}) {
  const field = `aliases.${index}`;
  return (
    <div className="alias-editor" role="group" aria-label={`Name ${index + 1}`}>
      <div className="field-row">
        <Field form={form} field={`${field}.name`} label="Name" errors={errors}>
          {(control) => (
            <input {...control} value={alias.name} onChange={(event) => onSet({ name: event.target.value })} />
          )}
        </Field>
        <Field form={form} field={`${field}.kind`} label="Kind of name" errors={errors}>
          {(control) => (
            <select
              {...control}
              value={alias.kind}
              onChange={(event) => onSet({ kind: event.target.value as AliasKind })}
            >
              {ALIAS_KINDS.map((option) => (
                <option key={option.kind} value={option.kind}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field form={form} field={`${field}.validFrom`} label="Used from" errors={errors} hint={hint}>
          {(control) => (
            <input
              {...control}
              value={alias.validFrom}
              onChange={(event) => onSet({ validFrom: event.target.value })}
            />
          )}
        </Field>
        <Field form={form} field={`${field}.validTo`} label="Used until" errors={errors} hint={hint}>
          {(control) => (
            <input {...control} value={alias.validTo} onChange={(event) => onSet({ validTo: event.target.value })} />
          )}
        </Field>
      </div>
      <CitationsEditor
        citations={alias.citations}
        onChange={(citations) => onSet({ citations })}
        errors={errors}
        form={form}
        field={`${field}.citations`}
        legend={`Citations for name ${index + 1}`}
        item={`Name ${index + 1} citation`}
        addLabel={`Add a citation for name ${index + 1}`}
      />
      <button type="button" className="link small" onClick={onRemove}>
        Remove name {index + 1}
      </button>
    </div>
  );
}
