/**
 * A stakeholder's stance, power and interest over time: a small SVG (stance as a coloured step
 * line with a dot per assessment, power dashed, interest dotted, all on 1 to 5) and the
 * assessments as a list, newest first, with who made each and what it rests on.
 */
import type { AssessmentFieldsFragment } from '../../api/generated/operations.ts';
import { STANCE_COLOURS } from '../../graph/palette.ts';
import { STANCE_LABELS } from '../../ui/format.ts';
import { chartPoints, stepPath } from './history-chart.ts';

const WIDTH = 260;
const HEIGHT = 96;
const PAD = { left: 14, right: 8, top: 8, bottom: 8 };
const toX = (x: number) => PAD.left + x * (WIDTH - PAD.left - PAD.right);
const toY = (level: number) => PAD.top + ((5 - level) / 4) * (HEIGHT - PAD.top - PAD.bottom);

export function HistoryChart({ history, today }: { history: readonly AssessmentFieldsFragment[]; today: string }) {
  if (history.length === 0) return <p className="empty">No assessment yet.</p>;
  const points = chartPoints(history, today);
  const endX = toX(1);
  const first = history[0]!;
  const last = history.at(-1)!;
  const summary = `Stance from ${first.stance ? STANCE_LABELS[first.stance] : 'unknown'} on ${first.date} to ${
    last.stance ? STANCE_LABELS[last.stance] : 'unknown'
  } on ${last.date}, ${history.length} assessment${history.length === 1 ? '' : 's'}`;
  return (
    <figure className="history-chart" data-testid="stance-history">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={summary}>
        {[1, 2, 3, 4, 5].map((level) => (
          <line key={level} x1={PAD.left} x2={endX} y1={toY(level)} y2={toY(level)} className="history-grid" />
        ))}
        <text x={2} y={toY(5) + 3} className="history-axis">
          5
        </text>
        <text x={2} y={toY(1) + 3} className="history-axis">
          1
        </text>
        <path d={stepPath(points, (point) => point.power, toX, toY, endX)} className="history-power" />
        <path d={stepPath(points, (point) => point.interest, toX, toY, endX)} className="history-interest" />
        <path d={stepPath(points, (point) => point.stance, toX, toY, endX)} className="history-stance" />
        {points.map((point, index) =>
          point.stance === null ? null : (
            <circle
              key={history[index]!.id}
              cx={toX(point.x)}
              cy={toY(point.stance)}
              r={4}
              fill={STANCE_COLOURS[history[index]!.stance!]}
            >
              <title>{`${history[index]!.date}: ${STANCE_LABELS[history[index]!.stance!]}`}</title>
            </circle>
          ),
        )}
      </svg>
      <figcaption className="muted history-legend">
        <span className="key-stance">Stance (champion 5 … opponent 1)</span> <span className="key-power">power</span>{' '}
        <span className="key-interest">interest</span>
      </figcaption>
      <ol className="history-list" aria-label="Assessments, newest first">
        {[...history].reverse().map((assessment) => (
          <li key={assessment.id}>
            <time dateTime={assessment.date}>{assessment.date}</time>:{' '}
            {assessment.stance ? STANCE_LABELS[assessment.stance] : 'stance unknown'}, power {assessment.power ?? '—'},
            interest {assessment.interest ?? '—'}
            {assessment.note && <> · {assessment.note}</>}
            <span className="muted">
              {' '}
              · by {assessment.assessedBy}
              {assessment.migrated && ' (from the profile before assessments)'}
              {assessment.interaction && `, after the ${assessment.interaction.date} interaction`}
              {assessment.source && `, from “${assessment.source.title}”`}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
