/**
 * The sources whose texts name the stakeholder, read by the atlas (by any name valid at each
 * source's date), apart from the citations: a text may name it without any fact citing the text
 * for it. Asked for only when opened: reading every text costs more than the rest of the details,
 * and after every change the texts are read again.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EntityMentionedInDocument } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { dispatch } from '../../state/store.ts';
import { formatPartialDate } from '../../ui/format.ts';

/** citedSources: the sources cited for it or for its relationships shown. */
export function MentionedIn({ id, citedSources }: { id: string; citedSources: ReadonlySet<string> }) {
  const [open, setOpen] = useState(false);
  const reading = useQuery({ ...operationQuery(EntityMentionedInDocument, { id }), enabled: open });
  const sources = reading.data?.entity?.mentionedIn ?? [];
  return (
    <details
      className="details-section"
      data-testid="mentioned-in"
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h3 className="inline-heading">
          Sources that mention it {reading.data && <span className="count">{sources.length}</span>}
        </h3>
      </summary>
      {reading.isFetching && !reading.data && <p className="muted">Reading the sources’ texts…</p>}
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
    </details>
  );
}
