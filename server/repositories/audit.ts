/** The audit log: every change is recorded in the transaction that makes it. */
import type { Executor, QueryRunner } from './executor.ts';
import { InputError } from '../../core/errors.ts';
import { CHANGES_COMMITTED } from './feed.ts';
import { moveGraphVersionAfterCommit } from './graph-version.ts';
import type { Actor, AuditRow } from './types.ts';

export interface Change {
  actor: Actor;
  action: string;
  targetId: string;
  /** Entities the change concerns: the entity, or both ends of a relationship. */
  entityIds: string[];
  before: unknown;
  after: unknown;
  /** The seq of the change this one undoes (revertChange). */
  revertOf?: number;
}

/**
 * Records the change in its transaction. It joins the change feed once committed: this process's
 * sequencer numbers it right after the commit, while the caller is already answered
 * (server/feed/sequencer.ts); a `changes` query numbers what waits before it reads.
 */
export async function recordChange(tx: QueryRunner, change: Change): Promise<string> {
  const { revertOf, ...recorded } = change;
  const [row] = await tx.run<{ id: string }>('audit/record-change', {
    ...recorded,
    before: change.before === null ? null : JSON.stringify(change.before),
    after: change.after === null ? null : JSON.stringify(change.after),
  });
  if (revertOf !== undefined) await tx.run('undo/mark-revert', { id: row!.id, revertOf });
  tx.notifyAfterCommit(CHANGES_COMMITTED);
  return row!.id;
}

/**
 * An audited change to the graph (entities, relationships, aliases, sources and their citations):
 * the graph version also moves on once it has committed, before its caller is answered, so
 * everything cached per version (influence, graph answers) knows it is out of date. Engagement,
 * contacts, users and erasures are audited with recordChange alone: nothing cached per graph
 * version shows them.
 */
export async function recordGraphChange(tx: QueryRunner, change: Change): Promise<string> {
  const id = await recordChange(tx, change);
  moveGraphVersionAfterCommit(tx);
  return id;
}

const encodeCursor = (row: AuditRow) => Buffer.from(JSON.stringify([row.at, row.id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) {
      return value as [string, string];
    }
  } catch {
    // reported below
  }
  throw new InputError('after', 'is not a cursor this API returned (use endCursor of the previous page)');
}

export async function listAudit(
  executor: Executor,
  entityId: string,
  first: number,
  after: string | null | undefined,
): Promise<{ entries: AuditRow[]; endCursor: string | null }> {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new InputError('first', 'must be from 1 to 100');
  const [afterAt, afterId] = after ? decodeCursor(after) : [null, null];
  const rows = await executor.read<{ entry: AuditRow }>('audit/list-entries', {
    entityId,
    first: first + 1,
    afterAt,
    afterId,
  });
  const entries = rows.slice(0, first).map((row) => row.entry);
  const last = entries.at(-1);
  return { entries, endCursor: rows.length > first && last ? encodeCursor(last) : null };
}
