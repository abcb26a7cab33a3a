/**
 * The day the engagement views count from (health, overdue follow-ups): the real today, or the day
 * given as ?today=YYYY-MM-DD when the page opened, or the day chosen in the Follow-ups panel. Kept
 * here rather than in the shared state: only engagement reads it, and moving it is a planning aid.
 */
import { useSyncExternalStore } from 'react';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function realToday(): string {
  return new Date().toISOString().slice(0, 10);
}

function fromAddress(): string | null {
  if (typeof window === 'undefined') return null;
  const asked = new URLSearchParams(window.location.search).get('today');
  return asked && DAY.test(asked) && !Number.isNaN(Date.parse(asked)) ? asked : null;
}

let chosen: string | null = fromAddress();
const listeners = new Set<() => void>();

/** Moves "today" (null: back to the real today). */
export function setToday(day: string | null): void {
  chosen = day && DAY.test(day) ? day : null;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The day the engagement views count from, and whether it was moved. */
export function useToday(): { today: string; moved: boolean } {
  const day = useSyncExternalStore(subscribe, () => chosen);
  return { today: day ?? realToday(), moved: day !== null };
}
