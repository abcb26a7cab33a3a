/**
 * The stakeholder register as CSV, formula-safe with a byte-order mark and CRLF (core/export/csv.ts),
 * with contact health counted from `today`.
 */
import { contactHealth } from '../../core/engagement-health.ts';
import { csvTable } from '../../core/export/csv.ts';
import { InputError } from '../../core/errors.ts';
import type { RegisterRow } from '../repositories/engagement.ts';
import { quadrantOfProfile } from '../repositories/engagement.ts';

export const REGISTER_COLUMNS = [
  'id',
  'name',
  'kind',
  'owner',
  'power',
  'interest',
  'quadrant',
  'stance',
  'objectives',
  'topics',
  'next action',
  'due',
  'contact every (days)',
  'last contact',
  'next contact due',
  'health',
] as const;

export function registerCsv(rows: RegisterRow[], today: string): string {
  return csvTable(
    REGISTER_COLUMNS,
    rows.map(({ entityId, name, kind, profile }) => {
      const health = contactHealth(profile.cadenceDays, profile.contactDates ?? [], today);
      return [
        entityId,
        name,
        kind,
        profile.owner,
        profile.power,
        profile.interest,
        quadrantOfProfile(profile),
        profile.stance,
        profile.objectives,
        (profile.topics ?? []).join('; '),
        profile.nextAction,
        profile.nextActionDue,
        profile.cadenceDays,
        health?.lastContact,
        health?.nextContactDue,
        health?.state,
      ];
    }),
  );
}

/** The ?today= of the export (YYYY-MM-DD), or the server's today. */
export function registerToday(value: string | null): string {
  if (value === null) return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InputError('today', 'must be a date as YYYY-MM-DD');
  }
  return value;
}
