/**
 * Stance and position over time: dated assessments of a stakeholder (stance, power, interest, a
 * note, who made it, and optionally the interaction or source behind it). The current profile is
 * the latest assessment, by date and then by when it was recorded. Shared by the API (register
 * filter) and the client (history chart, grid arrows).
 */
import { z } from 'zod';
import { day, note, STANCES, type Stance } from './engagement.ts';

const score = z
  .number({ message: 'must be a whole number from 1 to 5' })
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be a whole number from 1 to 5')
  .max(5, 'must be a whole number from 1 to 5');

/**
 * What a user states when they re-assess a stakeholder: a position on a day. The stance may be left
 * unsaid (accepting a suggested position, which has none): the assessment then records no stance.
 */
export const assessmentSchema = z.strictObject({
  date: day,
  stance: z.enum(STANCES, { message: `must be one of ${STANCES.join(', ')}` }).optional(),
  power: score,
  interest: score,
  note: note.optional(),
  interactionId: z.string().trim().min(1, 'must not be empty').max(200).optional(),
  sourceId: z.string().trim().min(1, 'must not be empty').max(200).optional(),
});
export type AssessmentInput = z.output<typeof assessmentSchema>;

/** An assessment as stored. Migrated profiles may lack a stance or a score. */
export interface Dated {
  date: string;
  /** ISO timestamp of when it was recorded: breaks ties between assessments of the same day. */
  recordedAt: string;
  stance?: Stance | null;
  power?: number | null;
  interest?: number | null;
}

/** Oldest first: by date, then by when recorded. */
export function chronological<T extends Dated>(history: readonly T[]): T[] {
  return [...history].sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt));
}

/** The latest assessment made on or before `date` (YYYY-MM-DD); the current one without a date. */
export function assessmentOn<T extends Dated>(history: readonly T[], date?: string): T | null {
  const ordered = chronological(history).filter((assessment) => date === undefined || assessment.date <= date);
  return ordered.at(-1) ?? null;
}

/**
 * Whether the stance now differs from the stance on `since` (the net change, as the grid's arrows
 * show it). A stakeholder first assessed after `since` has changed, from no known stance.
 */
export function stanceChangedSince(history: readonly Dated[], since: string): boolean {
  const now = assessmentOn(history);
  if (!now) return false;
  return (assessmentOn(history, since)?.stance ?? null) !== (now.stance ?? null);
}

export interface Movement {
  from: { power: number; interest: number };
  to: { power: number; interest: number };
}

/** How a stakeholder moved on the grid since `since`; null when it did not move or has no position then. */
export function movementSince(history: readonly Dated[], since: string): Movement | null {
  const then = assessmentOn(history, since);
  const now = assessmentOn(history);
  if (!then?.power || !then.interest || !now?.power || !now.interest) return null;
  if (then.power === now.power && then.interest === now.interest) return null;
  return { from: { power: then.power, interest: then.interest }, to: { power: now.power, interest: now.interest } };
}
