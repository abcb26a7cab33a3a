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
        <div key={index} className="alias-editor" role="group" aria-label={`Name ${index + 1}`}>
          <div className="field-row">
            <Field form={form} field={`aliases.${index}.name`} label="Name" errors={errors}>
              {(control) => (
                <input {...control} value={alias.name} onChange={(event) => set(index, { name: event.target.value })} />
              )}
            </Field>
            <Field form={form} field={`aliases.${index}.kind`} label="Kind of name" errors={errors}>
              {(control) => (
                <select
                  {...control}
                  value={alias.kind}
                  onChange={(event) => set(index, { kind: event.target.value as AliasKind })}
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
            <Field form={form} field={`aliases.${index}.validFrom`} label="Used from" errors={errors} hint={hint}>
              {(control) => (
                <input
                  {...control}
                  value={alias.validFrom}
                  onChange={(event) => set(index, { validFrom: event.target.value })}
                />
              )}
            </Field>
            <Field form={form} field={`aliases.${index}.validTo`} label="Used until" errors={errors} hint={hint}>
              {(control) => (
                <input
                  {...control}
                  value={alias.validTo}
                  onChange={(event) => set(index, { validTo: event.target.value })}
                />
              )}
            </Field>
          </div>
          <CitationsEditor
            citations={alias.citations}
            onChange={(citations) => set(index, { citations })}
            errors={errors}
            form={form}
            field={`aliases.${index}.citations`}
            legend={`Citations for name ${index + 1}`}
            item={`Name ${index + 1} citation`}
            addLabel={`Add a citation for name ${index + 1}`}
          />
          <button
            type="button"
            className="link small"
            onClick={() => onChange(aliases.filter((_, at) => at !== index))}
          >
            Remove name {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link small"
        onClick={() =>
          onChange([...aliases, { name: '', kind: 'NAME', validFrom: '', validTo: '', citations: [EMPTY_CITATION] }])
        }
      >
        Add a name
      </button>
    </fieldset>
  );
}
