/**
 * Sources (top bar, `view=sources`): every source with its publisher, kind, date and how many facts
 * cite it; choosing one opens its page. Editors add sources here too.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SourceListDocument } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { useSession } from '../../session/session.ts';
import { formatPartialDate } from '../../ui/format.ts';
import { NewSourceForm } from '../../ui/SourceForm.tsx';
import { dispatch, useAtlasState } from '../../state/store.ts';
import { SourcePage } from './SourcePage.tsx';

export function SourcesView() {
  const { canEdit } = useSession();
  const list = useQuery(operationQuery(SourceListDocument, {}));
  const openId = useAtlasState((state) => state.openSource);
  const setOpenId = (id: string | null) => dispatch({ type: 'openSource', id });
  const [creating, setCreating] = useState(false);

  if (openId) return <SourcePage id={openId} onBack={() => setOpenId(null)} />;

  const sources = list.data?.sources ?? [];
  return (
    <div className="sources-view" data-testid="sources-view">
      <div className="sources-head">
        <h2>
          Sources <span className="count">{sources.length}</span>
        </h2>
        {canEdit && !creating && (
          <button type="button" onClick={() => setCreating(true)}>
            New source…
          </button>
        )}
      </div>
      {creating && (
        <NewSourceForm
          form="sources-new"
          onCreated={(source) => {
            setCreating(false);
            setOpenId(source.id);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {list.isPending && <p className="muted">Loading sources…</p>}
      {list.error && (
        <p className="error" role="alert">
          {list.error.message}
        </p>
      )}
      {sources.length > 0 && (
        <table className="sources-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Publisher</th>
              <th scope="col">Kind</th>
              <th scope="col">Date</th>
              <th scope="col" className="number">
                Cited by
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id} className={source.retiredAt ? 'retired' : undefined}>
                <td>
                  <button type="button" className="link" onClick={() => setOpenId(source.id)}>
                    {source.title}
                  </button>
                  {source.retiredAt && <span className="muted"> (retired)</span>}
                </td>
                <td>{source.publisher}</td>
                <td>{source.kind}</td>
                <td>
                  {formatPartialDate(source.date)}
                  {source.dateEstimated && <span className="muted"> (estimated)</span>}
                </td>
                <td className="number">{source.citationCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
