/** Relationship edits (create, update, retire), each audited in its own transaction. */
import type { Executor, QueryRunner, Reader } from './executor.ts';
import { endsBeforeStart } from '../../core/dates.ts';
import { ConflictError, InputError, NotFoundError } from '../../core/errors.ts';
import { relationshipSchema, type Relationship } from '../../core/records.ts';
import { citationsOf, relationshipRow } from '../../core/storage.ts';
import { RELATIONSHIP_TYPE_NAMES } from '../../core/vocabulary.ts';
import { recordGraphChange } from './audit.ts';
import { checkCitedSources, citationsIn } from './sources.ts';
import type { AuditNote } from './entities.ts';
import type { Actor, EdgeRow } from './types.ts';
import { parseInput, slugify, withoutNulls } from './validation.ts';

type CitationInput = { source: string; quote: string; note?: string | null };

export interface RelationshipInput {
  id?: string | null;
  type: string;
  from: string;
  to: string;
  role?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  /** stated | source-date | inferred */
  dateBasis: string;
  confidence: number;
  citations: CitationInput[];
}

export type RelationshipPatch = Partial<
  Pick<RelationshipInput, 'role' | 'validFrom' | 'validTo' | 'dateBasis' | 'confidence' | 'citations'>
>;

/** The validated record an input makes (InputError naming the field otherwise). */
export function toRecord(input: RelationshipInput): Relationship {
  if (!(RELATIONSHIP_TYPE_NAMES as string[]).includes(input.type)) {
    throw new InputError(
      'input.type',
      `unknown relationship type "${input.type}" (known: ${RELATIONSHIP_TYPE_NAMES.join(', ')})`,
    );
  }
  const record = parseInput(relationshipSchema, withoutNulls(input), 'input') as Relationship;
  if (endsBeforeStart(record.validFrom, record.validTo)) {
    throw new InputError('input.validTo', `${record.validTo} is before validFrom ${record.validFrom}`);
  }
  return record;
}

async function checkEndpoints(tx: QueryRunner, record: Relationship): Promise<void> {
  if (record.from === record.to) throw new InputError('input.to', 'a relationship cannot link an entity to itself');
  const rows = await tx.run<{ id: string; retired: boolean }>('entities/find-ids', { ids: [record.from, record.to] });
  for (const end of ['from', 'to'] as const) {
    const row = rows.find((candidate) => candidate.id === record[end]);
    if (!row) throw new InputError(`input.${end}`, `no entity with id "${record[end]}"`);
    if (row.retired) throw new InputError(`input.${end}`, `"${record[end]}" is retired`);
  }
}

export async function createRelationship(executor: Executor, input: RelationshipInput, actor: Actor): Promise<string> {
  return executor.writeTransaction(async (tx) => {
    const base = `rel:${slugify(input.from.replace(/^\w+:/, ''))}-${slugify(input.type)}-${slugify(input.to.replace(/^\w+:/, ''))}`;
    const candidates = input.id
      ? [input.id]
      : [base, ...Array.from({ length: 20 }, (_, index) => `${base}-${index + 2}`)];
    const taken = new Set(
      (await tx.run<{ edge: EdgeRow }>('graph/get-edges', { ids: candidates })).map((row) => row.edge.id),
    );
    if (input.id && taken.has(input.id)) throw new InputError('input.id', `"${input.id}" is already taken`);
    const id = candidates.find((candidate) => !taken.has(candidate)) ?? `${base}-${Date.now()}`;
    const record = toRecord({ ...input, id });
    await checkEndpoints(tx, record);
    await checkCitedSources(tx, [{ field: 'input.citations', citations: record.citations }]);
    const { type, from, to, properties } = relationshipRow(record);
    await tx.run('graph/create-relationship', { id, type, from, to, properties, actor });
    await recordGraphChange(tx, {
      actor,
      action: 'createRelationship',
      targetId: id,
      entityIds: [from, to],
      before: null,
      after: record,
    });
    return id;
  });
}

/** A stored relationship as the input that would write it again (the audit log's `before`). */
export function inputOf(edge: EdgeRow): RelationshipInput {
  return {
    id: edge.id,
    type: edge.type,
    from: edge.source,
    to: edge.target,
    role: edge.role,
    validFrom: edge.validFrom,
    validTo: edge.validTo,
    dateBasis: edge.dateBasis,
    confidence: edge.confidence,
    citations: citationsOf(edge),
  };
}

/** Finds the relationship by id (one index seek per type), then locks it through its ends. */
async function lockRelationship(tx: QueryRunner, id: string, expectedVersion: number): Promise<EdgeRow> {
  const [found] = await tx.run<{ edge: EdgeRow }>('graph/get-edges', { ids: [id] });
  if (!found) throw new NotFoundError('relationship', id);
  const { source, target } = found.edge;
  const [row] = await tx.run<{ edge: EdgeRow }>('graph/lock-relationship', { id, source, target });
  if (!row) throw new NotFoundError('relationship', id);
  if (row.edge.version !== expectedVersion) throw new ConflictError(id, expectedVersion, row.edge.version);
  if (row.edge.retiredAt) throw new InputError('id', `"${id}" is retired and can no longer be changed`);
  return row.edge;
}

export async function updateRelationship(
  executor: Executor,
  id: string,
  expectedVersion: number,
  patch: RelationshipPatch,
  actor: Actor,
): Promise<void> {
  await executor.writeTransaction((tx) => updateRelationshipIn(tx, id, expectedVersion, patch, actor));
}

/** updateRelationship inside a transaction the caller holds; resolves to its audit entry's id. */
export async function updateRelationshipIn(
  tx: QueryRunner,
  id: string,
  expectedVersion: number,
  patch: RelationshipPatch,
  actor: Actor,
  note: AuditNote = {},
): Promise<string> {
  for (const field of ['dateBasis', 'confidence', 'citations'] as const) {
    if (field in patch && patch[field] === null) throw new InputError(`input.${field}`, 'cannot be cleared');
  }
  const current = await lockRelationship(tx, id, expectedVersion);
  const before = inputOf(current);
  const record = toRecord({ ...before, ...patch } as RelationshipInput);
  await checkCitedSources(tx, [{ field: 'input.citations', citations: record.citations }], citationsIn(current));
  await tx.run('graph/update-relationship', {
    id,
    source: current.source,
    target: current.target,
    properties: relationshipRow(record).properties,
    actor,
  });
  return recordGraphChange(tx, {
    actor,
    action: 'updateRelationship',
    targetId: id,
    entityIds: [current.source, current.target],
    before,
    after: record,
    ...note,
  });
}

export async function retireRelationship(
  executor: Executor,
  id: string,
  expectedVersion: number,
  reason: string,
  actor: Actor,
): Promise<void> {
  await executor.writeTransaction((tx) => retireRelationshipIn(tx, id, expectedVersion, reason, actor));
}

/** retireRelationship inside a transaction the caller holds; resolves to its audit entry's id. */
export async function retireRelationshipIn(
  tx: QueryRunner,
  id: string,
  expectedVersion: number,
  reason: string,
  actor: Actor,
  note: AuditNote = {},
): Promise<string> {
  if (reason.trim() === '') throw new InputError('reason', 'must say why the relationship is retired');
  const current = await lockRelationship(tx, id, expectedVersion);
  await tx.run('graph/retire-relationship', { id, source: current.source, target: current.target, reason, actor });
  return recordGraphChange(tx, {
    actor,
    action: 'retireRelationship',
    targetId: id,
    entityIds: [current.source, current.target],
    before: inputOf(current),
    after: { retired: true, reason },
    ...note,
  });
}

/** How many ids one look-up of existing relationships sends (22 index seeks each). */
const ID_LOOKUP_BATCH = 5_000;

/** The relationships the atlas has under any of the ids (retired or not): their type and ends. */
export async function findRelationshipsById(
  executor: Reader,
  ids: readonly string[],
): Promise<Map<string, { type: string; from: string; to: string }>> {
  const found = new Map<string, { type: string; from: string; to: string }>();
  for (let start = 0; start < ids.length; start += ID_LOOKUP_BATCH) {
    const rows = await executor.read<{ edge: EdgeRow }>('graph/get-edges', {
      ids: ids.slice(start, start + ID_LOOKUP_BATCH),
    });
    for (const { edge } of rows) found.set(edge.id, { type: edge.type, from: edge.source, to: edge.target });
  }
  return found;
}
