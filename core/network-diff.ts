/**
 * What changed in the network between two recorded dates, and the network as it was recorded on a
 * date: both read from the change feed's entries of stakeholders and relationships, in seq order.
 * An entry's `before` and `after` are the whole record (null before a create; `{ retired: true }`
 * after a retire), so the first `before` of a record after a date is the record as recorded then.
 */
import { changedFields, kindOfAction, type FieldChange } from './changes.ts';

/** A feed entry with its records parsed from JSON. */
export interface RecordedChange {
  seq: number;
  at: string;
  actor: string;
  action: string;
  targetId: string;
  before: unknown;
  after: unknown;
}

export type DiffKind = 'ENTITY' | 'RELATIONSHIP';

export type DiffChange = 'CREATED' | 'RETIRED' | 'RESTORED' | 'RENAMED' | 'EDITED' | 'GAINED' | 'ENDED';

export type StoredRecord = Record<string, unknown>;

/** One record's changes in the period, collapsed: the first before and the last after. */
export interface DiffEntry {
  kind: DiffKind;
  id: string;
  change: DiffChange;
  /** The record at the start of the period; null when it did not exist or was retired. */
  before: StoredRecord | null;
  /** The record at the end of the period; null when retired. */
  after: StoredRecord | null;
  /** The fields that differ between the two (both records whole when one side is null). */
  fields: FieldChange[];
  /** Who changed it in the period, in order of their first change. */
  actors: string[];
  firstSeq: number;
  lastSeq: number;
  /** How many feed entries the line collapses. */
  count: number;
}

/**
 * The kind of record an action changes: the feed's ENTITY and RELATIONSHIP actions, and any action
 * named after one (a restore or undo, "restoreEntity"), which carries the same whole records.
 */
export function recordKindOf(action: string): DiffKind | null {
  const kind = kindOfAction(action);
  if (kind === 'ENTITY' || kind === 'RELATIONSHIP') return kind;
  if (kind !== null) return null;
  if (/Entity$/.test(action)) return 'ENTITY';
  if (/Relationship$/.test(action)) return 'RELATIONSHIP';
  return null;
}

/** The record when the value is a live one (not absent, not the retired marker). */
export function liveRecord(value: unknown): StoredRecord | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as StoredRecord;
  return record.retired === true ? null : record;
}

interface Folded {
  kind: DiffKind;
  id: string;
  first: RecordedChange;
  last: RecordedChange;
  actors: string[];
  count: number;
}

/** Each record's changes, first and last, in order of its first change (the changes in seq order). */
function foldByRecord(changes: readonly RecordedChange[]): Folded[] {
  const byRecord = new Map<string, Folded>();
  for (const change of [...changes].sort((a, b) => a.seq - b.seq)) {
    const kind = recordKindOf(change.action);
    if (kind === null) continue;
    const key = `${kind}:${change.targetId}`;
    const seen = byRecord.get(key);
    if (!seen) {
      byRecord.set(key, { kind, id: change.targetId, first: change, last: change, actors: [change.actor], count: 1 });
      continue;
    }
    seen.last = change;
    seen.count++;
    if (!seen.actors.includes(change.actor)) seen.actors.push(change.actor);
  }
  return [...byRecord.values()];
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

function classify(folded: Folded, before: StoredRecord | null, after: StoredRecord | null): DiffChange | null {
  const entity = folded.kind === 'ENTITY';
  if (!before && !after) return null;
  if (!before) return entity ? (folded.first.before === null ? 'CREATED' : 'RESTORED') : 'GAINED';
  if (!after) return entity ? 'RETIRED' : 'ENDED';
  if (changedFields(before, after).length === 0) return null;
  if (entity) return before.name !== after.name ? 'RENAMED' : 'EDITED';
  // A relationship given an end date has ended, though it stays on the record.
  return isEmpty(before.validTo) && !isEmpty(after.validTo) ? 'ENDED' : 'EDITED';
}

/**
 * The difference the changes make: one line per stakeholder or relationship they touched, with its
 * state before the first and after the last. A record created and retired within them, or edited
 * back to what it was, leaves no line. Entities first, then relationships, each in order of first change.
 */
export function networkDiff(changes: readonly RecordedChange[]): DiffEntry[] {
  const entries: DiffEntry[] = [];
  for (const folded of foldByRecord(changes)) {
    const before = liveRecord(folded.first.before);
    const after = liveRecord(folded.last.after);
    const change = classify(folded, before, after);
    if (change === null) continue;
    entries.push({
      kind: folded.kind,
      id: folded.id,
      change,
      before,
      after,
      fields: changedFields(before, after),
      actors: folded.actors,
      firstSeq: folded.first.seq,
      lastSeq: folded.last.seq,
      count: folded.count,
    });
  }
  const rank = (entry: DiffEntry) => (entry.kind === 'ENTITY' ? 0 : 1);
  return entries.sort((a, b) => rank(a) - rank(b) || a.firstSeq - b.firstSeq);
}

/** A record's state as recorded on a date: its record, or null when it did not exist or was retired. */
export interface RecordedState {
  kind: DiffKind;
  id: string;
  record: StoredRecord | null;
}

/**
 * The records the changes made after a date touched, each as it was before the first of them: the
 * network as recorded on that date is the current one with these records put back (reverse seq
 * order, as undoing each change would, comes to the same: the first change's `before`).
 */
export function statesBefore(changesAfter: readonly RecordedChange[]): RecordedState[] {
  return foldByRecord(changesAfter).map((folded) => ({
    kind: folded.kind,
    id: folded.id,
    record: liveRecord(folded.first.before),
  }));
}
