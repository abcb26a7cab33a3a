/** A stakeholder's contact health as a small labelled badge: on track, due or overdue. */
import type { HealthState } from '../../api/generated/operations.ts';

export const HEALTH_LABELS: Record<HealthState, string> = {
  ON_TRACK: 'On track',
  DUE: 'Contact due',
  OVERDUE: 'Contact overdue',
};

export interface HealthView {
  state: HealthState;
  cadenceDays: number;
  lastContact: string | null;
  nextContactDue: string;
}

export function healthSentence(health: HealthView): string {
  const last = health.lastContact ? `last contact ${health.lastContact}` : 'no contact yet';
  return `${HEALTH_LABELS[health.state]}: every ${health.cadenceDays} days, ${last}, next due ${health.nextContactDue}`;
}

export function HealthBadge({ health, compact = false }: { health: HealthView | null; compact?: boolean }) {
  if (!health) return compact ? null : <span className="muted">No contact cadence</span>;
  return (
    <span
      className={`health health-${health.state.toLowerCase().replace('_', '-')}`}
      title={healthSentence(health)}
      data-testid="health"
    >
      {compact ? HEALTH_LABELS[health.state] : healthSentence(health)}
    </span>
  );
}
