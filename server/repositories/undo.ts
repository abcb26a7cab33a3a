/**
 * Undo: a change of the feed reverted as a new audited change, through the same writes (and
 * validation) as an edit, in one transaction; and retired records restored. An undo keeps
 * citations: an edit undone gets its fields back with the citations of before and of now.
 */
import { kindOfAction } from '../../core/changes.ts';
import { ChangedSinceError, ConflictError, InputError, NotFoundError } from '../../core/errors.ts';
import { citationsOf } from '../../core/storage.ts';
import { recordGraphChange } from './audit.ts';
import {
  checkIdentifiersFree,
  inputOf as entityInputOf,
  retireEntityIn,
  toRecord as entityRecord,
  updateEntityIn,
  type AuditNote,
  type EntityPatch,
} from './entities.ts';
import { readerOf, type Executor, type QueryRunner, type Reader } from './executor.ts';
import type { ChangeRow } from './feed.ts';
import {
  inputOf as relationshipInputOf,
  retireRelationshipIn,
  updateRelationshipIn,
  type RelationshipPatch,
} from './relationships.ts';
import type { Actor, EdgeRow, EntityRow } from './types.ts';

interface Citation {
  source: string;
  quote: string;
  note?: string | null;
}

type Retired = { retiredAt?: string | null; retireReason?: string | null };

/** A change of the feed by its seq, or by its audit entry's id; null when there is none. */
export async function getChange(reader: Reader, by: { seq: number } | { id: string }): Promise<ChangeRow | null> {
  const seq = 'seq' in by ? by.seq : null;
  const id = 'id' in by ? by.id : null;
  const [row] = await reader.read<{ change: ChangeRow }>('undo/get-change', { seq, id });
  return row?.change ?? null;
}

/** The citations of before and of now, each once: an undo never drops evidence. */
function keptCitations(before: Citation[], now: Citation[]): Citation[] {
  const seen = new Set<string>();
  return [...before, ...now].filter((citation) => {
    const key = JSON.stringify([citation.source, citation.quote]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** "7 Dec 2026 14:02 UTC" from the audit log's ISO text (which may carry nanoseconds). */
export function whenText(at: string): string {
  const date = new Date(Date.parse(at.replace(/(\.\d{3})\d+/, '$1')));
  if (Number.isNaN(date.getTime())) return at;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}

interface LaterChange {
  seq: number | null;
  actor: string;
  at: string;
  action: string;
  revertOf: number | null;
}

/**
 * The latest later change still in effect: each undo cancels the change just before it that it
 * undid (undo that first, then this), so a later edit already undone does not block.
 */
function latestInEffect(later: LaterChange[]): LaterChange | null {
  const inEffect: LaterChange[] = [];
  for (const change of later) {
    if (change.revertOf != null && inEffect.at(-1)?.seq === change.revertOf) inEffect.pop();
    else inEffect.push(change);
  }
  return inEffect.at(-1) ?? null;
}

/** Refuses (nothing written) when the record was changed after `change`, naming who and when. */
async function refuseIfChangedSince(tx: QueryRunner, change: ChangeRow, what: string, entityId: string) {
  const rows = await tx.run<{ change: LaterChange }>('undo/list-later-changes', {
    entityId,
    targetId: change.targetId,
    seq: change.seq,
  });
  const later = latestInEffect(rows.map((row) => row.change));
  if (!later) return;
  throw new ChangedSinceError(
    `${what} was changed since by ${later.actor} on ${whenText(later.at)}${later.seq ? ` (change #${later.seq})` : ''}; undo that first or edit by hand`,
    change.targetId,
    later.actor,
    later.at,
    later.seq,
  );
}

function parsedRecord(json: string | null): Record<string, unknown> {
  const value = json === null ? null : (JSON.parse(json) as unknown);
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

const ENTITY_FIELDS = ['name', 'description', 'type', 'sector', 'validFrom', 'validTo', 'aliases', 'identifiers'];
const RELATIONSHIP_FIELDS = ['role', 'validFrom', 'validTo', 'dateBasis', 'confidence'];

/** The fields as they were before (null: cleared), with citations kept. */
function patchOf(before: Record<string, unknown>, fields: string[], now: Citation[]) {
  const patch: Record<string, unknown> = Object.fromEntries(fields.map((field) => [field, before[field] ?? null]));
  patch.citations = keptCitations((before.citations as Citation[] | undefined) ?? [], now);
  return patch;
}

/**
 * Undoes change `seq` as a new change: an edit's fields back as they were before it (citations
 * kept), a retirement restored, a creation (or a restoration) retired. Refused with a conflict
 * when the record has been changed since. Resolves to the new audit entry's id.
 */
export async function revertChange(executor: Executor, seq: number, actor: Actor): Promise<string> {
  if (!Number.isInteger(seq) || seq < 1) throw new InputError('seq', 'must be the number of a change (1 or more)');
  return executor.writeTransaction(async (tx) => {
    const change = await getChange(readerOf(tx), { seq });
    if (!change) throw new NotFoundError('change', String(seq));
    const kind = kindOfAction(change.action);
    if (kind === 'ENTITY') return revertEntityChange(tx, change, actor);
    if (kind === 'RELATIONSHIP') return revertRelationshipChange(tx, change, actor);
    throw new InputError(
      'seq',
      `change #${seq} (${change.action}) cannot be undone: only changes to stakeholders and relationships can`,
    );
  });
}

const undoReason = (change: ChangeRow) => `Undo of change #${change.seq} (${change.action} by ${change.actor})`;

async function revertEntityChange(tx: QueryRunner, change: ChangeRow, actor: Actor): Promise<string> {
  const id = change.targetId;
  const [row] = await tx.run<{ entity: EntityRow & Retired }>('entities/lock-entity', { id });
  if (!row) throw new NotFoundError('entity', id);
  const current = row.entity;
  await refuseIfChangedSince(tx, change, current.name, id);
  const note = { revertOf: change.seq };
  switch (change.action) {
    case 'retireEntity':
      return restoreEntityIn(tx, current, actor, note);
    case 'updateEntity': {
      const patch = patchOf(parsedRecord(change.before), ENTITY_FIELDS, citationsOf(current));
      return updateEntityIn(tx, id, current.version, patch as EntityPatch, actor, note);
    }
    default: // createEntity, restoreEntity
      return retireEntityIn(tx, id, current.version, undoReason(change), actor, note);
  }
}

async function lockEdge(tx: QueryRunner, id: string): Promise<EdgeRow & Retired> {
  const [found] = await tx.run<{ edge: EdgeRow }>('graph/get-edges', { ids: [id] });
  if (!found) throw new NotFoundError('relationship', id);
  const { source, target } = found.edge;
  const [row] = await tx.run<{ edge: EdgeRow & Retired }>('graph/lock-relationship', { id, source, target });
  if (!row) throw new NotFoundError('relationship', id);
  return row.edge;
}

async function revertRelationshipChange(tx: QueryRunner, change: ChangeRow, actor: Actor): Promise<string> {
  const id = change.targetId;
  const current = await lockEdge(tx, id);
  await refuseIfChangedSince(tx, change, `${current.source} → ${current.target}, ${current.type}`, current.source);
  const note = { revertOf: change.seq };
  switch (change.action) {
    case 'retireRelationship':
      return restoreRelationshipIn(tx, current, actor, note);
    case 'updateRelationship': {
      const patch = patchOf(parsedRecord(change.before), RELATIONSHIP_FIELDS, citationsOf(current));
      return updateRelationshipIn(tx, id, current.version, patch as RelationshipPatch, actor, note);
    }
    default: // createRelationship, restoreRelationship
      return retireRelationshipIn(tx, id, current.version, undoReason(change), actor, note);
  }
}

function checkRetired(what: string, record: { id: string } & Retired, expectedVersion?: number, version?: number) {
  if (expectedVersion !== undefined && version !== expectedVersion) {
    throw new ConflictError(record.id, expectedVersion, version ?? 0);
  }
  if (!record.retiredAt) throw new InputError('id', `${what} "${record.id}" is not retired`);
}

async function restoreEntityIn(tx: QueryRunner, current: EntityRow & Retired, actor: Actor, note: AuditNote) {
  checkRetired('the entity', current);
  const input = entityInputOf(current);
  // Another live entity may have taken one of its identifiers meanwhile.
  await checkIdentifiersFree(tx, entityRecord(input, current.id));
  await tx.run('entities/restore-entity', { id: current.id, actor });
  return recordGraphChange(tx, {
    actor,
    action: 'restoreEntity',
    targetId: current.id,
    entityIds: [current.id],
    before: { retired: true, reason: current.retireReason ?? null },
    after: input,
    ...note,
  });
}

/** Brings a retired entity back into the graph (its relationships show again with it). */
export async function restoreEntity(executor: Executor, id: string, expectedVersion: number, actor: Actor) {
  await executor.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ entity: EntityRow & Retired }>('entities/lock-entity', { id });
    if (!row) throw new NotFoundError('entity', id);
    checkRetired('the entity', row.entity, expectedVersion, row.entity.version);
    await restoreEntityIn(tx, row.entity, actor, {});
  });
}

async function restoreRelationshipIn(tx: QueryRunner, current: EdgeRow & Retired, actor: Actor, note: AuditNote) {
  checkRetired('the relationship', current);
  const ends = await tx.run<{ id: string; retired: boolean }>('entities/find-ids', {
    ids: [current.source, current.target],
  });
  for (const end of ends) {
    if (end.retired) throw new InputError('id', `its end "${end.id}" is retired: restore that first`);
  }
  const { source, target } = current;
  await tx.run('graph/restore-relationship', { id: current.id, source, target, actor });
  return recordGraphChange(tx, {
    actor,
    action: 'restoreRelationship',
    targetId: current.id,
    entityIds: [source, target],
    before: { retired: true, reason: current.retireReason ?? null },
    after: relationshipInputOf(current),
    ...note,
  });
}

/** Brings a retired relationship back, when both its ends are live. */
export async function restoreRelationship(executor: Executor, id: string, expectedVersion: number, actor: Actor) {
  await executor.writeTransaction(async (tx) => {
    const current = await lockEdge(tx, id);
    checkRetired('the relationship', current, expectedVersion, current.version);
    await restoreRelationshipIn(tx, current, actor, {});
  });
}
