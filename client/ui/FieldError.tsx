/** An input error shown next to its field (the field named by the API's extensions.field). */
import type { FieldErrors } from './form-errors.ts';

export function errorId(form: string, field: string): string {
  return `${form}-error-${field.replace(/[^a-z0-9]/gi, '-')}`;
}

/** Props for an input whose field may carry an error. */
export function invalidProps(errors: FieldErrors, form: string, field: string) {
  return errors[field]
    ? { 'aria-invalid': true as const, 'aria-describedby': errorId(form, field) }
    : { 'aria-invalid': undefined, 'aria-describedby': undefined };
}

export function FieldError({ errors, form, field }: { errors: FieldErrors; form: string; field: string }) {
  const message = errors[field];
  if (!message) return null;
  return (
    <span className="field-error" id={errorId(form, field)} data-field={field}>
      {message}
    </span>
  );
}

/** Errors whose field no input shows, as one message for the form. */
export function FormError({ errors, shown }: { errors: FieldErrors; shown: readonly string[] }) {
  const rest = Object.entries(errors).filter(([field]) => !shown.includes(field));
  if (rest.length === 0) return null;
  return (
    <p className="error" role="alert">
      {rest.map(([field, message]) => (field ? `${field}: ${message}` : message)).join(' ')}
    </p>
  );
}
