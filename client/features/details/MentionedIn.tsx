/**
 * The sources whose texts name the stakeholder, read by the atlas (by any name valid at each
 * source's date), apart from the citations: a text may name it without any fact citing the text
 * for it. Its own query, since reading every text takes longer than the rest of the details.
 */
import { useQuery } from '@tanstack/react-query';
import { EntityMentionedInDocument } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { dispatch } from '../../state/store.ts';
import { formatPartialDate } from '../../ui/format.ts';

/** citedSources: the sources cited for it or for its relationships shown. */
export function MentionedIn({ id, citedSources }: { id: string; citedSources: ReadonlySet<string> }) {
  const reading = useQuery(operationQuery(EntityMentionedInDocument, { id }));
  const sources = reading.data?.entity?.mentionedIn ?? [];
  return (
    <section className="details-section" aria-labelledby="mentioned-heading" data-testid="mentioned-in">
      <h3 id="mentioned-heading">
        Sources that mention it {reading.data && <span className="count">{sources.length}</span>}
      </h3>
      {reading.isPending && <p className="muted">Reading the sources’ texts…</p>}
      {reading.error && (
        <p className="error" role="alert">
          {reading.error.message}
        </p>
      )}
      {reading.data && sources.length === 0 && <p className="empty">No source’s text names it.</p>}
      <ul className="mentioned-in">
        {sources.map((source) => (
          <li key={source.id}>
            <button type="button" className="link" onClick={() => dispatch({ type: 'openSource', id: source.id })}>
              {source.title}
            </button>{' '}
            <span className="muted">
              {source.publisher}, {formatPartialDate(source.date)}
              {source.dateEstimated && ' (estimated)'}
              {citedSources.has(source.id) ? '' : ' · no fact about it cites it'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
