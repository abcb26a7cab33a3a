/**
 * The links warm-introduction routes walk: relationships, plus recent interactions. An interaction
 * in the last RECENT_MONTHS links its participants directly and halves the cost of relationships
 * between them.
 */
import { edgeLinks, type Link } from './routes.ts';
import type { GraphEdge } from './types.ts';
import type { Period } from './validity.ts';

/** A recent interaction between two stakeholders is as good a tie as a stated membership. */
export const INTERACTION_COST = 1;
/** Relationships between people who met recently cost this much of their usual cost. */
export const RECENT_CONTACT_FACTOR = 0.5;

/** What a warm link stands for: a relationship, or an interaction, and the interactions that made a relationship cheaper. */
export interface WarmVia<E, I> {
  edge: E | null;
  interaction: I | null;
  strengthenedBy: I[];
}

const pairKey = (a: string, b: string) => [a, b].sort().join('\u0000');

export function monthsBefore(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

/**
 * An interaction's link holds from its date on: meeting someone makes an acquaintance that a later
 * relationship can build on, but not an earlier one that had ended before they met.
 */
export function warmLinks<E extends GraphEdge & Period, I extends { participants: readonly string[]; date?: string }>(
  edges: readonly E[],
  interactions: readonly I[],
): Link<WarmVia<E, I>>[] {
  const recent = new Map<string, I[]>();
  const links: Link<WarmVia<E, I>>[] = [];
  for (const interaction of interactions) {
    const people = interaction.participants;
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const key = pairKey(people[i]!, people[j]!);
        recent.set(key, [...(recent.get(key) ?? []), interaction]);
        links.push({
          source: people[i]!,
          target: people[j]!,
          cost: INTERACTION_COST,
          via: { edge: null, interaction, strengthenedBy: [] },
          ...(interaction.date !== undefined && { period: { validFrom: interaction.date } }),
        });
      }
    }
  }
  for (const link of edgeLinks(edges)) {
    const strengthenedBy = recent.get(pairKey(link.source, link.target)) ?? [];
    links.push({
      ...link,
      cost: strengthenedBy.length > 0 ? link.cost * RECENT_CONTACT_FACTOR : link.cost,
      via: { edge: link.via, interaction: null, strengthenedBy },
    });
  }
  return links;
}
