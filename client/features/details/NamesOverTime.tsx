/** The names and acronyms an entity went by, oldest first, with when and where each was used. */
import type { EntityDetailsQuery } from '../../api/generated/operations.ts';
import { Citations } from './Citations.tsx';
import { formatPeriod } from '../../ui/format.ts';

type Alias = NonNullable<EntityDetailsQuery['entity']>['aliases'][number];

const ALIAS_KIND_WORDS = { NAME: 'name', ACRONYM: 'acronym', INFORMAL: 'informal name' } as const;

/** Dated names in date order; undated ones after them, alphabetically. */
export function byPeriod(aliases: readonly Alias[]): Alias[] {
  return [...aliases].sort((a, b) => {
    if (a.validFrom && b.validFrom) return a.validFrom.localeCompare(b.validFrom) || a.name.localeCompare(b.name);
    if (a.validFrom || b.validFrom) return a.validFrom ? -1 : 1;
    return a.name.localeCompare(b.name);
  });
}

export function NamesOverTime({ aliases }: { aliases: readonly Alias[] }) {
  if (aliases.length === 0) return null;
  return (
    <section className="details-section" aria-labelledby="names-heading">
      <h3 id="names-heading">Names over time</h3>
      <ol className="names">
        {byPeriod(aliases).map((alias) => (
          <li key={`${alias.name}-${alias.kind}`}>
            <details>
              <summary>
                <span className="name">{alias.name}</span>{' '}
                <span className="muted">
                  {ALIAS_KIND_WORDS[alias.kind]} ·{' '}
                  {alias.validFrom || alias.validTo ? formatPeriod(alias.validFrom, alias.validTo) : 'undated'}
                </span>
              </summary>
              <Citations citations={alias.citations} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
