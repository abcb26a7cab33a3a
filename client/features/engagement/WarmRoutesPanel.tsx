/**
 * "How do we reach X?": warm-introduction routes from us to a stakeholder over relationships and
 * recent interactions, around chosen stakeholders and stances. The chosen route is highlighted on
 * the map as Paths does; each hop says why it exists (a citation or an interaction).
 */
import { useState } from 'react';
import { WarmRoutesDocument, type Stance, type WarmRoutesQuery } from '../../api/generated/operations.ts';
import { request } from '../../api/request.ts';
import { graphFilterVariables } from '../../state/variables.ts';
import { useAtlas } from '../app/AtlasContext.tsx';
import { EntityCombobox } from '../search/EntityCombobox.tsx';
import { STANCES, STANCE_LABELS } from './grid.ts';

export type WarmRoute = WarmRoutesQuery['warmRoutes'][number];

function Picker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { state, nameOf, rememberName } = useAtlas();
  const selected = state.selection && !state.selection.startsWith('rel:') ? state.selection : null;
  if (value)
    return (
      <div className="chosen">
        <span className="field-label">{label}</span>
        <span className="chip">
          {nameOf(value)}
          <button
            type="button"
            className="chip-remove"
            aria-label={`Clear ${label.toLowerCase()}: ${nameOf(value)}`}
            onClick={() => onChange(null)}
          >
            ×
          </button>
        </span>
      </div>
    );
  return (
    <div>
      <EntityCombobox
        label={label}
        placeholder="Search a stakeholder…"
        onChoose={(hit) => {
          rememberName(hit);
          onChange(hit.id);
        }}
      />
      {selected && (
        <button type="button" className="link small" onClick={() => onChange(selected)}>
          Use selected: {nameOf(selected)}
        </button>
      )}
    </div>
  );
}

export interface WarmRoutesPanelProps {
  /** The route to highlight on the map, or null. */
  onShow: (route: WarmRoute | null) => void;
}

export function WarmRoutesPanel({ onShow }: WarmRoutesPanelProps) {
  const { state, nameOf, rememberName } = useAtlas();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [avoid, setAvoid] = useState<string[]>([]);
  const [avoidStances, setAvoidStances] = useState<Stance[]>([]);
  const [status, setStatus] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const [routes, setRoutes] = useState<WarmRoute[]>([]);
  const [error, setError] = useState('');
  const [active, setActive] = useState(0);
  const ready = !!from && !!to && from !== to;

  async function find() {
    if (!from || !to) return;
    setStatus('loading');
    onShow(null);
    const { families, minConfidence } = graphFilterVariables(state);
    try {
      const result = await request(WarmRoutesDocument, {
        from,
        to,
        avoid,
        avoidStances,
        families,
        minConfidence,
        maxHops: 4,
        first: 3,
      });
      setRoutes(result.warmRoutes);
      setActive(0);
      setStatus('done');
      onShow(result.warmRoutes[0] ?? null);
    } catch (caught) {
      setError((caught as Error).message);
      setStatus('error');
    }
  }

  function toggleStance(stance: Stance) {
    setAvoidStances((list) => (list.includes(stance) ? list.filter((item) => item !== stance) : [...list, stance]));
  }

  return (
    <div className="paths warm-routes" data-testid="warm-routes">
      <p className="muted">How do we reach a stakeholder? Routes over relationships and last year’s interactions.</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void find();
        }}
      >
        <Picker label="From (us)" value={from} onChange={setFrom} />
        <Picker label="Reach" value={to} onChange={setTo} />
        <div className="avoid">
          <EntityCombobox
            label="Avoid stakeholders (optional)"
            placeholder="Route around…"
            onChoose={(hit) => {
              rememberName(hit);
              setAvoid((list) => (list.includes(hit.id) ? list : [...list, hit.id]));
            }}
          />
          {avoid.length > 0 && (
            <ul className="chips" aria-label="Avoided stakeholders">
              {avoid.map((id) => (
                <li key={id} className="chip">
                  {nameOf(id)}
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={`Stop avoiding ${nameOf(id)}`}
                    onClick={() => setAvoid((list) => list.filter((item) => item !== id))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <fieldset className="checks">
          <legend>Avoid stakeholders who are</legend>
          {STANCES.map((stance) => (
            <label key={stance}>
              <input type="checkbox" checked={avoidStances.includes(stance)} onChange={() => toggleStance(stance)} />{' '}
              {STANCE_LABELS[stance]}
            </label>
          ))}
        </fieldset>
        <div className="action-row">
          <button type="submit" className="primary" disabled={!ready || status === 'loading'}>
            {status === 'loading' ? 'Finding routes…' : 'Find warm routes'}
          </button>
        </div>
        {from && from === to && <p className="hint">Choose two different stakeholders.</p>}
      </form>
      {status === 'error' && (
        <p className="error" role="alert">
          Could not find warm routes: {error}
        </p>
      )}
      {status === 'done' && routes.length === 0 && (
        <p className="empty" role="status" data-testid="no-warm-route">
          No warm route found from {nameOf(from ?? '')} to {nameOf(to ?? '')} within 4 hops.
        </p>
      )}
      {status === 'done' && routes.length > 0 && (
        <ol className="routes" aria-label="Warm routes, cheapest first" data-testid="warm-route-list">
          {routes.map((route, index) => {
            const names = new Map(route.nodes.map((node) => [node.id, node.name]));
            return (
              <li
                key={route.nodes.map((node) => node.id).join('|')}
                className={index === active ? 'route active' : 'route'}
              >
                <button
                  type="button"
                  className="route-button"
                  aria-pressed={index === active}
                  onClick={() => {
                    setActive(index);
                    onShow(route);
                  }}
                >
                  Route {index + 1}: {route.steps.length} {route.steps.length === 1 ? 'hop' : 'hops'}, cost{' '}
                  {route.cost.toFixed(2)}
                </button>
                <ol className="hops">
                  {route.steps.map((step, hop) => (
                    <li key={hop} className="hop" data-testid="warm-hop">
                      <p className="hop-sentence">
                        <strong>{names.get(step.from) ?? nameOf(step.from)}</strong> →{' '}
                        <strong>{names.get(step.to) ?? nameOf(step.to)}</strong>
                        {step.interaction && (
                          <span className="muted"> (recent {step.interaction.kind.toLowerCase()})</span>
                        )}
                      </p>
                      <p className="hop-citation">{step.explanation}</p>
                    </li>
                  ))}
                </ol>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
