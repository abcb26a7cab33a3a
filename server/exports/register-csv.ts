/**
 * The stakeholder register as CSV. Every cell is quoted, and a cell that a spreadsheet would read
 * as a formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe.
 */
import type { RegisterRow } from '../repositories/engagement.ts';
import { quadrantOfProfile } from '../repositories/engagement.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

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
  const lines = rows.map(({ entityId, name, kind, profile }) =>
    [
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
    ]
      .map(csvCell)
      .join(','),
  );
  // CRLF and a byte-order mark, so spreadsheets read UTF-8 names correctly.
  return `\uFEFF${[REGISTER_COLUMNS.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`;
}
