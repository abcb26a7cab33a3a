/**
 * The aggregates drawn ("412 councils" of a hub), beside the map and folded by default, so the list
 * never covers the map: each with a button that draws its members (the keyboard's way; a click on
 * the map does the same).
 */
import { aggregateLabel, type Aggregate } from '../../graph/supernodes.ts';
import { useNameOf } from '../../state/hooks.ts';

/** Aggregates listed with a button each; the rest expand by a click on the map. */
const AGGREGATES_LISTED = 8;

export function AggregatesList({
  aggregates,
  onExpand,
}: {
  aggregates: readonly Aggregate[];
  onExpand: (id: string) => void;
}) {
  const nameOf = useNameOf();
  if (aggregates.length === 0) return null;
  const largest = [...aggregates].sort((a, b) => b.members.length - a.members.length).slice(0, AGGREGATES_LISTED);
  return (
    <details className="map-aggregates" data-testid="map-aggregates">
      <summary>
        Drawn as one: {aggregates.length} {aggregates.length === 1 ? 'group' : 'groups'} (click one on the map, or here)
      </summary>
      <div className="map-aggregates-list">
        {largest.map((aggregate) => (
          <button key={aggregate.id} type="button" className="link" onClick={() => onExpand(aggregate.id)}>
            {aggregateLabel(aggregate.members.length, aggregate.kind, aggregate.type)} of {nameOf(aggregate.hub)}
          </button>
        ))}
        {aggregates.length > AGGREGATES_LISTED && <span>and {aggregates.length - AGGREGATES_LISTED} more</span>}
      </div>
    </details>
  );
}
