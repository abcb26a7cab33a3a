/** One relationship in words, with its role, period, confidence and citations. */
import type { MapEdgeFragment } from '../../api/generated/operations.ts';
import { relationshipWords } from '../../graph/palette.ts';
import { dispatch } from '../../state/store.ts';
import { Citations } from './Citations.tsx';
import { DATE_BASIS_WORDS, formatConfidence, formatPeriod, formatPrecision } from '../../ui/format.ts';

export function EntityLink({ id, name }: { id: string; name: string }) {
  return (
    <button type="button" className="link" onClick={() => dispatch({ type: 'select', id, focus: true })}>
      {name}
    </button>
  );
}

export function RelationshipItem({ edge, nameOf }: { edge: MapEdgeFragment; nameOf: (id: string) => string }) {
  const precision = formatPrecision(edge.validFromPrecision, edge.validToPrecision);
  return (
    <article
      className="relationship"
      data-testid="relationship"
      aria-label={`${nameOf(edge.source)} ${relationshipWords(edge.type)} ${nameOf(edge.target)}`}
    >
      <p className="relationship-sentence">
        <EntityLink id={edge.source} name={nameOf(edge.source)} /> {relationshipWords(edge.type)}{' '}
        <EntityLink id={edge.target} name={nameOf(edge.target)} />
        {edge.role && <span className="relationship-role"> as {edge.role}</span>}
      </p>
      <dl className="facts">
        <div>
          <dt>When</dt>
          <dd>
            {formatPeriod(edge.validFrom, edge.validTo)}
            {precision && <span className="muted"> · {precision}</span>}
            <span className="muted"> · {DATE_BASIS_WORDS[edge.dateBasis]}</span>
          </dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd>{formatConfidence(edge.confidence)}</dd>
        </div>
      </dl>
      <Citations citations={edge.citations} />
    </article>
  );
}
