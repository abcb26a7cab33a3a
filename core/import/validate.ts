/**
 * Validates a set of Atlas data files before anything is written: each record against the zod
 * schemas, ids unique across files, references resolvable, periods ordered, and every quoted
 * passage present in its source text. Returns every problem found, not just the first.
 */
import type { z } from 'zod';
import { quoteOccursIn } from '../citations.ts';
import { endsBeforeStart } from '../dates.ts';
import {
  entitySchema,
  relationshipSchema,
  sourceSchema,
  type Citation,
  type Entity,
  type GraphRecords,
  type Relationship,
  type SourceRecord,
} from '../records.ts';
import type { AtlasFile, AtlasList } from './atlas-file.ts';
import type { Problem } from './problems.ts';

function recordId(record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : `record #${index + 1}`;
}

export interface ValidatedRecords {
  records: GraphRecords;
  /** The problems of the files' shape first, then those of the records; none means valid. */
  problems: Problem[];
}

/**
 * @param sourceTexts the texts the sources' `fileName`s name, by file name
 * @param sourceFolder where those texts were looked for, as problems should name it
 */
export function validateAtlasFiles(
  files: AtlasFile[],
  sourceTexts: ReadonlyMap<string, string>,
  sourceFolder: string,
): ValidatedRecords {
  const problems: Problem[] = files.flatMap((file) => file.problems);
  const origin = new Map<string, string>();

  function parseAll<T>(list: AtlasList, schema: z.ZodType<T>): T[] {
    const parsed: T[] = [];
    for (const { file, [list]: records } of files) {
      records.forEach((record, index) => {
        const id = recordId(record, index);
        const result = schema.safeParse(record);
        if (!result.success) {
          for (const issue of result.error.issues) {
            if (issue.code === 'unrecognized_keys') {
              for (const key of issue.keys) {
                problems.push({ file, record: id, field: [...issue.path, key].join('.'), reason: 'unknown field' });
              }
            } else {
              problems.push({ file, record: id, field: issue.path.join('.'), reason: issue.message });
            }
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

  const sources = parseAll<SourceRecord>('sources', sourceSchema);
  const entities = parseAll<Entity>('entities', entitySchema as z.ZodType<Entity>);
  const relationships = parseAll<Relationship>('relationships', relationshipSchema as z.ZodType<Relationship>);
  const problem = (id: string, field: string, reason: string) =>
    problems.push({ file: origin.get(id)!, record: id, field, reason });

  // A source's text is its file's (read into the record, so the import stores it on the node) or its own.
  const textOf = new Map<string, string>();
  for (const [index, source] of sources.entries()) {
    if (source.fileName === undefined) {
      if (source.text !== undefined) textOf.set(source.id, source.text);
      continue;
    }
    const text = sourceTexts.get(source.fileName);
    if (text === undefined) problem(source.id, 'fileName', `no file ${source.fileName} in ${sourceFolder}`);
    else {
      textOf.set(source.id, text);
      sources[index] = { ...source, text };
    }
  }

  const sourceIds = new Set(sources.map((source) => source.id));
  const checkCitations = (id: string, field: string, citations: Citation[]) =>
    citations.forEach((citation, index) => {
      const text = textOf.get(citation.source);
      const at = `${field}.${index}`;
      if (!sourceIds.has(citation.source)) {
        problem(id, `${at}.source`, `unknown source "${citation.source}"`);
      } else if (text !== undefined && !quoteOccursIn(text, citation.quote)) {
        problem(id, `${at}.quote`, `quote not found in ${citation.source}: "${citation.quote}"`);
      }
    });

  const checkPeriod = (id: string, field: string, from?: string, to?: string) => {
    if (endsBeforeStart(from, to)) problem(id, `${field}validTo`, `validTo ${to} is before validFrom ${from}`);
  };

  const entityIds = new Set(entities.map((entity) => entity.id));
  for (const entity of entities) {
    checkCitations(entity.id, 'citations', entity.citations);
    if (entity.kind !== 'PERSON') checkPeriod(entity.id, '', entity.validFrom, entity.validTo);
    const aliasNames = new Set<string>();
    entity.aliases.forEach((alias, index) => {
      const key = alias.name.toLowerCase();
      if (aliasNames.has(key)) problem(entity.id, `aliases.${index}.name`, `duplicate alias "${alias.name}"`);
      aliasNames.add(key);
      checkCitations(entity.id, `aliases.${index}.citations`, alias.citations);
      checkPeriod(entity.id, `aliases.${index}.`, alias.validFrom, alias.validTo);
    });
  }
  for (const relationship of relationships) {
    for (const end of ['from', 'to'] as const) {
      if (!entityIds.has(relationship[end])) problem(relationship.id, end, `unknown entity "${relationship[end]}"`);
    }
    if (relationship.from === relationship.to) {
      problem(relationship.id, 'to', 'a relationship cannot link an entity to itself');
    }
    checkCitations(relationship.id, 'citations', relationship.citations);
    checkPeriod(relationship.id, '', relationship.validFrom, relationship.validTo);
  }

  return { records: { sources, entities, relationships }, problems };
}
