/** Words for a brief's facts: relationships as sentences, partial dates and periods in words. */
import type { RelationshipType } from '../vocabulary.ts';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** "2016" → "2016", "2016-04" → "April 2016", "2016-04-01" → "1 April 2016". */
export function dateWords(value: string): string {
  const [year, month, day] = value.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? value;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "2014 – 2016", "from 2014", "until 2016", or null without dates. */
export function periodWords(from?: string | null, to?: string | null): string | null {
  if (from && to) return from === to ? dateWords(from) : `${dateWords(from)} – ${dateWords(to)}`;
  if (from) return `from ${dateWords(from)}`;
  if (to) return `until ${dateWords(to)}`;
  return null;
}

const VERBS: Record<RelationshipType, string> = {
  INFLUENCES: 'seeks to influence',
  ADVISES: 'advises',
  LIAISES_WITH: 'keeps links with',
  BRIEFS: 'briefs',
  COLLABORATES_WITH: 'works in partnership with',
  MEMBER_OF: 'is a member of',
  REPRESENTED_ON: 'has representatives on',
  CHAIRS: 'chairs',
  PRESIDENT_OF: 'is president of',
  HOLDS_ROLE_AT: 'holds a role at',
  CREATED: 'created',
  SUPPORTS: 'supports',
  HOSTS: 'hosts',
  PROVIDES_SECRETARIAT_FOR: 'provides the secretariat of',
  MERGED_INTO: 'merged into',
  PART_OF: 'is part of',
  RUNS: 'runs',
  TAKES_PART_IN: 'takes part in',
  PRESENTED_AT: 'was presented at',
  ENDORSES: 'endorses',
  ALIGNED_WITH: 'is aligned with',
  HANDS_ASSETS_TO: 'hands its assets to',
};

export interface SentenceEdge {
  type: string;
  source: string;
  target: string;
  role?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/** "Jos Creese chairs Socitm (2014 – 2016)", "Ann Smith is Chief Digital Officer at LGA (from 2020)". */
export function relationshipSentence(edge: SentenceEdge, nameOf: (id: string) => string): string {
  const from = nameOf(edge.source);
  const to = nameOf(edge.target);
  const verb = VERBS[edge.type as RelationshipType] ?? edge.type.toLowerCase().replaceAll('_', ' ');
  const core =
    edge.type === 'HOLDS_ROLE_AT' && edge.role
      ? `${from} is ${edge.role} at ${to}`
      : `${from} ${verb} ${to}${edge.role ? ` (${edge.role})` : ''}`;
  const period = periodWords(edge.validFrom, edge.validTo);
  return period ? `${core}, ${period}` : core;
}

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
export function ordinal(place: number): string {
  const tens = place % 100;
  if (tens >= 11 && tens <= 13) return `${place}th`;
  return `${place}${{ 1: 'st', 2: 'nd', 3: 'rd' }[place % 10] ?? 'th'}`;
}
