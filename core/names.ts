/** The name an entity went by at a date: the same rule as cypher/graph/get-nodes.cypher. */
import { overlaps } from './dates.ts';

export interface DatedName {
  name: string;
  kind: string;
  validFrom?: string | null;
  validTo?: string | null;
}

export function nameAsOf(entityName: string, aliases: readonly DatedName[], date: string): string {
  const candidates = aliases
    .filter((alias) => alias.kind === 'name' && (alias.validFrom != null || alias.validTo != null))
    .filter((alias) => overlaps(date, alias.validFrom, alias.validTo))
    .sort(
      (a, b) =>
        (b.validFrom ?? '').localeCompare(a.validFrom ?? '') ||
        Number(b.name === entityName) - Number(a.name === entityName),
    );
  return candidates[0]?.name ?? entityName;
}
