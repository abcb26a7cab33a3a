/**
 * The gold standard of `npm run bench -- extract`: the curated seed. For each seed text, the
 * stakeholders that cite it (themselves or through an alias) and the relationships that cite it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NamedEntity } from '../core/extract/known-names.ts';
import { readAtlasFile } from '../core/import/atlas-file.ts';
import { familyOf, RELATIONSHIP_TYPES, type RelationshipType } from '../core/vocabulary.ts';

/**
 * How a gold relationship and a proposal are compared: ends and family, the ends in order except
 * for a symmetric type (standing with both ends: "A and B work together" is B and A working together).
 */
export function relationshipKey(from: string, to: string, type: string): string {
  const known = type as RelationshipType;
  const [first, second] = RELATIONSHIP_TYPES[known].standing === 'both' && to < from ? [to, from] : [from, to];
  return `${first}|${second}|${familyOf(known)}`;
}

interface SeedCitation {
  source: string;
  quote: string;
}
interface SeedAlias {
  name: string;
  kind: string;
  validFrom?: string;
  validTo?: string;
  citations?: SeedCitation[];
}
interface SeedEntity {
  id: string;
  kind: string;
  name: string;
  aliases?: SeedAlias[];
  citations?: SeedCitation[];
}
export interface SeedRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  citations?: SeedCitation[];
}
export interface SeedText {
  id: string;
  date: string;
  text: string;
  /** Stakeholders citing it. */
  entities: Set<string>;
  relationships: SeedRelationship[];
}

/** Letters and digits only, lower case: "DCLGSolace" and "DCLG, Solace" read alike. */
const bare = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether the text names the entity by a name the atlas holds (its name or an alias, without a
 * bracketed note), case, spaces and punctuation aside: a mechanical test, independent of the rules,
 * of what a reader could find by name. Stakeholders the text only describes ("central government",
 * "I", "meets each quarter") fail it.
 */
export function namedInText(entity: NamedEntity, text: string): boolean {
  const letters = bare(text);
  return [entity.name, ...entity.aliases.map((alias) => alias.name)]
    .map((name) => bare(name.replace(/\s*\([^()]*\)$/, '')))
    .some((name) => name.length >= 2 && letters.includes(name));
}

export interface Seed {
  entities: NamedEntity[];
  relationships: SeedRelationship[];
  texts: SeedText[];
}

const SEED = join(import.meta.dirname, '..', 'seed');

export function readSeed(): Seed {
  const files = ['bodies.yaml', 'people.yaml', 'programmes.yaml', 'sources.yaml'].map((file) => join('data', file));
  files.push(...readdirSync(join(SEED, 'data', 'relationships')).map((file) => join('data', 'relationships', file)));
  const entities: SeedEntity[] = [];
  const relationships: SeedRelationship[] = [];
  const sources: { id: string; date: string; fileName: string }[] = [];
  for (const file of files) {
    const read = readAtlasFile(file, readFileSync(join(SEED, file), 'utf8'));
    entities.push(...(read.entities as SeedEntity[]));
    relationships.push(...(read.relationships as SeedRelationship[]));
    sources.push(...(read.sources as typeof sources));
  }
  const texts = sources.map((source) => {
    const cites = (citations?: SeedCitation[]) => (citations ?? []).some((citation) => citation.source === source.id);
    return {
      id: source.id,
      date: source.date,
      text: readFileSync(join(SEED, 'sources', source.fileName), 'utf8'),
      entities: new Set(
        entities
          .filter((entity) => cites(entity.citations) || (entity.aliases ?? []).some((alias) => cites(alias.citations)))
          .map((entity) => entity.id),
      ),
      relationships: relationships.filter((relationship) => cites(relationship.citations)),
    };
  });
  return {
    entities: entities.map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      retired: false,
      aliases: (entity.aliases ?? []).map((alias) => ({ name: alias.name, kind: alias.kind })),
      datedNames: (entity.aliases ?? [])
        .filter((alias) => alias.kind === 'name' && (alias.validFrom || alias.validTo))
        .map((alias) => ({ name: alias.name, validFrom: alias.validFrom ?? null, validTo: alias.validTo ?? null })),
    })),
    relationships,
    texts,
  };
}
