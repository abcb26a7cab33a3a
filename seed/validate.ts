/**
 * Validates the whole seed before anything is written: each record against the zod schemas, ids
 * unique, references resolvable, dates ordered, and every quoted passage present in its source text.
 * Returns every problem found, not just the first.
 */
import { endsBeforeStart } from '../core/dates.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  entitySchema,
  relationshipSchema,
  sourceSchema,
  type Citation,
  type Entity,
  type SourceRecord,
} from '../core/records.ts';
import type { Relationship, GraphRecords } from '../server/repositories/graph-import.ts';
import type { SeedCatalog } from './catalog.ts';

export const SOURCE_TEXT_DIR = fileURLToPath(new URL('./sources/', import.meta.url));

export interface Problem {
  file: string;
  record: string;
  field: string;
  reason: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.record}: ${problem.field || '(record)'}: ${problem.reason}`;
}

/** Collapses whitespace so a quote may wrap differently from the text it quotes. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function recordId(record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : `record #${index + 1}`;
}

export interface ValidatedSeed {
  records: GraphRecords;
  problems: Problem[];
}

export function validateSeed(catalog: SeedCatalog, sourceTextDir: string = SOURCE_TEXT_DIR): ValidatedSeed {
  const problems: Problem[] = [];
  const origin = new Map<string, string>();

  function parseAll<T>(files: SeedCatalog['sources'], schema: z.ZodType<T>): T[] {
    const parsed: T[] = [];
    for (const { file, records } of files) {
      records.forEach((record, index) => {
        const id = recordId(record, index);
        const result = schema.safeParse(record);
        if (!result.success) {
          for (const issue of result.error.issues) {
            problems.push({ file, record: id, field: issue.path.join('.'), reason: issue.message });
          }
          return;
        }
        if (origin.has(id)) {
          problems.push({ file, record: id, field: 'id', reason: `duplicate id (also in ${origin.get(id)})` });
          return;
        }
        origin.set(id, file);
        parsed.push(result.data);
      });
    }
    return parsed;
  }

  const sources = parseAll<SourceRecord>(catalog.sources, sourceSchema);
  const entities = parseAll<Entity>(catalog.entities, entitySchema as z.ZodType<Entity>);
  const relationships = parseAll<Relationship>(catalog.relationships, relationshipSchema as z.ZodType<Relationship>);

  const sourceTexts = new Map<string, string>();
  for (const source of sources) {
    try {
      sourceTexts.set(source.id, normaliseText(readFileSync(join(sourceTextDir, source.fileName), 'utf8')));
    } catch {
      problems.push({
        file: origin.get(source.id)!,
        record: source.id,
        field: 'fileName',
        reason: `no file ${source.fileName} in seed/sources/`,
      });
    }
  }

  const checkCitations = (id: string, field: string, citations: Citation[]) =>
    citations.forEach((citation, index) => {
      const text = sourceTexts.get(citation.source);
      const at = `${field}.${index}`;
      if (!sources.some((source) => source.id === citation.source)) {
        problems.push({
          file: origin.get(id)!,
          record: id,
          field: `${at}.source`,
          reason: `unknown source "${citation.source}"`,
        });
      } else if (text !== undefined && !text.includes(normaliseText(citation.quote))) {
        problems.push({
          file: origin.get(id)!,
          record: id,
          field: `${at}.quote`,
          reason: `quote not found in ${citation.source}: "${citation.quote}"`,
        });
      }
    });

  const checkPeriod = (id: string, field: string, from?: string, to?: string) => {
    if (endsBeforeStart(from, to)) {
      problems.push({
        file: origin.get(id)!,
        record: id,
        field: `${field}validTo`,
        reason: `validTo ${to} is before validFrom ${from}`,
      });
    }
  };

  const entityIds = new Set(entities.map((entity) => entity.id));
  for (const entity of entities) {
    checkCitations(entity.id, 'citations', entity.citations);
    if (entity.kind !== 'PERSON') checkPeriod(entity.id, '', entity.validFrom, entity.validTo);
    const aliasNames = new Set<string>();
    entity.aliases.forEach((alias, index) => {
      const key = alias.name.toLowerCase();
      if (aliasNames.has(key))
        problems.push({
          file: origin.get(entity.id)!,
          record: entity.id,
          field: `aliases.${index}.name`,
          reason: `duplicate alias "${alias.name}"`,
        });
      aliasNames.add(key);
      checkCitations(entity.id, `aliases.${index}.citations`, alias.citations);
      checkPeriod(entity.id, `aliases.${index}.`, alias.validFrom, alias.validTo);
    });
  }
  for (const relationship of relationships) {
    for (const end of ['from', 'to'] as const) {
      if (!entityIds.has(relationship[end])) {
        problems.push({
          file: origin.get(relationship.id)!,
          record: relationship.id,
          field: end,
          reason: `unknown entity "${relationship[end]}"`,
        });
      }
    }
    if (relationship.from === relationship.to) {
      problems.push({
        file: origin.get(relationship.id)!,
        record: relationship.id,
        field: 'to',
        reason: 'a relationship cannot link an entity to itself',
      });
    }
    checkCitations(relationship.id, 'citations', relationship.citations);
    checkPeriod(relationship.id, '', relationship.validFrom, relationship.validTo);
  }

  return { records: { sources, entities, relationships }, problems };
}
