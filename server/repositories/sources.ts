/**
 * Sources: reads, the citation rule every write that takes citations keeps (the source exists, is
 * not retired for a new citation, and holds the quote), and edits (create, update, retire), each
 * audited in its transaction.
 */
import { createHash } from 'node:crypto';
import type { Executor, QueryRunner } from './executor.ts';
import { quoteOccursIn } from '../../core/citations.ts';
import { ConflictError, InputError, NotFoundError } from '../../core/errors.ts';
import { sourceSchema, type Citation, type SourceRecord } from '../../core/records.ts';
import { citationsOf, sourceRow } from '../../core/storage.ts';
import { recordGraphChange } from './audit.ts';
import type { Actor, AliasRow, EdgeRow, EntityRow, SourceRow } from './types.ts';
import { parseInput, slugify, withoutNulls } from './validation.ts';

export async function listSources(executor: Executor): Promise<SourceRow[]> {
  return (await executor.read<{ source: SourceRow }>('sources/list-sources')).map((row) => row.source);
}

/** Sources by id, in the order asked, null where there is none (for DataLoader). */
export async function getSources(executor: Executor, ids: readonly string[]): Promise<(SourceRow | null)[]> {
  const rows = await executor.read<{ source: SourceRow }>('sources/get-sources', { ids });
  const byId = new Map(rows.map((row) => [row.source.id, row.source]));
  return ids.map((id) => byId.get(id) ?? null);
}

type SourceTextRow = {
  id: string;
  text: string | null;
  retired: boolean;
};

async function sourceTexts(runner: Pick<QueryRunner, 'run'>, ids: string[]): Promise<Map<string, SourceTextRow>> {
  const rows = await runner.run<SourceTextRow>('sources/get-source-texts', { ids });
  return new Map(rows.map((row) => [row.id, row]));
}

/** A source's text, or null when it has none (or there is no such source). */
export async function getSourceText(executor: Executor, id: string): Promise<string | null> {
  const [row] = await executor.read<SourceTextRow>('sources/get-source-texts', { ids: [id] });
  return row?.text ?? null;
}

type CitedQuote = Pick<Citation, 'source' | 'quote'>;

const citationKey = (citation: Pick<Citation, 'source' | 'quote'>) => `${citation.source}\u0000${citation.quote}`;

/**
 * Every cited source must exist and, where it has a text, hold the quote (whitespace and quote marks
 * normalised); a source without text takes the quote as the user's note. A retired source can no
 * longer be cited, but citations the record already had (`existing`) stay. Names the first
 * citation that breaks the rule.
 */
export async function checkCitedSources(
  tx: QueryRunner,
  cited: { field: string; citations: Citation[] }[],
  existing: CitedQuote[] = [],
): Promise<void> {
  const ids = [...new Set(cited.flatMap(({ citations }) => citations.map((citation) => citation.source)))];
  const found = await sourceTexts(tx, ids);
  const kept = new Set(existing.map(citationKey));
  for (const { field, citations } of cited) {
    citations.forEach((citation, index) => {
      const source = found.get(citation.source);
      if (!source) throw new InputError(`${field}.${index}.source`, `no source with id "${citation.source}"`);
      if (source.retired && !kept.has(citationKey(citation))) {
        throw new InputError(`${field}.${index}.source`, `"${citation.source}" is retired and can no longer be cited`);
      }
      if (source.text !== null && !quoteOccursIn(source.text, citation.quote)) {
        throw new InputError(
          `${field}.${index}.quote`,
          `does not occur in ${citation.source} (its text must hold these words; whitespace and quote marks may differ)`,
        );
      }
    });
  }
}

/** The citations in an entity (with its aliases') or a relationship, for `existing` above. */
export function citationsIn(row: EntityRow | EdgeRow): CitedQuote[] {
  const aliases: AliasRow[] = 'aliases' in row ? row.aliases : [];
  return [...citationsOf(row), ...aliases.flatMap((alias) => citationsOf(alias))];
}

export type CitingFact = {
  kind: 'entity' | 'alias' | 'relationship';
  entityId: string | null;
  aliasId: string | null;
  edge: EdgeRow | null;
};

/** Every entity, alias and relationship (not retired) that cites the source. */
export async function listCitingFacts(executor: Executor, id: string): Promise<CitingFact[]> {
  return executor.read<CitingFact>('sources/list-citing-facts', { id });
}

export interface SourceInput {
  id?: string | null;
  title?: string | null;
  publisher?: string | null;
  kind?: string | null;
  url?: string | null;
  date?: string | null;
  dateEstimated?: boolean | null;
  dateNote?: string | null;
  /** The source's own text (pasted, or read from an uploaded file); null or absent for none. */
  text?: string | null;
}

export type SourcePatch = Omit<SourceInput, 'id'>;

/** The fields a source's record has, from input (nulls dropped); dateEstimated defaults to false. */
function toRecord(input: SourceInput & { fileName?: string | null }, id: string): SourceRecord {
  const candidate = withoutNulls({
    id,
    title: input.title,
    publisher: input.publisher,
    kind: input.kind,
    url: input.url === '' ? null : input.url,
    fileName: input.fileName,
    text: input.text,
    date: input.date,
    dateEstimated: input.dateEstimated ?? false,
    dateNote: input.dateNote === '' ? null : input.dateNote,
  });
  return parseInput(sourceSchema, candidate, 'input');
}

/** The audit log records a text by its size and digest: a text can be a megabyte. */
function audited(record: SourceInput | SourceRecord): Record<string, unknown> {
  const { text, ...rest } = record;
  if (typeof text !== 'string') return rest;
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return { ...rest, text: `(${text.length} characters, sha256 ${digest}…)` };
}

async function takenIds(tx: QueryRunner, ids: string[]): Promise<Set<string>> {
  return new Set((await tx.run<{ id: string }>('sources/find-source-ids', { ids })).map((row) => row.id));
}

export async function createSource(executor: Executor, input: SourceInput, actor: Actor): Promise<string> {
  return executor.writeTransaction(async (tx) => {
    let id = input.id ?? '';
    if (input.id) {
      if ((await takenIds(tx, [input.id])).has(input.id)) {
        throw new InputError('input.id', `"${input.id}" is already taken`);
      }
    } else {
      const base = `source:${slugify(input.title ?? '') || 'untitled'}`;
      const candidates = [base, ...Array.from({ length: 20 }, (_, index) => `${base}-${index + 2}`)];
      const taken = await takenIds(tx, candidates);
      id = candidates.find((candidate) => !taken.has(candidate)) ?? `${base}-${Date.now()}`;
    }
    const record = toRecord(input, id);
    const { properties } = sourceRow(record);
    await tx.run('sources/create-source', { id, properties, actor });
    await recordGraphChange(tx, {
      actor,
      action: 'createSource',
      targetId: id,
      entityIds: [id],
      before: null,
      after: audited(record),
    });
    return id;
  });
}

interface LockedSource extends Omit<SourceRow, 'hasText'> {
  text?: string | null;
}

async function lockSource(tx: QueryRunner, id: string, expectedVersion: number): Promise<LockedSource> {
  const [row] = await tx.run<{ source: LockedSource }>('sources/lock-source', { id });
  if (!row) throw new NotFoundError('source', id);
  if (row.source.version !== expectedVersion) throw new ConflictError(id, expectedVersion, row.source.version);
  if (row.source.retiredAt) throw new InputError('id', `"${id}" is retired and can no longer be changed`);
  return row.source;
}

function inputOf(row: LockedSource): SourceInput & { fileName?: string | null } {
  return {
    title: row.title,
    publisher: row.publisher,
    kind: row.kind,
    url: row.url,
    fileName: row.fileName,
    date: row.date,
    dateEstimated: row.dateEstimated,
    dateNote: row.dateNote,
    text: row.fileName ? null : row.text,
  };
}

/** A new text must still hold every quote that cites the source, or those facts would lose their support. */
async function checkQuotesKept(executor: QueryRunner, id: string, text: string | null): Promise<void> {
  if (text === null) return;
  const facts = await executor.run<CitingFact>('sources/list-citing-facts', { id });
  const entityIds = facts.filter((fact) => fact.entityId !== null).map((fact) => fact.entityId!);
  const entities = await executor.run<{ entity: EntityRow }>('entities/get-entities', { ids: [...new Set(entityIds)] });
  const cited = [
    ...entities.flatMap(({ entity }) => citationsIn(entity).map((citation) => ({ citation, by: entity.id }))),
    ...facts.flatMap((fact) =>
      fact.edge ? citationsOf(fact.edge).map((citation) => ({ citation, by: fact.edge!.id })) : [],
    ),
  ];
  const lost = cited.filter(({ citation }) => citation.source === id && !quoteOccursIn(text, citation.quote));
  if (lost.length > 0) {
    const by = [...new Set(lost.map((entry) => entry.by))];
    throw new InputError(
      'input.text',
      `no longer holds ${lost.length} quoted passage${lost.length === 1 ? '' : 's'} cited by ${by.slice(0, 5).join(', ')}${by.length > 5 ? ' and others' : ''} (first: "${lost[0]!.citation.quote}")`,
    );
  }
}

export async function updateSource(
  executor: Executor,
  id: string,
  expectedVersion: number,
  patch: SourcePatch,
  actor: Actor,
): Promise<void> {
  for (const field of ['title', 'publisher', 'kind', 'date'] as const) {
    if (field in patch && patch[field] === null) throw new InputError(`input.${field}`, 'cannot be cleared');
  }
  await executor.writeTransaction(async (tx) => {
    const current = await lockSource(tx, id, expectedVersion);
    if (current.fileName && 'text' in patch && patch.text !== undefined) {
      throw new InputError(
        'input.text',
        `comes from the file ${current.fileName}; change the file and import it again`,
      );
    }
    const before = inputOf(current);
    // Left out: keep; null: clear (toRecord drops nulls).
    const merged = { ...before, ...patch };
    const record = toRecord(merged, id);
    const { properties } = sourceRow(record);
    // A file's text stays as the import stored it.
    if (current.fileName) delete (properties as Partial<typeof properties>).text;
    else await checkQuotesKept(tx, id, record.text ?? null);
    await tx.run('sources/update-source', { id, properties, actor });
    await recordGraphChange(tx, {
      actor,
      action: 'updateSource',
      targetId: id,
      entityIds: [id],
      before: audited(before),
      after: audited(record),
    });
  });
}

export async function retireSource(
  executor: Executor,
  id: string,
  expectedVersion: number,
  reason: string,
  actor: Actor,
): Promise<void> {
  if (reason.trim() === '') throw new InputError('reason', 'must say why the source is retired');
  await executor.writeTransaction(async (tx) => {
    const current = await lockSource(tx, id, expectedVersion);
    await tx.run('sources/retire-source', { id, reason, actor });
    await recordGraphChange(tx, {
      actor,
      action: 'retireSource',
      targetId: id,
      entityIds: [id],
      before: audited(inputOf(current)),
      after: { retired: true, reason },
    });
  });
}
