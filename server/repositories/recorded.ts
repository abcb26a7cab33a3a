/**
 * The network between two recorded dates (what changed) and as recorded on a date (what we believed
 * then), both from the change feed's entries of stakeholders and relationships (core/network-diff.ts).
 */
import { InputError } from '../../core/errors.ts';
import { buildGraphIndex, type GraphIndex, type IndexedEntity } from '../../core/graph/graph-index.ts';
import { readableActions, type ChangeRole } from '../../core/changes.ts';
import {
  networkDiff,
  statesBefore,
  type DiffEntry,
  type RecordedChange,
  type RecordedState,
} from '../../core/network-diff.ts';
import type { AliasRecord, Relationship } from '../../core/records.ts';
import { relationshipRow } from '../../core/storage.ts';
import type { Executor } from './executor.ts';
import { listChanges, MAX_CHANGES_PAGE, type ChangeRow } from './feed.ts';
import type { EdgeRow } from './types.ts';

/** A line of networkDiff, as the API resolves it. */
export type DiffEntryRow = DiffEntry;

/** Feed entries a diff reads at most (20 pages): a longer period is refused with its size. */
export const MAX_DIFF_CHANGES = 20 * MAX_CHANGES_PAGE;

const parsed = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

const recordedChange = (
  row: Pick<ChangeRow, 'seq' | 'at' | 'actor' | 'action' | 'targetId' | 'before' | 'after'>,
): RecordedChange => ({
  ...row,
  before: parsed(row.before),
  after: parsed(row.after),
});

/**
 * The stakeholders and relationships changed from `from` (inclusive) to `to` (exclusive; default
 * now), one line per record: the feed's entries read page by page, folded by core/network-diff.ts.
 */
export async function diffBetween(
  executor: Executor,
  role: ChangeRole,
  from: string,
  to: string | null,
): Promise<{ entries: DiffEntry[]; changes: number }> {
  const rows: ChangeRow[] = [];
  let after = 0;
  for (;;) {
    const page = await listChanges(executor, role, {
      after,
      first: MAX_CHANGES_PAGE,
      kinds: ['ENTITY', 'RELATIONSHIP'],
      from,
      to,
    });
    rows.push(...page.changes);
    if (!page.more) break;
    if (rows.length >= MAX_DIFF_CHANGES) {
      throw new InputError('to', `the period holds more than ${MAX_DIFF_CHANGES} changes: choose a shorter one`);
    }
    after = page.changes.at(-1)!.seq;
  }
  return { entries: networkDiff(rows.map(recordedChange)), changes: rows.length };
}

/**
 * When "recorded on" a date or date-time ends: a date (2026-02-28) takes in the whole day, so the
 * changes undone are those from the next midnight (UTC); a date-time is the moment itself.
 */
export function recordedCut(recordedAt: string): string {
  const ok =
    /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(recordedAt) && !Number.isNaN(Date.parse(recordedAt));
  if (!ok) {
    throw new InputError(
      'recordedAt',
      `"${recordedAt}" is not a date or date-time (e.g. 2026-02-28 or 2026-02-28T17:00:00Z)`,
    );
  }
  const moment = new Date(Date.parse(recordedAt));
  if (recordedAt.length === 10) moment.setUTCDate(moment.getUTCDate() + 1);
  return moment.toISOString();
}

function entityAsRecorded(id: string, record: Record<string, unknown>): IndexedEntity {
  const aliases = (record.aliases ?? []) as AliasRecord[];
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id,
    kind: record.kind as IndexedEntity['kind'],
    name: String(record.name),
    type: text(record.type),
    sector: text(record.sector),
    validFrom: text(record.validFrom),
    validTo: text(record.validTo),
    retired: false,
    datedNames: aliases
      .filter((alias) => alias.kind === 'name' && (alias.validFrom || alias.validTo))
      .map((alias) => ({ name: alias.name, validFrom: alias.validFrom ?? null, validTo: alias.validTo ?? null })),
    aliases: aliases.map((alias) => ({ name: alias.name, kind: alias.kind })),
  };
}

function edgeAsRecorded(record: Record<string, unknown>, version: number): EdgeRow {
  const { id, type, from, to, properties } = relationshipRow(record as unknown as Relationship);
  return { id, type, source: from, target: to, ...properties, version };
}

/** The current entities and relationships with each record the states name put back as it was. */
export function applyRecordedStates(
  entities: IndexedEntity[],
  edges: EdgeRow[],
  states: readonly RecordedState[],
): { entities: IndexedEntity[]; edges: EdgeRow[] } {
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const edgeById = new Map(edges.map((edge) => [edge.id, edge]));
  for (const { kind, id, record } of states) {
    if (kind === 'ENTITY') {
      const current = entityById.get(id);
      if (record) entityById.set(id, entityAsRecorded(id, record));
      else if (current) entityById.set(id, { ...current, retired: true });
    } else if (record) {
      edgeById.set(id, edgeAsRecorded(record, edgeById.get(id)?.version ?? 0));
    } else {
      edgeById.delete(id);
    }
  }
  return { entities: [...entityById.values()], edges: [...edgeById.values()] };
}

/**
 * The graph as recorded on `recordedAt`: the current one, read whole, with every stakeholder and
 * relationship changed since put back as it was before its first change since (the same as undoing
 * each change in reverse feed order). The seed and imports wrote no per-record entries, so what they
 * loaded counts as recorded from the start.
 */
export async function graphAsRecorded(executor: Executor, recordedAt: string): Promise<GraphIndex<EdgeRow>> {
  const since = recordedCut(recordedAt);
  const actions = readableActions('viewer', ['ENTITY', 'RELATIONSHIP']);
  return executor.readTransaction(async (tx) => {
    const entities = (await tx.run<{ entity: IndexedEntity }>('graph/list-index-entities')).map((row) => row.entity);
    const edges = (await tx.run<{ edge: EdgeRow }>('graph/list-index-edges')).map((row) => row.edge);
    const changes = await tx.run<{ change: ChangeRow }>('feed/list-record-changes-since', { since, actions });
    const recorded = applyRecordedStates(
      entities,
      edges,
      statesBefore(changes.map((row) => recordedChange(row.change))),
    );
    return buildGraphIndex(recorded.entities, recorded.edges);
  });
}
