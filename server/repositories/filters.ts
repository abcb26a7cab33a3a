/** Turns the API's graph filters into the parameters the graph Cypher expects, validating each. */
import { partialDateProblem } from '../../core/dates.ts';
import { InputError } from '../../core/errors.ts';
import { FAMILIES, RELATIONSHIP_TYPE_NAMES, RELATIONSHIP_TYPES, type Family } from '../../core/vocabulary.ts';
import type { GraphFilter } from './types.ts';

export interface FilterInput {
  families?: readonly string[] | null;
  types?: readonly string[] | null;
  asOf?: string | null;
  minConfidence?: number | null;
}

export function checkAsOf(asOf: string | null | undefined, field = 'asOf'): string | null {
  if (asOf === null || asOf === undefined) return null;
  const problem = partialDateProblem(asOf);
  if (problem) throw new InputError(field, problem);
  return asOf;
}

export function toGraphFilter(input: FilterInput): GraphFilter {
  const families = input.families ?? FAMILIES;
  for (const family of families) {
    if (!FAMILIES.includes(family as Family)) throw new InputError('families', `unknown family "${family}"`);
  }
  for (const type of input.types ?? []) {
    if (!(RELATIONSHIP_TYPE_NAMES as string[]).includes(type)) {
      throw new InputError(
        'types',
        `unknown relationship type "${type}" (known: ${RELATIONSHIP_TYPE_NAMES.join(', ')})`,
      );
    }
  }
  const types = RELATIONSHIP_TYPE_NAMES.filter(
    (type) => families.includes(RELATIONSHIP_TYPES[type].family) && (input.types == null || input.types.includes(type)),
  );
  const minConfidence = input.minConfidence ?? 0;
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new InputError('minConfidence', 'must be between 0 and 1');
  return { types, asOf: checkAsOf(input.asOf), minConfidence };
}
