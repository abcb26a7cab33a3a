/**
 * The stakeholder register as CSV, formula-safe with a byte-order mark and CRLF (core/export/csv.ts).
 */
import { csvTable } from '../../core/export/csv.ts';
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
] as const;

export function registerCsv(rows: RegisterRow[]): string {
  return csvTable(
    REGISTER_COLUMNS,
    rows.map(({ entityId, name, kind, profile }) => [
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
    ]),
  );
}
