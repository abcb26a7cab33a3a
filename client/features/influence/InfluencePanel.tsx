/** Influence overlay: size the map by degree, betweenness or PageRank, with a ranked, explained list. */
import { INFLUENCE_METRICS, INFLUENCE_METRIC_NAMES, type InfluenceMetric } from '../../../core/vocabulary.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';
import { useInfluence } from '../../state/hooks.ts';

const METRICS: { value: InfluenceMetric | null; label: string; hint: string }[] = [
  { value: null, label: 'Off', hint: 'Node size shows the number of relationships.' },
  ...INFLUENCE_METRIC_NAMES.map((value) => ({
    value,
    label: INFLUENCE_METRICS[value].label,
    hint: INFLUENCE_METRICS[value].measures,
  })),
];

const SHOWN = 20;

export function InfluencePanel() {
  const influence = useAtlasState((state) => state.influence);
  const metric = METRICS.find((entry) => entry.value === influence) ?? METRICS[0]!;
  return (
    <div className="influence" data-testid="influence">
      <fieldset>
        <legend>Size stakeholders by</legend>
        <div className="metric-choice">
          {METRICS.map((entry) => (
            <label key={entry.label} className={entry.value === influence ? 'selected' : undefined}>
              <input
                type="radio"
                name="influence-metric"
                checked={entry.value === influence}
                onChange={() => dispatch({ type: 'setInfluence', metric: entry.value })}
              />
              {entry.label}
            </label>
          ))}
        </div>
        <p className="hint">{metric.hint}</p>
        {influence && <p className="hint">Scores follow the family and year filters.</p>}
      </fieldset>
      {influence && <Ranking />}
    </div>
  );
}

function Ranking() {
  const scores = useInfluence();
  if (scores.isError)
    return (
      <p className="error" role="alert">
        Could not rank influence: {scores.error?.message}
      </p>
    );
  if (!scores.data) return <p className="loading">Ranking…</p>;
  if (scores.data.length === 0) return <p className="empty">Nobody to rank under these filters.</p>;
  const top = scores.data[0]!.score || 1;
  return (
    <ol className="ranking" aria-label="Most influential first" data-testid="ranking">
      {scores.data.slice(0, SHOWN).map((entry) => (
        <li key={entry.entity.id}>
          <div className="rank-line">
            <span className="rank">{entry.rank}</span>
            <button
              type="button"
              className="link"
              onClick={() => dispatch({ type: 'select', id: entry.entity.id, focus: true })}
            >
              {entry.entity.name}
            </button>
            <span className="score">{formatScore(entry.score)}</span>
          </div>
          <div className="bar" aria-hidden="true">
            <span style={{ width: `${Math.max(2, (entry.score / top) * 100)}%` }} />
          </div>
          <p className="explanation">{entry.explanation}</p>
        </li>
      ))}
    </ol>
  );
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(3);
}
