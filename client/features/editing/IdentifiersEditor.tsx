/** A stakeholder's official codes as a form: one "scheme:value" line each (gss:E06000023). */
import { FieldError } from '../../ui/FieldError.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Field } from '../../ui/Field.tsx';

export function identifierInputs(identifiers: readonly string[]): string[] {
  return identifiers.map((identifier) => identifier.trim()).filter((identifier) => identifier !== '');
}

/** The fields the identifiers can carry errors on (the API names the scheme or value of one). */
export function identifierFields(identifiers: readonly string[]): string[] {
  return [
    'identifiers',
    ...identifiers.flatMap((_, index) => ['', '.scheme', '.value'].map((part) => `identifiers.${index}${part}`)),
  ];
}

export function IdentifiersEditor({
  identifiers,
  onChange,
  errors,
  form,
}: {
  identifiers: string[];
  onChange: (next: string[]) => void;
  errors: FieldErrors;
  form: string;
}) {
  const hint = `${form}-identifiers-hint`;
  return (
    <fieldset className="identifiers-editor">
      <legend>Identifiers</legend>
      <p className="hint" id={hint}>
        Official codes as scheme:value, e.g. gss:E06000023 (GSS code), companies-house:01234567, charity-ew:1234567.
        Matching and search find the stakeholder by them.
      </p>
      <FieldError errors={errors} form={form} field="identifiers" />
      {identifiers.map((identifier, index) => (
        <div key={index} className="field-row" role="group" aria-label={`Identifier ${index + 1}`}>
          <Field
            form={form}
            field={`identifiers.${index}`}
            label={`Identifier ${index + 1}`}
            errors={errors}
            hint={hint}
          >
            {(control) => (
              <input
                {...control}
                value={identifier}
                placeholder="scheme:value"
                onChange={(event) => onChange(identifiers.map((old, at) => (at === index ? event.target.value : old)))}
              />
            )}
          </Field>
          <FieldError errors={errors} form={form} field={`identifiers.${index}.scheme`} />
          <FieldError errors={errors} form={form} field={`identifiers.${index}.value`} />
          <button
            type="button"
            className="link small"
            onClick={() => onChange(identifiers.filter((_, at) => at !== index))}
          >
            Remove identifier {index + 1}
          </button>
        </div>
      ))}
      <button type="button" className="link small" onClick={() => onChange([...identifiers, ''])}>
        Add identifier
      </button>
    </fieldset>
  );
}
