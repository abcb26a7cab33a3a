/**
 * The atlas's stakeholders an upload's rows may be, read through the indexes instead of every name:
 * for each name in the file, the full-text index's best candidates (entities/find-names-candidates,
 * one query for all names, each asked as matchStakeholders asks); the stakeholders holding the file's identifiers (entity_identifiers);
 * and those the file or the user's decisions name by id. The matcher (core/import/mapping.ts) then
 * compares only these. A large file (more names than LARGE_FILE) reads every name once instead:
 * one read is cheaper than thousands of index queries.
 */
import type { ImportMapping } from '../../core/import/mapping.ts';
import type { ImportTable } from '../../core/import/table.ts';
import type { KnownEntity } from '../../core/matching.ts';
import { readerOf, type Executor } from '../repositories/executor.ts';
import { entitiesWithIdentifiers, getEntities, knownEntities, namesCandidates } from '../repositories/entity-lookup.ts';
import type { EntityRow } from '../repositories/types.ts';

export const LARGE_FILE = 2_000;

const ENTITY_ID = /^(body|person|programme):[a-z0-9]+(?:-[a-z0-9]+)*$/;

const knownOf = (row: EntityRow): KnownEntity => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  aliases: row.aliases.map((alias) => ({ name: alias.name, kind: alias.kind })),
  identifiers: row.identifiers ?? null,
});

/** Live stakeholders with these ids, as the matcher knows them. */
export async function knownByIds(executor: Executor, ids: readonly string[]): Promise<KnownEntity[]> {
  const wanted = [...new Set(ids.filter((id) => ENTITY_ID.test(id)))];
  if (wanted.length === 0) return [];
  return (await getEntities(executor, wanted)).flatMap((row) => (row && !row.retiredAt ? [knownOf(row)] : []));
}

/** The stakeholders an upload's rows may match: by name, identifier or id (see above). */
export async function knownForTables(
  executor: Executor,
  tables: readonly ImportTable[],
  mapping: ImportMapping,
  decisions: ReadonlyMap<string, string> | undefined,
): Promise<KnownEntity[]> {
  const columns = mapping.elements as Partial<Record<string, string>>;
  const names = new Set<string>();
  const identifiers = new Set<string>();
  const ids = new Set<string>(decisions?.values() ?? []);
  const add = (set: Set<string>, value: string | undefined) => {
    if (value && value.trim() !== '') set.add(value.trim());
  };
  for (const table of tables) {
    for (const { values } of table.elements.rows) {
      add(names, values[columns.name ?? '']);
      add(ids, values[columns.id ?? '']);
      // Identifier columns (several values split by ";" or ",") where the mapping has one.
      for (const value of (values[columns.identifiers ?? ''] ?? '').split(/[;,]/)) add(identifiers, value);
    }
    for (const { values } of table.connections.rows) {
      for (const end of [values[mapping.connections.from ?? ''], values[mapping.connections.to ?? '']]) {
        add(names, end);
        add(ids, end);
      }
    }
  }
  if (names.size > LARGE_FILE) return knownEntities(executor, null);
  const found = new Map<string, KnownEntity>();
  await executor.readTransaction(async (tx) => {
    const reader = readerOf(tx);
    for (const entity of await namesCandidates(reader, names)) found.set(entity.id, entity);
    for (const entity of await entitiesWithIdentifiers(reader, [...identifiers], null)) found.set(entity.id, entity);
  });
  for (const entity of await knownByIds(executor, [...ids])) found.set(entity.id, entity);
  return [...found.values()];
}
