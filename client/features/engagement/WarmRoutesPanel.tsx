/**
 * "How do we reach X?": warm-introduction routes from us to a stakeholder over relationships and
 * recent interactions, around chosen stakeholders and stances. The chosen route is highlighted on
 * the map as Paths does; each hop says why it exists (a citation or an interaction).
 */
import type { Stance } from '../../api/generated/operations.ts';
import type { Route } from '../../api/queries.ts';
import { useNameOf, useRoutes } from '../../state/hooks.ts';
import { selectActiveRoute } from '../../state/selectors.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';
import type { WarmQuestion } from '../../state/types.ts';
import { formatPartialDate, formatPeriod, STANCES, STANCE_LABELS } from '../../ui/format.ts';
import { AvoidPicker, StakeholderPicker } from '../../ui/StakeholderPicker.tsx';

type Step = NonNullable<Route['steps']>[number];

function ask(change: Partial<WarmQuestion>) {
  dispatch({ type: 'setWarmQuestion', change });
}

export function WarmRoutesPanel() {
  const nameOf = useNameOf();
  const route = useAtlasState((state) => state.route);
  const routes = useRoutes();
  const search = route.search?.source === 'warm' ? route.search : null;
  const loading = !!search && routes.isFetching;
  const found = search ? routes.data : undefined;
  const active = selectActiveRoute({ route }, found);
  return (
    <div className="paths warm-routes" data-testid="warm-routes">
      <p className="muted">
        How do we reach a stakeholder? Routes over relationships valid on the day and the year’s interactions before it.
      </p>
      <WarmQuestionForm loading={loading} />
      {search && routes.isError && (
        <p className="error" role="alert">
          Could not find warm routes: {routes.error.message}
        </p>
      )}
      {search && found?.length === 0 && (
        <p className="empty" role="status" data-testid="no-warm-route">
          No warm route found from {nameOf(search.variables.from)} to {nameOf(search.variables.to)} within{' '}
          {search.variables.maxHops} hops.
        </p>
      )}
      {search && found && found.length > 0 && <WarmRouteList found={found} active={active} />}
    </div>
  );
}

/** The question: from whom, to whom, whom and which stances to avoid, on which day. */
function WarmQuestionForm({ loading }: { loading: boolean }) {
  const warm = useAtlasState((state) => state.warm);
  const { from, to, avoid, avoidStances, day, includeFormer } = warm;
  const ready = !!from && !!to && from !== to;

  function toggleStance(stance: Stance) {
    ask({
      avoidStances: avoidStances.includes(stance)
        ? avoidStances.filter((item) => item !== stance)
        : [...avoidStances, stance],
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        dispatch({ type: 'findRoutes', source: 'warm' });
      }}
    >
      <StakeholderPicker label="From (us)" value={from} onChange={(id) => ask({ from: id })} />
      <StakeholderPicker label="Reach" value={to} onChange={(id) => ask({ to: id })} />
      <AvoidPicker
        label="Avoid stakeholders (optional)"
        avoid={avoid}
        onAdd={(id) => ask({ avoid: avoid.includes(id) ? avoid : [...avoid, id] })}
        onRemove={(id) => ask({ avoid: avoid.filter((item) => item !== id) })}
      />
      <fieldset className="checks">
        <legend>Avoid stakeholders who are</legend>
        {STANCES.map((stance) => (
          <label key={stance}>
            <input type="checkbox" checked={avoidStances.includes(stance)} onChange={() => toggleStance(stance)} />{' '}
            {STANCE_LABELS[stance]}
          </label>
        ))}
      </fieldset>
      <div className="path-options">
        <label>
          Valid on (blank: today){' '}
          <input type="date" value={day ?? ''} onChange={(event) => ask({ day: event.target.value || null })} />
        </label>
        <label>
          <input
            type="checkbox"
            checked={includeFormer}
            onChange={(event) => ask({ includeFormer: event.target.checked })}
          />{' '}
          Include former relationships
        </label>
      </div>
      <div className="action-row">
        <button type="submit" className="primary" disabled={!ready || loading}>
          {loading ? 'Finding routes…' : 'Find warm routes'}
        </button>
      </div>
      {from && from === to && <p className="hint">Choose two different stakeholders.</p>}
    </form>
  );
}

function WarmRouteList({ found, active }: { found: Route[]; active: Route | null }) {
  return (
    <ol className="routes" aria-label="Warm routes, cheapest first" data-testid="warm-route-list">
      {found.map((shown, index) => (
        <WarmRoute
          key={shown.nodes.map((node) => node.id).join('|')}
          shown={shown}
          index={index}
          active={shown === active}
        />
      ))}
    </ol>
  );
}

/** One route: a button that shows it on the map, then its hops. */
function WarmRoute({ shown, index, active }: { shown: Route; index: number; active: boolean }) {
  const names = new Map(shown.nodes.map((node) => [node.id, node.name]));
  const steps = shown.steps ?? [];
  return (
    <li className={active ? 'route active' : 'route'}>
      <button
        type="button"
        className="route-button"
        aria-pressed={active}
        onClick={() => dispatch({ type: 'showRoute', index })}
      >
        Route {index + 1}: {steps.length} {steps.length === 1 ? 'hop' : 'hops'}, cost {shown.cost.toFixed(2)}
      </button>
      <ol className="hops">
        {steps.map((step, hop) => (
          <WarmHop key={hop} step={step} names={names} />
        ))}
      </ol>
    </li>
  );
}

/** A hop: who to whom, since when (or when they met), and why it exists. */
function WarmHop({ step, names }: { step: Step; names: Map<string, string> }) {
  const nameOf = useNameOf();
  return (
    <li className={step.former ? 'hop former' : 'hop'} data-testid="warm-hop">
      <p className="hop-sentence">
        <strong>{names.get(step.from) ?? nameOf(step.from)}</strong> →{' '}
        <strong>{names.get(step.to) ?? nameOf(step.to)}</strong>
        {step.interaction && <span className="muted"> (recent {step.interaction.kind.toLowerCase()})</span>}
      </p>
      <p className="hop-dates">
        {step.former && <span className="former-badge">former</span>}{' '}
        {step.edge
          ? formatPeriod(step.edge.validFrom, step.edge.validTo)
          : step.interaction && `met ${formatPartialDate(step.interaction.date)}`}
      </p>
      <p className="hop-citation">{step.explanation}</p>
    </li>
  );
}
