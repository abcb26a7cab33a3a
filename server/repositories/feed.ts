/**
 * The change feed in Neo4j: the audit entries, numbered in the order a sequencer saw them committed
 * (server/feed/sequencer.ts). A write only creates its entry, labelled :Unsequenced; numbering
 * happens after the commit, in batches, under the one lock only sequencers take.
 */
import { InputError } from '../../core/errors.ts';
import { readableActions, type ChangeKind, type ChangeRole } from '../../core/changes.ts';
import type { Executor } from './executor.ts';
import type { AuditRow } from './types.ts';

export interface ChangeRow extends AuditRow {
  seq: number;
  /** The entities (or sources) the change concerns, as linked when it was recorded. */
  entityIds: string[];
  /** The seq of the change this one undid (revertChange). */
  revertOf?: number | null;
}

export interface ChangeFilter {
  /** Changes numbered after this (0 or null: from the start). */
  after?: number | null;
  first?: number | null;
  /** Only changes that concern this entity or source. */
  stakeholder?: string | null;
  /** Only changes by this user (id) or shared token (its name, "editor#1"). */
  user?: string | null;
  kinds?: readonly ChangeKind[] | null;
  /** ISO date-times: changes made at or after `from` and before `to`. */
  from?: string | null;
  to?: string | null;
}

/** Changes at most per page of `changes`. */
export const MAX_CHANGES_PAGE = 500;

/** The topic a transaction that recorded changes notifies after its commit (QueryRunner.notifyAfterCommit). */
export const CHANGES_COMMITTED = 'changes-committed';

// --- Numbering ---

/** Whether any committed change waits for its number. */
export async function hasUnsequencedChanges(executor: Executor): Promise<boolean> {
  return (await executor.read('feed/find-unsequenced-change')).length > 0;
}

/** Numbers up to `batch` waiting changes under the feed's lock; resolves to how many and the last number. */
export function numberChanges(executor: Executor, batch: number): Promise<{ numbered: number; last: number }> {
  return executor.writeTransaction(async (tx) => {
    const [locked] = await tx.run<{ last: number }>('feed/lock-feed-sequence');
    const [row] = await tx.run<{ numbered: number; last: number }>('feed/number-changes', { batch });
    return row ?? { numbered: 0, last: locked?.last ?? 0 };
  });
}

/** The last number given (0 before the first change). */
export async function readFeedHead(executor: Executor): Promise<number> {
  const [row] = await executor.read<{ last: number }>('feed/get-feed-head');
  return row?.last ?? 0;
}

// --- Reading ---

function checkFilter(filter: ChangeFilter): void {
  const { after, first, from, to } = filter;
  if (after != null && (!Number.isInteger(after) || after < 0))
    throw new InputError('after', 'must be a sequence number (0 or more)');
  if (first != null && (!Number.isInteger(first) || first < 1 || first > MAX_CHANGES_PAGE))
    throw new InputError('first', `must be from 1 to ${MAX_CHANGES_PAGE}`);
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    // ISO dates only (Date.parse also takes "0" or "+275760-09-13", which Neo4j's datetime() does not).
    if (
      value != null &&
      (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value)))
    )
      throw new InputError(field, `"${value}" is not a date or date-time (e.g. 2026-12-01 or 2026-12-01T09:00:00Z)`);
  }
  if (from && to && Date.parse(from) >= Date.parse(to)) throw new InputError('to', 'must be later than from');
}

const isoOf = (value: string | null | undefined) => (value ? new Date(Date.parse(value)).toISOString() : null);

/**
 * The changes `role` may read that match the filter, in order of their numbers, and how many more
 * there are after them (first + 1 are read to know).
 */
export async function listChanges(
  executor: Executor,
  role: ChangeRole,
  filter: ChangeFilter,
): Promise<{ changes: ChangeRow[]; more: boolean }> {
  checkFilter(filter);
  const actions = readableActions(role, filter.kinds);
  if (actions.length === 0) return { changes: [], more: false };
  return readChanges(executor, filter, actions);
}

async function readChanges(
  executor: Executor,
  filter: ChangeFilter,
  actions: string[] | null,
): Promise<{ changes: ChangeRow[]; more: boolean }> {
  const first = filter.first ?? 50;
  const rows = await executor.read<{ change: ChangeRow }>(
    filter.stakeholder ? 'feed/list-stakeholder-changes' : 'feed/list-changes',
    {
      after: filter.after ?? 0,
      first: first + 1,
      actions,
      stakeholder: filter.stakeholder ?? null,
      user: filter.user ?? null,
      from: isoOf(filter.from),
      to: isoOf(filter.to),
    },
  );
  return { changes: rows.slice(0, first).map((row) => row.change), more: rows.length > first };
}

/**
 * Every change after `after`, at most `first`, whoever may read it and whatever its action: the
 * tailers need every number to tell a gap from a change they may not show (they filter per subscriber).
 */
export async function readFeed(executor: Executor, after: number, first: number): Promise<ChangeRow[]> {
  return (await readChanges(executor, { after, first }, null)).changes;
}
