/**
 * One source: its fields, its text, and every fact that cites it, each a link that selects the
 * stakeholder or relationship on the map; its text with the stakeholders it names and the
 * relationships it proposes (SourceReading). Editors edit or retire it here.
 */
import { useQuery } from '@tanstack/react-query';
import { SourcePageDocument, type SourcePageQuery } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { useSession } from '../../session/session.ts';
import { useNameOf } from '../../state/hooks.ts';
import { dispatch } from '../../state/store.ts';
import { formatPartialDate } from '../../ui/format.ts';
import { SourceEditor } from './SourceEditor.tsx';
import { SourceReading } from './SourceReading.tsx';

type PageSource = NonNullable<SourcePageQuery['source']>;
type Quoted = { quote: string; note: string | null; source: { id: string } };

function Quotes({ citations, id }: { citations: readonly Quoted[]; id: string }) {
  const mine = citations.filter((citation) => citation.source.id === id);
  return (
    <ul className="quotes">
      {mine.map((citation, index) => (
        <li key={index}>
          <q>{citation.quote}</q>
          {citation.note && <span className="muted"> ({citation.note})</span>}
        </li>
      ))}
    </ul>
  );
}

/** Selects a stakeholder or relationship and shows it on the map. */
function showOnMap(id: string) {
  dispatch({ type: 'select', id, focus: true });
  dispatch({ type: 'setView', view: 'map' });
}

export function SourcePage({ id, onBack }: { id: string; onBack: () => void }) {
  const { canEdit } = useSession();
  const page = useQuery(operationQuery(SourcePageDocument, { id }));
  const source = page.data?.source;

  return (
    <article className="source-page" data-testid="source-page" aria-labelledby="source-page-title">
      <button type="button" className="link small" onClick={onBack}>
        ← All sources
      </button>
      {page.isPending && <p className="muted">Loading the source…</p>}
      {page.error && (
        <p className="error" role="alert">
          {page.error.message}
        </p>
      )}
      {page.data && !source && <p className="empty">There is no source {id}.</p>}
      {source && (
        <>
          <h2 id="source-page-title">{source.title}</h2>
          <SourceFacts source={source} />
          {canEdit && !source.retiredAt && <SourceEditor id={source.id} />}

          <CitedBy source={source} />

          <section aria-labelledby="source-text">
            <h3 id="source-text">Text</h3>
            {source.text ? (
              <SourceReading id={source.id} text={source.text} />
            ) : (
              <p className="muted">
                This source has no text: its citations&apos; quotes are the editors&apos; notes of what it said.
              </p>
            )}
          </section>
        </>
      )}
    </article>
  );
}

/** Publisher, kind, date (estimated or not, with its note), address or file, and retirement. */
function SourceFacts({ source }: { source: PageSource }) {
  return (
    <dl className="source-facts">
      <dt>Publisher</dt>
      <dd>{source.publisher}</dd>
      <dt>Kind</dt>
      <dd>{source.kind}</dd>
      <dt>Date</dt>
      <dd>
        {formatPartialDate(source.date)}
        {source.dateEstimated && ' (estimated)'}
        {source.dateNote && <span className="muted"> {source.dateNote}</span>}
      </dd>
      {source.url && (
        <>
          <dt>URL</dt>
          <dd>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.url}
            </a>
          </dd>
        </>
      )}
      {source.fileName && (
        <>
          <dt>File</dt>
          <dd>{source.fileName}</dd>
        </>
      )}
      {source.retiredAt && (
        <>
          <dt>Retired</dt>
          <dd>{source.retiredAt.slice(0, 10)}: it can no longer be cited; its citations stay.</dd>
        </>
      )}
    </dl>
  );
}

/** Every stakeholder, name and relationship citing the source, each a link to the map, with its quotes. */
function CitedBy({ source }: { source: PageSource }) {
  const nameOf = useNameOf();
  return (
    <section aria-labelledby="source-cited-by">
      <h3 id="source-cited-by">Cited by</h3>
      {source.citedBy.entities.length + source.citedBy.aliases.length + source.citedBy.relationships.length === 0 && (
        <p className="empty">No fact cites this source yet.</p>
      )}
      <ul className="cited-by">
        {source.citedBy.entities.map((entity) => (
          <li key={entity.id}>
            <button type="button" className="link" onClick={() => showOnMap(entity.id)}>
              {entity.name}
            </button>
            <Quotes citations={entity.citations} id={source.id} />
          </li>
        ))}
        {source.citedBy.aliases.map(({ entity, alias }) => (
          <li key={`${entity.id}#${alias.name}`}>
            <button type="button" className="link" onClick={() => showOnMap(entity.id)}>
              {entity.name}
            </button>{' '}
            as “{alias.name}”
            <Quotes citations={alias.citations} id={source.id} />
          </li>
        ))}
        {source.citedBy.relationships.map((edge) => (
          <li key={edge.id}>
            <button type="button" className="link" onClick={() => showOnMap(edge.id)}>
              {nameOf(edge.source)} {edge.type.toLowerCase().replace(/_/g, ' ')} {nameOf(edge.target)}
            </button>
            {edge.role && <span className="muted"> ({edge.role})</span>}
            <Quotes citations={edge.citations} id={source.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}
