/** The routes found: cost, hops in words with each hop's citation; the chosen one is highlighted on the map. */
import { relationshipWords } from '../../graph/palette.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';
import { useNameOf, useRoutes } from '../../state/hooks.ts';
import { formatPartialDate, formatPeriod } from '../../ui/format.ts';
import type { Route } from '../../api/queries.ts';
import { selectActiveRoute } from '../../state/selectors.ts';

function Hop({ route, index }: { route: Route; index: number }) {
  const edge = route.edges[index]!;
  const from = route.nodes[index]!;
  const to = route.nodes[index + 1]!;
  const forward = edge.source === from.id;
  const former = route.former.includes(edge.id);
  const [citation, ...more] = edge.citations;
  return (
    <li className={former ? 'hop former' : 'hop'} data-testid="path-hop">
      <p className="hop-sentence">
        <strong>{from.name}</strong>{' '}
        {forward ? `${relationshipWords(edge.type)} →` : `← ${relationshipWords(edge.type)} (walked backwards)`}{' '}
        <strong>{to.name}</strong>
        {edge.role && <span className="muted"> as {edge.role}</span>}
      </p>
      <p className="hop-dates">
        {former && <span className="former-badge">former</span>} {formatPeriod(edge.validFrom, edge.validTo)}
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
  const nameOf = useNameOf();
  const route = useAtlasState((state) => state.route);
  const routes = useRoutes();
  const search = route.search;
  if (search?.source !== 'paths') return null;
  if (routes.isError)
    return (
      <p className="error" role="alert">
        Could not find routes: {routes.error.message}
      </p>
    );
  if (!routes.data) return <p className="loading">Finding routes…</p>;
  if (routes.data.length === 0)
    return (
      <p className="empty" role="status" data-testid="no-route">
        No route found between {nameOf(search.variables.from)} and {nameOf(search.variables.to)} within{' '}
        {search.variables.maxHops} hops under the current filters.
      </p>
    );
  const active = selectActiveRoute({ route }, routes.data);
  return (
    <ol className="routes" aria-label="Routes, cheapest first" data-testid="routes">
      {routes.data.map((found, index) => (
        <li key={found.edges.map((edge) => edge.id).join('|')} className={found === active ? 'route active' : 'route'}>
          <button
            type="button"
            className="route-button"
            aria-pressed={found === active}
            onClick={() => dispatch({ type: 'showRoute', index })}
          >
            Route {index + 1}: {found.edges.length} {found.edges.length === 1 ? 'hop' : 'hops'}, cost{' '}
            {found.cost.toFixed(2)}
          </button>
          <ol className="hops">
            {found.edges.map((edge, hop) => (
              <Hop key={edge.id} route={found} index={hop} />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
