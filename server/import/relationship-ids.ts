/**
 * Relationship ids the atlas already gives to another relationship (other ends or another type): an
 * edited export, cut down and renamed in another tool, keeps ids that now name different links. An
 * import of another tool's file gives them new ids and says so; Atlas data files, whose ids are the
 * author's, get a problem naming the record. Either way the database never meets the clash.
 */
import type { Problem } from '../../core/import/problems.ts';
import type { Relationship } from '../../core/records.ts';
import type { Reader } from '../repositories/executor.ts';
import { findRelationshipsById } from '../repositories/relationships.ts';

type Existing = Awaited<ReturnType<typeof findRelationshipsById>>;

const sameLink = (relationship: Relationship, existing: { type: string; from: string; to: string }) =>
  existing.type === relationship.type && existing.from === relationship.from && existing.to === relationship.to;

async function clashes(executor: Reader, relationships: readonly Relationship[]): Promise<Existing> {
  const existing = await findRelationshipsById(
    executor,
    relationships.map((relationship) => relationship.id),
  );
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  for (const [id, found] of existing) if (sameLink(byId.get(id)!, found)) existing.delete(id);
  return existing;
}

/** What a new id is said with: where the relationship came from (its citation's row). */
const rowOf = (relationship: Relationship) => relationship.citations[0]?.quote ?? relationship.id;

/**
 * The relationships with every clashing id replaced by a free one (`rel:x-2`, `-3`…), and a line
 * for each, to report.
 */
export async function withFreeRelationshipIds(
  executor: Reader,
  relationships: readonly Relationship[],
): Promise<{ relationships: Relationship[]; renamed: string[] }> {
  const taken = await clashes(executor, relationships);
  if (taken.size === 0) return { relationships: [...relationships], renamed: [] };
  const used = new Set(relationships.map((relationship) => relationship.id));
  const candidates = new Map<string, string[]>();
  for (const id of taken.keys())
    candidates.set(
      id,
      Array.from({ length: 20 }, (_, n) => `${id}-${n + 2}`),
    );
  const inAtlas = await findRelationshipsById(executor, [...candidates.values()].flat());
  const renamed: string[] = [];
  const result = relationships.map((relationship) => {
    const other = taken.get(relationship.id);
    if (!other) return relationship;
    const id =
      candidates.get(relationship.id)!.find((candidate) => !used.has(candidate) && !inAtlas.has(candidate)) ??
      `${relationship.id}-${Date.now()}`;
    used.add(id);
    renamed.push(
      `${rowOf(relationship)}: ${relationship.id} is already the id of ${other.from} ${other.type} ${other.to} in the atlas; this relationship gets the id ${id}`,
    );
    return { ...relationship, id };
  });
  return { relationships: result, renamed };
}

/** A problem for each relationship whose id the atlas gives to another link; `fileOf` names its file. */
export async function relationshipIdProblems(
  executor: Reader,
  relationships: readonly Relationship[],
  fileOf: (id: string) => string,
): Promise<Problem[]> {
  const taken = await clashes(executor, relationships);
  return [...taken].map(([id, other]) => ({
    file: fileOf(id),
    record: id,
    field: 'id',
    reason: `is already the id of another relationship in the atlas (${other.from} ${other.type} ${other.to}); give this one another id`,
  }));
}
