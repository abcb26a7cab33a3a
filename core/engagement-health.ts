/**
 * Relationship health: a contact cadence (every N days) and the last contact (the latest
 * interaction on or before today) give on track, due or overdue. "Today" is always an argument, so
 * tests and the client can move it. Dates are YYYY-MM-DD, counted in whole UTC days.
 */

export const HEALTH_STATES = ['on-track', 'due', 'overdue'] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

export interface ContactHealth {
  state: HealthState;
  cadenceDays: number;
  /** The latest interaction on or before today; null when there has been none. */
  lastContact: string | null;
  /** The day the next contact is due: the last contact plus the cadence (today when never contacted). */
  nextContactDue: string;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The "due" window before the due day: a fifth of the cadence, at least one day (6 days for 30). */
export function dueWindowDays(cadenceDays: number): number {
  return Math.max(1, Math.ceil(cadenceDays / 5));
}

/** The latest contact on or before today (interactions dated later are planned, not held). */
export function lastContactOn(contactDates: readonly string[], today: string): string | null {
  return contactDates
    .filter((date) => date <= today)
    .reduce<string | null>((latest, date) => (latest && latest >= date ? latest : date), null);
}

/**
 * On track until the due window opens, due from then until the due day (inclusive), overdue after
 * it. Never contacted counts as overdue: the first contact is owed already. No cadence, no health.
 */
export function contactHealth(
  cadenceDays: number | null | undefined,
  contactDates: readonly string[],
  today: string,
): ContactHealth | null {
  if (!cadenceDays) return null;
  const lastContact = lastContactOn(contactDates, today);
  if (!lastContact) return { state: 'overdue', cadenceDays, lastContact, nextContactDue: today };
  const nextContactDue = addDays(lastContact, cadenceDays);
  const daysLeft = daysBetween(today, nextContactDue);
  const state: HealthState = daysLeft < 0 ? 'overdue' : daysLeft <= dueWindowDays(cadenceDays) ? 'due' : 'on-track';
  return { state, cadenceDays, lastContact, nextContactDue };
}

/** An open follow-up is overdue the day after its due day. */
export function followUpOverdue(followUp: { due: string; closedAt?: string | null }, today: string): boolean {
  return !followUp.closedAt && followUp.due < today;
}
