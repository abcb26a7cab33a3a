/** How an API error maps onto a form's fields (the API names the field in extensions.field). */
import type { ApiError } from '../api/request.ts';

/**
 * An input error's field as the form's field name: "input.citations.0.source" → "citations.0.source",
 * "input.power" → "power". Errors without a field belong to the form as a whole ("").
 */
export function formField(field: string | undefined): string {
  if (!field) return '';
  return field.replace(/^input\./, '');
}

export type FieldErrors = Record<string, string>;

/**
 * A BAD_USER_INPUT error as messages by field; other errors as the form's own message (key "").
 * The API's message starts with the field's name ("input.name: must not be empty"); next to the
 * field it is left out.
 */
export function fieldErrors(error: Pick<ApiError, 'message' | 'code' | 'extensions'>): FieldErrors {
  if (error.code !== 'BAD_USER_INPUT') return { '': error.message };
  const field = error.extensions.field;
  const message =
    field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
  return { [formField(field)]: message };
}
