/** A form control with its own <label htmlFor> and, next to it, the input error the API names for it. */
import type { ReactNode } from 'react';
import { FieldError, invalidProps } from './FieldError.tsx';
import type { FieldErrors } from './form-errors.ts';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export function controlId(form: string, field: string): string {
  return `${form}-${field.replace(/[^a-z0-9]/gi, '-')}`;
}

export function Field({
  form,
  field,
  label,
  errors,
  hint,
  children,
}: {
  form: string;
  /** The API's name for the field ("aliases.1.validFrom"). */
  field: string;
  label: ReactNode;
  errors: FieldErrors;
  /** The id of a hint that describes this control too (e.g. the date format). */
  hint?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = controlId(form, field);
  const invalid = invalidProps(errors, form, field);
  const describedBy = [invalid['aria-describedby'], hint].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, 'aria-invalid': invalid['aria-invalid'], 'aria-describedby': describedBy })}
      <FieldError errors={errors} form={form} field={field} />
    </div>
  );
}
