/** Turns zod issues into the API's InputError, naming the field as the caller wrote it. */
import type { z } from 'zod';
import { InputError } from '../../core/errors.ts';

export function parseInput<T>(schema: z.ZodType<T>, value: unknown, fieldPrefix: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const path = [fieldPrefix, ...(issue?.path ?? [])].filter((part) => part !== '').join('.');
  throw new InputError(path, issue?.message ?? 'is not valid');
}

/** Drops nulls and undefineds, deeply: GraphQL's "no value" becomes an absent field for zod. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== null && inner !== undefined)
        .map(([key, inner]) => [key, withoutNulls(inner)]),
    );
  }
  return value;
}

/** Lower-case words joined by hyphens, for readable ids. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}
