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

/** Where each valid record came from (its file, by id), and the problems found so far. */
interface Findings {
  problems: Problem[];
  origin: Map<string, string>;
}

/** The records of one list of every file that pass their schema and have a new id. */
function parseAll<T>(files: AtlasFile[], list: AtlasList, schema: z.ZodType<T>, { problems, origin }: Findings): T[] {
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

type Report = (id: string, field: string, reason: string) => void;

/**
 * Each source's text by source id: its file's (read into the record, so the import stores it on
 * the node) or its own.
 */
function readSourceTexts(
  sources: SourceRecord[],
  sourceTexts: ReadonlyMap<string, string>,
  sourceFolder: string,
  problem: Report,
): Map<string, string> {
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
  return textOf;
}

/** The checks every record shares: citations resolvable and quoted, periods ordered. */
function recordChecks(problem: Report, textOf: ReadonlyMap<string, string>, sourceIds: ReadonlySet<string>) {
  return {
    citations: (id: string, field: string, citations: Citation[]) =>
      citations.forEach((citation, index) => {
        const text = textOf.get(citation.source);
        const at = `${field}.${index}`;
        if (!sourceIds.has(citation.source)) {
          problem(id, `${at}.source`, `unknown source "${citation.source}"`);
        } else if (text !== undefined && !quoteOccursIn(text, citation.quote)) {
          problem(id, `${at}.quote`, `quote not found in ${citation.source}: "${citation.quote}"`);
        }
      }),
    period: (id: string, field: string, from?: string, to?: string) => {
      if (endsBeforeStart(from, to)) problem(id, `${field}validTo`, `validTo ${to} is before validFrom ${from}`);
    },
  };
}

type Checks = ReturnType<typeof recordChecks>;

function checkEntities(entities: Entity[], check: Checks, problem: Report): void {
  for (const entity of entities) {
    check.citations(entity.id, 'citations', entity.citations);
    if (entity.kind !== 'PERSON') check.period(entity.id, '', entity.validFrom, entity.validTo);
    const aliasNames = new Set<string>();
    entity.aliases.forEach((alias, index) => {
      const key = alias.name.toLowerCase();
      if (aliasNames.has(key)) problem(entity.id, `aliases.${index}.name`, `duplicate alias "${alias.name}"`);
      aliasNames.add(key);
      check.citations(entity.id, `aliases.${index}.citations`, alias.citations);
      check.period(entity.id, `aliases.${index}.`, alias.validFrom, alias.validTo);
    });
  }
}

function checkRelationships(relationships: Relationship[], entities: Entity[], check: Checks, problem: Report): void {
  const entityIds = new Set(entities.map((entity) => entity.id));
  for (const relationship of relationships) {
    for (const end of ['from', 'to'] as const) {
      if (!entityIds.has(relationship[end])) problem(relationship.id, end, `unknown entity "${relationship[end]}"`);
    }
    if (relationship.from === relationship.to) {
      problem(relationship.id, 'to', 'a relationship cannot link an entity to itself');
    }
    check.citations(relationship.id, 'citations', relationship.citations);
    check.period(relationship.id, '', relationship.validFrom, relationship.validTo);
  }
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
  const findings: Findings = { problems: files.flatMap((file) => file.problems), origin: new Map() };
  const sources = parseAll<SourceRecord>(files, 'sources', sourceSchema, findings);
  const entities = parseAll<Entity>(files, 'entities', entitySchema as z.ZodType<Entity>, findings);
  const relationships = parseAll<Relationship>(
    files,
    'relationships',
    relationshipSchema as z.ZodType<Relationship>,
    findings,
  );
  const problem: Report = (id, field, reason) =>
    findings.problems.push({ file: findings.origin.get(id)!, record: id, field, reason });
  const textOf = readSourceTexts(sources, sourceTexts, sourceFolder, problem);
  const check = recordChecks(problem, textOf, new Set(sources.map((source) => source.id)));
  checkEntities(entities, check, problem);
  checkRelationships(relationships, entities, check, problem);
  return { records: { sources, entities, relationships }, problems: findings.problems };
}
