/**
 * A period's changes on the map (Changes view, "Show on map"): which element each line marks, the
 * relationships ended by retirement (no longer in the network, so drawn from their last version),
 * and the API's arguments for a period of whole days.
 */
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../core/vocabulary.ts';
import type { DiffChange, NetworkDiffQuery } from '../api/generated/operations.ts';
import type { DiffMark } from '../graph/emphasis.ts';
import type { GraphEdgeInput } from '../graph/types.ts';
import type { DiffPeriod } from './types.ts';

export type DiffLine = NetworkDiffQuery['networkDiff']['entries'][number];

const MARKS: Record<DiffChange, DiffMark> = {
  CREATED: 'gained',
  RESTORED: 'gained',
  GAINED: 'gained',
  RETIRED: 'ended',
  ENDED: 'ended',
  RENAMED: 'edited',
  EDITED: 'edited',
};

export const markOf = (change: DiffChange): DiffMark => MARKS[change];

/** Each changed stakeholder's or relationship's id with its mark. */
export function diffMarks(lines: readonly DiffLine[]): Map<string, DiffMark> {
  return new Map(lines.map((line) => [line.id, MARKS[line.change]]));
}

/**
 * The relationships the period retired, as edges to draw beside the network (dashed red): those
 * not on the map already whose two ends are.
 */
export function retiredEdges(
  lines: readonly DiffLine[],
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): GraphEdgeInput[] {
  return lines.flatMap((line) => {
    if (line.kind !== 'RELATIONSHIP' || line.change !== 'ENDED' || line.after !== null || !line.before) return [];
    const { source, target } = line;
    if (!source || !target || edgeIds.has(line.id) || !nodeIds.has(source) || !nodeIds.has(target)) return [];
    const record = JSON.parse(line.before) as { type?: string; confidence?: number };
    const type = record.type as RelationshipType;
    if (!(type in RELATIONSHIP_TYPES)) return [];
    return [
      {
        id: line.id,
        source,
        target,
        type,
        family: RELATIONSHIP_TYPES[type].family,
        confidence: record.confidence ?? 1,
      },
    ];
  });
}

/**
 * The ends of the relationships the period retired that the map does not show (a stakeholder whose
 * only link was retired is left out as unlinked): shown while the period is, so the link can be.
 */
export function retiredEnds(lines: readonly DiffLine[], shown: ReadonlySet<string>): string[] {
  const ends = lines.flatMap((line) =>
    line.kind === 'RELATIONSHIP' && line.change === 'ENDED' && line.after === null ? [line.source, line.target] : [],
  );
  return [...new Set(ends.filter((id): id is string => id !== null && !shown.has(id)))];
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** networkDiff's arguments for a period of whole days, its last day included. */
export function diffVariables(period: DiffPeriod): { from: string; to?: string } {
  return period.to ? { from: period.from, to: nextDay(period.to) } : { from: period.from };
}
