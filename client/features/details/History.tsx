/**
 * A stakeholder's history: every version of it and of its relationships, oldest first, with who
 * made each change, when, what it changed and the citations it was made with. Read when opened.
 * Entries record the whole record after a change, citations included, since the feed began.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ChangesPageDocument } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { ChangeLine } from '../../ui/ChangeLine.tsx';

const PAGE = 100;

export function History({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  const [after, setAfter] = useState(0);
  const page = useQuery({
    ...operationQuery(ChangesPageDocument, { stakeholder: id, kinds: ['ENTITY', 'RELATIONSHIP'], first: PAGE, after }),
    enabled: open,
  });
  const changes = page.data?.changes;
  return (
    <details
      className="details-section"
      data-testid="history"
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h3 className="inline-heading">
          History{' '}
          {changes && (
            <span className="count">
              {changes.changes.length}
              {changes.hasMore ? '+' : ''}
            </span>
          )}
        </h3>
      </summary>
      {page.isFetching && !page.data && <p className="muted">Reading its history…</p>}
      {page.error && (
        <p className="error" role="alert">
          {page.error.message}
        </p>
      )}
      {changes && changes.changes.length === 0 && after === 0 && (
        <p className="empty">No change recorded since it was loaded (the seed and imports are its first version).</p>
      )}
      <ol className="change-list">
        {changes?.changes.map((change) => (
          <ChangeLine key={change.seq} change={change} showCitations />
        ))}
      </ol>
      {changes?.hasMore && (
        <button type="button" className="link" onClick={() => setAfter(changes.endSeq)}>
          Later changes
        </button>
      )}
      {after > 0 && (
        <button type="button" className="link" onClick={() => setAfter(0)}>
          Back to the first
        </button>
      )}
    </details>
  );
}
