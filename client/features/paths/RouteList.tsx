/** The routes found: cost, hops in words with each hop's citation; the chosen one is highlighted on the map. */
import { relationshipWords } from '../../graph/palette.ts';
import { useAtlas } from '../app/AtlasContext.tsx';
import { formatPartialDate } from '../details/format.ts';
import type { Route } from '../../state/types.ts';

function Hop({ route, index }: { route: Route; index: number }) {
  const edge = route.edges[index]!;
  const from = route.nodes[index]!;
  const to = route.nodes[index + 1]!;
  const forward = edge.source === from.id;
  const [citation, ...more] = edge.citations;
  return (
    <li className="hop">
      <p className="hop-sentence">
        <strong>{from.name}</strong>{' '}
        {forward ? `${relationshipWords(edge.type)} →` : `← ${relationshipWords(edge.type)} (walked backwards)`}{' '}
        <strong>{to.name}</strong>
        {edge.role && <span className="muted"> as {edge.role}</span>}
      </p>
      {citation && (
        <p className="hop-citation">
          “{citation.quote}” — <cite>{citation.source.title}</cite>, {formatPartialDate(citation.source.date)}
          {citation.source.dateEstimated && ' (date estimated)'}
          {more.length > 0 && <span className="muted"> and {more.length} more</span>}
        </p>
      )}
    </li>
  );
}

export function RouteList() {
  const { state, dispatch, nameOf } = useAtlas();
  const { path } = state;
  if (path.status === 'idle') return null;
  if (path.status === 'loading') return <p className="loading">Finding routes…</p>;
  if (path.status === 'error')
    return (
      <p className="error" role="alert">
        Could not find routes: {path.error}
      </p>
    );
  if (path.routes.length === 0)
    return (
      <p className="empty" role="status" data-testid="no-route">
        No route found between {nameOf(path.from ?? '')} and {nameOf(path.to ?? '')} within {path.maxHops} hops under
        the current filters.
      </p>
    );
  return (
    <ol className="routes" aria-label="Routes, cheapest first" data-testid="routes">
      {path.routes.map((route, index) => (
        <li
          key={route.edges.map((edge) => edge.id).join('|')}
          className={index === path.active ? 'route active' : 'route'}
        >
          <button
            type="button"
            className="route-button"
            aria-pressed={index === path.active}
            onClick={() => dispatch({ type: 'showRoute', index })}
          >
            Route {index + 1}: {route.edges.length} {route.edges.length === 1 ? 'hop' : 'hops'}, cost{' '}
            {route.cost.toFixed(2)}
          </button>
          <ol className="hops">
            {route.edges.map((edge, hop) => (
              <Hop key={edge.id} route={route} index={hop} />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
