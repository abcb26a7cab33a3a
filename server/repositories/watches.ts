/**
 * Watching stakeholders, and the inbox of their changes: each user (a shared token, the local
 * user) is one :Watcher in Neo4j, with the entities it watches and the last seq it has seen.
 */
import { readableActions, type ChangeRole } from '../../core/changes.ts';
import { InputError, NotFoundError } from '../../core/errors.ts';
import type { Executor, Reader } from './executor.ts';
import { readFeedHead, type ChangeRow } from './feed.ts';
import type { Actor } from './types.ts';

/** Who watches: a signed-in user, a shared token (everyone holding it shares its inbox) or the local user. */
export interface WatcherRef extends Actor {
  method: string | null;
}

/** The watcher's key: its user id, else the shared token's name, else "local". */
export function watcherKey(who: WatcherRef): string {
  if (who.id) return `user:${who.id}`;
  return who.method === 'shared-token' ? `token:${who.name}` : 'local';
}

/** Who the audit log names for the watcher's own changes, which the inbox leaves out. */
const selfOf = (who: WatcherRef) => who.id ?? who.name;

/** Changes at most per inbox page. */
export const MAX_INBOX_PAGE = 100;

export async function watchEntity(executor: Executor, who: WatcherRef, entityId: string): Promise<void> {
  const head = await readFeedHead(executor);
  const rows = await executor.write('watches/watch-entity', { key: watcherKey(who), entityId, head });
  if (rows.length === 0) throw new NotFoundError('entity', entityId);
}

export async function unwatchEntity(executor: Executor, who: WatcherRef, entityId: string): Promise<void> {
  await executor.write('watches/unwatch-entity', { key: watcherKey(who), entityId });
}

/** Which of the ids the watcher watches. */
export async function watchedIds(reader: Reader, who: WatcherRef, ids: readonly string[]): Promise<Set<string>> {
  const rows = await reader.read<{ id: string }>('watches/list-watched-ids', { key: watcherKey(who), ids });
  return new Set(rows.map((row) => row.id));
}

/** The ids of the entities the watcher watches, the latest watched first. */
export async function watchingIds(reader: Reader, who: WatcherRef): Promise<string[]> {
  return (await reader.read<{ id: string }>('watches/list-watching', { key: watcherKey(who) })).map((row) => row.id);
}

export interface InboxRows {
  /** Newest first. */
  changes: ChangeRow[];
  /** How many of the inbox's changes are numbered after seenSeq. */
  unseen: number;
  seenSeq: number;
}

/**
 * Changes to what the watcher watches, by others, since each was watched: the kinds `role` may
 * read, newest first, at most `first`; with how many are new since the inbox was last opened.
 */
export async function readInbox(reader: Reader, who: WatcherRef, role: ChangeRole, first: number): Promise<InboxRows> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_INBOX_PAGE)
    throw new InputError('first', `must be from 1 to ${MAX_INBOX_PAGE}`);
  const params = { key: watcherKey(who), self: selfOf(who), actions: readableActions(role) };
  const [rows, [count]] = await Promise.all([
    reader.read<{ change: ChangeRow }>('watches/list-inbox', { ...params, first }),
    reader.read<{ seenSeq: number; unseen: number }>('watches/count-inbox', params),
  ]);
  return { changes: rows.map((row) => row.change), unseen: count?.unseen ?? 0, seenSeq: count?.seenSeq ?? 0 };
}

/**
 * The watcher has read its inbox up to `seq` (default: the feed's head); it never moves back. One
 * who watches nothing has no inbox to mark: an input error, nothing written.
 */
export async function markInboxSeen(executor: Executor, who: WatcherRef, seq: number | null): Promise<void> {
  const head = await readFeedHead(executor);
  if (seq != null && (!Number.isInteger(seq) || seq < 0 || seq > head))
    throw new InputError('seq', `must be a sequence number from 0 to the feed's head (${head})`);
  const rows = await executor.write('watches/mark-inbox-seen', { key: watcherKey(who), seq: seq ?? head });
  if (rows.length === 0)
    throw new InputError('seq', 'you watch no stakeholder, so there is no inbox to mark (watch one first)');
}
