/** Entity edits (create, update, retire), each validated and audited in its transaction. */
import { readerOf, type Executor, type QueryRunner } from './executor.ts';
import { endsBeforeStart } from '../../core/dates.ts';
import { ConflictError, InputError, NotFoundError } from '../../core/errors.ts';
import { identifierKey } from '../../core/matching.ts';
import { entitySchema, identifierText, type Entity } from '../../core/records.ts';
import { aliasRows, citationsOf, entityRow } from '../../core/storage.ts';
import type { EntityKind } from '../../core/vocabulary.ts';
import { recordGraphChange } from './audit.ts';
import { entitiesWithIdentifiers } from './entity-lookup.ts';
import { checkCitedSources, citationsIn } from './sources.ts';
import type { Actor, AliasRow, EntityRow } from './types.ts';
import { parseInput, slugify, withoutNulls } from './validation.ts';

export interface AliasInput {
  name: string;
  kind: string;
  validFrom?: string | null;
  validTo?: string | null;
  citations: { source: string; quote: string; note?: string | null }[];
}

export interface EntityInput {
  id?: string | null;
  kind: EntityKind;
  name?: string | null;
  description?: string | null;
  type?: string | null;
  sector?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  aliases?: AliasInput[] | null;
  /** "scheme:value" texts; the record schema checks and splits them. */
  identifiers?: string[] | null;
  citations?: AliasInput['citations'] | null;
}

const PREFIX = { BODY: 'body', PERSON: 'person', PROGRAMME: 'programme' } as const;

/** The validated record an input makes (InputError naming the field otherwise). */
export function toRecord(input: EntityInput, id: string): Entity {
  const { kind } = input;
  const candidate = withoutNulls({
    id,
    kind,
    name: input.name,
    description: input.description,
    ...(kind === 'PERSON' ? {} : { type: input.type, validFrom: input.validFrom, validTo: input.validTo }),
    ...(kind === 'BODY' ? { sector: input.sector } : {}),
    aliases: (input.aliases ?? []).map((alias) => ({ ...alias, kind: alias.kind.toLowerCase() })),
    identifiers: input.identifiers ?? [],
    citations: input.citations ?? [],
  }) as Record<string, unknown>;
  if (kind === 'PERSON') {
    for (const field of ['type', 'sector', 'validFrom', 'validTo'] as const) {
      if (input[field] != null) throw new InputError(`input.${field}`, 'does not apply to a person');
    }
  }
  const record = parseInput(entitySchema, candidate, 'input') as Entity;
  checkDatesAndAliases(record);
  return record;
}

/** What the record schema cannot see on one field: periods that end before they start, names given twice. */
function checkDatesAndAliases(record: Entity): void {
  const checkPeriod = (field: string, from?: string, to?: string) => {
    if (endsBeforeStart(from, to)) throw new InputError(`${field}validTo`, `${to} is before validFrom ${from}`);
  };
  if (record.kind !== 'PERSON') checkPeriod('input.', record.validFrom, record.validTo);
  const names = new Set<string>();
  record.aliases.forEach((alias, index) => {
    const key = alias.name.toLowerCase();
    if (names.has(key)) throw new InputError(`input.aliases.${index}.name`, `"${alias.name}" is already an alias`);
    names.add(key);
    checkPeriod(`input.aliases.${index}.`, alias.validFrom, alias.validTo);
  });
}

function aliasInputs(aliases: AliasRow[]): AliasInput[] {
  return aliases.map((alias) => ({
    name: alias.name,
    kind: alias.kind,
    validFrom: alias.validFrom,
    validTo: alias.validTo,
    citations: citationsOf(alias),
  }));
}

/** A stored entity as the input that would write it again (what the audit log keeps as `before`). */
export function inputOf(row: EntityRow): EntityInput {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    description: row.description,
    type: row.type,
    sector: row.sector,
    validFrom: row.validFrom,
    validTo: row.validTo,
    aliases: aliasInputs(row.aliases),
    identifiers: row.identifiers ?? [],
    citations: citationsOf(row),
  };
}

async function checkSources(tx: QueryRunner, record: Entity, current?: EntityRow): Promise<void> {
  await checkCitedSources(
    tx,
    [
      { field: 'input.citations', citations: record.citations },
      ...record.aliases.map((alias, index) => ({
        field: `input.aliases.${index}.citations`,
        citations: alias.citations,
      })),
    ],
    current ? citationsIn(current) : [],
  );
}

/** An identifier names one entity: another live entity holding it is an input error naming it. */
export async function checkIdentifiersFree(tx: QueryRunner, record: Entity): Promise<void> {
  if (record.identifiers.length === 0) return;
  const texts = record.identifiers.map(identifierText);
  const holders = (await entitiesWithIdentifiers(readerOf(tx), texts, null)).filter((other) => other.id !== record.id);
  for (const other of holders) {
    const index = texts.findIndex((text) =>
      other.identifiers?.some((held) => identifierKey(held) === identifierKey(text)),
    );
    if (index >= 0) {
      throw new InputError(
        `input.identifiers.${index}`,
        `${texts[index]} already identifies ${other.name} (${other.id})`,
      );
    }
  }
}

async function takenIds(tx: QueryRunner, ids: string[]): Promise<Set<string>> {
  return new Set((await tx.run<{ id: string }>('entities/find-ids', { ids })).map((row) => row.id));
}

export async function createEntity(executor: Executor, input: EntityInput, actor: Actor): Promise<string> {
  if (!(input.kind in PREFIX)) throw new InputError('input.kind', `unknown kind "${input.kind}"`);
  return executor.writeTransaction(async (tx) => {
    let id = input.id ?? '';
    if (input.id) {
      if ((await takenIds(tx, [input.id])).has(input.id))
        throw new InputError('input.id', `"${input.id}" is already taken`);
    } else {
      const base = `${PREFIX[input.kind]}:${slugify(input.name ?? '') || 'unnamed'}`;
      const candidates = [base, ...Array.from({ length: 20 }, (_, index) => `${base}-${index + 2}`)];
      const taken = await takenIds(tx, candidates);
      id = candidates.find((candidate) => !taken.has(candidate)) ?? `${base}-${Date.now()}`;
    }
    if (input.id && !input.id.startsWith(`${PREFIX[input.kind]}:`)) {
      throw new InputError('input.id', `must start with "${PREFIX[input.kind]}:" for a ${input.kind.toLowerCase()}`);
    }
    const record = toRecord(input, id);
    await checkSources(tx, record);
    await checkIdentifiersFree(tx, record);
    const { label, properties } = entityRow(record);
    await tx.run('entities/create-entity', { id, label, properties, aliases: aliasRows(record), actor });
    await recordGraphChange(tx, {
      actor,
      action: 'createEntity',
      targetId: id,
      entityIds: [id],
      before: null,
      after: record,
    });
    return id;
  });
}

async function lockEntity(tx: QueryRunner, id: string, expectedVersion: number): Promise<EntityRow> {
  const [row] = await tx.run<{ entity: EntityRow }>('entities/lock-entity', { id });
  if (!row) throw new NotFoundError('entity', id);
  if (row.entity.version !== expectedVersion) throw new ConflictError(id, expectedVersion, row.entity.version);
  if (row.entity.retiredAt) throw new InputError('id', `"${id}" is retired and can no longer be changed`);
  return row.entity;
}

export type EntityPatch = Omit<EntityInput, 'id' | 'kind'>;

/** What an audited edit may say besides itself: the change it undoes (server/repositories/undo.ts). */
export interface AuditNote {
  revertOf?: number;
}

export async function updateEntity(
  executor: Executor,
  id: string,
  expectedVersion: number,
  patch: EntityPatch,
  actor: Actor,
): Promise<void> {
  await executor.writeTransaction((tx) => updateEntityIn(tx, id, expectedVersion, patch, actor));
}

/** updateEntity inside a transaction the caller holds; resolves to its audit entry's id. */
export async function updateEntityIn(
  tx: QueryRunner,
  id: string,
  expectedVersion: number,
  patch: EntityPatch,
  actor: Actor,
  note: AuditNote = {},
): Promise<string> {
  for (const field of ['name', 'citations'] as const) {
    if (field in patch && patch[field] === null) throw new InputError(`input.${field}`, 'cannot be cleared');
  }
  const current = await lockEntity(tx, id, expectedVersion);
  const before = inputOf(current);
  // Left out: keep; null: clear (the merge below keeps nulls, toRecord drops them).
  const merged: EntityInput = { ...before, ...patch, id, kind: current.kind };
  const record = toRecord(merged, id);
  await checkSources(tx, record, current);
  await checkIdentifiersFree(tx, record);
  const { properties } = entityRow(record);
  await tx.run('entities/update-entity', { id, properties, aliases: aliasRows(record), actor });
  return recordGraphChange(tx, {
    actor,
    action: 'updateEntity',
    targetId: id,
    entityIds: [id],
    before,
    after: record,
    ...note,
  });
}

export async function retireEntity(
  executor: Executor,
  id: string,
  expectedVersion: number,
  reason: string,
  actor: Actor,
): Promise<void> {
  await executor.writeTransaction((tx) => retireEntityIn(tx, id, expectedVersion, reason, actor));
}

/** retireEntity inside a transaction the caller holds; resolves to its audit entry's id. */
export async function retireEntityIn(
  tx: QueryRunner,
  id: string,
  expectedVersion: number,
  reason: string,
  actor: Actor,
  note: AuditNote = {},
): Promise<string> {
  if (reason.trim() === '') throw new InputError('reason', 'must say why the entity is retired');
  const current = await lockEntity(tx, id, expectedVersion);
  await tx.run('entities/retire-entity', { id, reason, actor });
  return recordGraphChange(tx, {
    actor,
    action: 'retireEntity',
    targetId: id,
    entityIds: [id],
    before: inputOf(current),
    after: { retired: true, reason },
    ...note,
  });
}
