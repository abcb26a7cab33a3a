/**
 * Suggested positions on the power/interest grid for stakeholders nobody has assessed yet, from
 * evidence the atlas holds, each score with its reason in words:
 * - power from influence: the stakeholder's PageRank place in the whole network (in fifths, as
 *   core/graph/snapshot.ts suggests power for profiles);
 * - interest from our contact with them (interactions in the last 90 days) and from the topics the
 *   register tracks (programmes the stakeholder is linked to whose names carry one of them).
 * "Today" is an argument, so tests and the client can move it. Dates are YYYY-MM-DD.
 */
import { daysBetween } from './engagement-health.ts';
import { quadrantOf, type Quadrant } from './engagement.ts';

/** Interactions count as recent for this many days, today included. */
export const RECENT_DAYS = 90;

export interface ScoreWithReason {
  /** 1 to 5, as the register's scores. */
  score: number;
  reason: string;
}

/** The stakeholder's PageRank place (1 for the highest) among `of` entities; null when not in the network. */
export interface InfluencePlace {
  place: number;
  of: number;
}

export function ordinal(place: number): string {
  const teen = place % 100 >= 11 && place % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[place % 10] ?? 'th');
  return `${place}${suffix}`;
}

/** Top fifth of the network by PageRank: 5; bottom fifth: 1. Outside the network: 1. */
export function suggestPower(standing: InfluencePlace | null): ScoreWithReason {
  if (!standing)
    return { score: 1, reason: 'Not in the network on the day (no live links then), so no influence to rank.' };
  const share = (standing.place - 1) / standing.of; // 0 for the top entity
  const score = 5 - Math.min(4, Math.floor(share * 5));
  const top = Math.max(1, Math.ceil(share * 100));
  return { score, reason: `Ranked ${ordinal(standing.place)} of ${standing.of} by influence (PageRank, top ${top}%).` };
}

/** Lower case, words only: "Green IT" and "green-IT" are the same topic. */
export function topicKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface NamedProgramme {
  id: string;
  name: string;
  /** Its other names (aliases). */
  aliases: readonly string[];
}

export interface TopicLink {
  topic: string;
  programmeId: string;
  programmeName: string;
}

/**
 * The programmes that carry a tracked topic: one of their names contains the topic as whole words
 * ("shared services" is carried by "Front office shared services", "IT" is not by "Digital"). Each
 * programme once, with the first topic it carries, in the order given.
 */
export function topicLinks(programmes: readonly NamedProgramme[], topics: readonly string[]): TopicLink[] {
  const keys = [...new Map(topics.map((topic) => [topicKey(topic), topic.trim()])).entries()].filter(([key]) => key);
  const links: TopicLink[] = [];
  const seen = new Set<string>();
  for (const programme of programmes) {
    if (seen.has(programme.id)) continue;
    const names = [programme.name, ...programme.aliases].map((name) => ` ${topicKey(name)} `);
    const carried = keys.find(([key]) => names.some((name) => name.includes(` ${key} `)));
    if (!carried) continue;
    seen.add(programme.id);
    links.push({ topic: carried[1], programmeId: programme.id, programmeName: programme.name });
  }
  return links;
}

export interface InterestEvidence {
  /** The days of the stakeholder's interactions (one per interaction, any order). */
  interactionDates: readonly string[];
  /** The topics the register tracks (every profile's). */
  topics: readonly string[];
  /** The programmes the stakeholder is linked to on the day, itself included when it is one. */
  programmes: readonly NamedProgramme[];
}

export interface SuggestedInterest extends ScoreWithReason {
  /** Interactions in the RECENT_DAYS up to today. */
  recentInteractions: number;
  /** The latest interaction on or before today; null when none. */
  lastContact: string | null;
  topicLinks: TopicLink[];
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** 0 pieces of evidence: 0 points; 1 (or 2 interactions): 1; more: 2. */
const points = (count: number, forTwo: number) => (count === 0 ? 0 : count >= forTwo ? 2 : 1);

/**
 * Interest starts at 1 and gains up to 2 points from contact (1 or 2 interactions in the last 90
 * days: 1; 3 or more: 2) and up to 2 from topics (1 programme carrying a tracked topic: 1; 2 or
 * more: 2). Interactions dated after today are planned, not held, and do not count.
 */
export function suggestInterest(evidence: InterestEvidence, today: string): SuggestedInterest {
  const held = evidence.interactionDates.filter((date) => date <= today).sort();
  const recent = held.filter((date) => daysBetween(date, today) < RECENT_DAYS).length;
  const lastContact = held.at(-1) ?? null;
  const links = topicLinks(evidence.programmes, evidence.topics);
  const score = 1 + points(recent, 3) + points(links.length, 2);

  const contact = lastContact
    ? `${recent === 0 ? 'No interactions' : plural(recent, 'interaction')} in the last ${RECENT_DAYS} days (the last on ${lastContact})`
    : 'No interactions logged';
  const shown = links.slice(0, 3).map((link) => `${link.programmeName} (${link.topic})`);
  const more = links.length > 3 ? ` and ${links.length - 3} more` : '';
  const topics =
    evidence.topics.length === 0
      ? 'no topics in the register yet'
      : links.length === 0
        ? 'linked to no programme on the register’s topics'
        : `linked to ${plural(links.length, 'programme')} on the register’s topics: ${shown.join(', ')}${more}`;
  return { score, reason: `${contact}; ${topics}.`, recentInteractions: recent, lastContact, topicLinks: links };
}

export interface SuggestedPosition {
  power: ScoreWithReason;
  interest: SuggestedInterest;
  quadrant: Quadrant;
}

export function suggestPosition(
  standing: InfluencePlace | null,
  evidence: InterestEvidence,
  today: string,
): SuggestedPosition {
  const power = suggestPower(standing);
  const interest = suggestInterest(evidence, today);
  return { power, interest, quadrant: quadrantOf(power.score, interest.score) };
}

/** The note an accepted suggestion leaves on its assessment: where the position came from. */
export function acceptedNote(position: { power: ScoreWithReason; interest: ScoreWithReason }): string {
  return `Accepted the atlas’s suggestion. Power ${position.power.score}: ${position.power.reason} Interest ${position.interest.score}: ${position.interest.reason}`.slice(
    0,
    2_000,
  );
}
