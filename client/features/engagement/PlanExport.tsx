/**
 * The engagement plan: the register as CSV (GET /export/register.csv with the bearer token, through
 * fetch and a Blob) and a printable plan sorted by next action (print CSS shows only the plan), with
 * contact health. Both keep the grid's "stance changed since" filter, and count from its "today".
 */
import { useState } from 'react';
import { fetchFile } from '../../api/request.ts';
import { download } from '../../ui/download.ts';
import type { Profile } from './register.ts';
import { HEALTH_LABELS } from './Health.tsx';
import { useToday } from './today.ts';
import { STANCE_LABELS } from '../../ui/format.ts';
import { QUADRANT_LABELS } from './grid.ts';
import { planOrder } from './plan.ts';

export function PlanExport({ profiles, changedSince }: { profiles: Profile[]; changedSince: string | null }) {
  const { today } = useToday();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = planOrder(profiles);

  async function downloadCsv() {
    setBusy(true);
    setProblem(null);
    try {
      const params = new URLSearchParams({ today });
      if (changedSince) params.set('stanceChangedSince', changedSince);
      download(await fetchFile(`/export/register.csv?${params}`), 'stakeholder-register.csv');
    } catch (error) {
      setProblem(`Could not download the register: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="plan" aria-labelledby="plan-title" data-testid="plan">
      <div className="plan-heading">
        <h2 id="plan-title">Engagement plan</h2>
        <div className="action-row no-print">
          <button type="button" onClick={() => void downloadCsv()} disabled={busy}>
            {busy ? 'Downloading…' : 'Download register (CSV)'}
          </button>
          <button type="button" onClick={() => window.print()}>
            Print plan
          </button>
        </div>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <table className="plan-table">
        <caption className="visually-hidden">The register, soonest next action first</caption>
        <thead>
          <tr>
            <th scope="col">Stakeholder</th>
            <th scope="col">Owner</th>
            <th scope="col">Stance</th>
            <th scope="col">Quadrant</th>
            <th scope="col">Next action</th>
            <th scope="col">Due</th>
            <th scope="col">Contact</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.entity.id}>
              <th scope="row">{row.entity.name}</th>
              <td>{row.owner ?? '—'}</td>
              <td>{row.stance ? STANCE_LABELS[row.stance] : '—'}</td>
              <td>{row.quadrant ? QUADRANT_LABELS[row.quadrant] : '—'}</td>
              <td>{row.nextAction ?? '—'}</td>
              <td>{row.nextActionDue ?? '—'}</td>
              <td data-testid={`plan-health-${row.entity.id}`}>
                {row.health
                  ? `${HEALTH_LABELS[row.health.state]} (last ${row.health.lastContact ?? 'never'}, due ${row.health.nextContactDue})`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
