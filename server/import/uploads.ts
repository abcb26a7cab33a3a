/**
 * Importing files as users bring them: Kumu sheets (CSV, XLSX), GraphML, GEXF, Cytoscape.js JSON and
 * Kumu JSON through the mapping step (core/import/mapping.ts), or Atlas data files as they are. Both
 * the API and `npm run import` use it. Reading, mapping, matching and validation come first and
 * report every problem; only an import with none is written, in one transaction, with one audit
 * entry for the whole change set. Each file becomes a source (or the user picks one) and each fact
 * cites its row, so importing the same file again changes nothing.
 */
import { createHash } from 'node:crypto';
import { readAtlasFile } from '../../core/import/atlas-file.ts';
import { detectFormat, readTable } from '../../core/import/formats/index.ts';
import {
  guessMapping,
  importMappingSchema,
  layoutOf,
  mapTables,
  withChanges,
  type ImportMapping,
  type MappingChanges,
  type StakeholderRow,
  type UnmappedValue,
} from '../../core/import/mapping.ts';
import type { Problem } from '../../core/import/problems.ts';
import { TABLE_FORMAT_TITLES, type ImportTable } from '../../core/import/table.ts';
import { validateAtlasFiles } from '../../core/import/validate.ts';
import type { GraphRecords, SourceRecord } from '../../core/records.ts';
import { IMPORTED_FILE_SOURCE_PREFIX } from '../../core/vocabulary.ts';
import { knownByIds, knownForTables } from './known-entities.ts';
import type { Executor } from '../repositories/executor.ts';
import { importGraph, type ImportProgress } from '../repositories/graph-import.ts';
import { getRememberedMapping, rememberMapping } from '../repositories/import-mappings.ts';
import { getSources } from '../repositories/sources.ts';
import type { Actor } from '../repositories/types.ts';
import { relationshipIdProblems, withFreeRelationshipIds } from './relationship-ids.ts';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportUploadsOptions {
  /** Who imports, recorded on new records and in the audit log (a name, or a user's id and name). */
  actor: string | Actor;
  /** Check and report only; write nothing. */
  dryRun: boolean;
  /** The mapping to use; without it, the one remembered for the files' layout, or a guess. */
  mapping?: ImportMapping;
  /** Decisions laid over the mapping given, remembered or guessed (the CLI's flags). */
  changes?: MappingChanges;
  /** Decisions on possible duplicates and matches, by row ("file: at"): an entity id or "new". */
  decisions?: ReadonlyMap<string, string>;
  /** Cite this source (one without text) instead of making each file a source. */
  sourceId?: string;
  /** Today's date (YYYY-MM-DD), the date of the sources the files become. */
  today?: string;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportedFile {
  name: string;
  format: string;
  elements: number;
  connections: number;
  elementColumns: string[];
  connectionColumns: string[];
}

export interface UploadReport {
  files: ImportedFile[];
  layout: string;
  mapping: ImportMapping;
  mappingOrigin: 'given' | 'remembered' | 'guessed';
  /** True when decisions (options.changes) were laid over the mapping. */
  mappingChanged: boolean;
  problems: Problem[];
  /** What the import did on its own that the user should know (names from ids, new relationship ids…). */
  notes: string[];
  unmapped: UnmappedValue[];
  stakeholders: StakeholderRow[];
  counts: { newStakeholders: number; matchedStakeholders: number; possibleDuplicates: number; relationships: number };
  lookedForDuplicates: boolean;
  sourceIds: string[];
  written: boolean;
}

const fileProblem = (file: string, reason: string): Problem => ({ file, record: '', field: '', reason });

/** A source id for a file: its name and the start of its content's hash, so the same file is the same source. */
function sourceIdFor(file: UploadedFile): string {
  const base = file.name
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const hash = createHash('sha256').update(file.bytes).digest('hex').slice(0, 10);
  return `${IMPORTED_FILE_SOURCE_PREFIX}${base ? `${base}-` : ''}${hash}`;
}

function sourceFor(file: UploadedFile, format: string, actor: string | Actor, today: string): SourceRecord {
  return {
    id: sourceIdFor(file),
    title: file.name,
    publisher: `Imported by ${typeof actor === 'string' ? actor : actor.name}`,
    kind: 'other',
    date: today,
    dateEstimated: false,
    dateNote: `The date of the import from ${TABLE_FORMAT_TITLES[format as keyof typeof TABLE_FORMAT_TITLES] ?? format}; each fact cites its row or element`,
  };
}

const emptyReport = (files: ImportedFile[], problems: Problem[]): UploadReport => ({
  files,
  layout: '',
  mapping: importMappingSchema.parse({
    elements: {},
    connections: {},
    values: { elementType: {}, sector: {}, relationshipType: {} },
    defaults: {},
  }),
  mappingOrigin: 'guessed',
  mappingChanged: false,
  problems,
  notes: [],
  unmapped: [],
  stakeholders: [],
  counts: { newStakeholders: 0, matchedStakeholders: 0, possibleDuplicates: 0, relationships: 0 },
  lookedForDuplicates: true,
  sourceIds: [],
  written: false,
});

/** Reads, maps, matches and checks the files; writes them when nothing is wrong and it is not a dry run. */
export async function importUploads(
  executor: Executor,
  uploads: readonly UploadedFile[],
  options: ImportUploadsOptions,
): Promise<UploadReport> {
  if (uploads.length === 0) return emptyReport([], [fileProblem('', 'no files were given')]);
  const formats = uploads.map((file) => detectFormat(file.name, file.bytes));
  const atlas = uploads.filter((_, index) => formats[index] === 'atlas');
  if (atlas.length > 0 && atlas.length < uploads.length) {
    return emptyReport(
      [],
      [
        fileProblem(
          atlas[0]!.name,
          'Atlas data files and other formats are imported separately: import these on their own',
        ),
      ],
    );
  }
  return atlas.length > 0
    ? importAtlasUploads(executor, uploads, options)
    : importTableUploads(executor, uploads, options);
}

async function importTableUploads(
  executor: Executor,
  uploads: readonly UploadedFile[],
  options: ImportUploadsOptions,
): Promise<UploadReport> {
  const tables: ImportTable[] = uploads.map((file) => readTable(file.name, file.bytes));
  const files = tables.map((table) => ({
    name: table.file,
    format: table.format,
    elements: table.elements.rows.length,
    connections: table.connections.rows.length,
    elementColumns: table.elements.columns,
    connectionColumns: table.connections.columns,
  }));
  const layout = layoutOf(tables);
  const { mapping, mappingOrigin, mappingChanged } = await chooseMapping(executor, tables, layout, options);
  const { sources, sourceOf, problems } = await citedSources(executor, uploads, tables, options);
  const mapped = await mapAgainstAtlas(executor, tables, mapping, sourceOf, options.decisions);
  problems.push(...mapped.problems);
  const { relationships, renamed } = await withFreeRelationshipIds(executor, mapped.relationships);
  const byOutcome = (kind: string) => mapped.stakeholders.filter((row) => row.outcome.kind === kind).length;
  const report: UploadReport = {
    files,
    layout,
    mapping,
    mappingOrigin,
    mappingChanged,
    problems,
    notes: [...mapped.notes, ...renamed],
    unmapped: mapped.unmapped,
    stakeholders: mapped.stakeholders,
    counts: {
      newStakeholders: byOutcome('new') + byOutcome('possible-duplicate'),
      matchedStakeholders: byOutcome('matches'),
      possibleDuplicates: byOutcome('possible-duplicate'),
      relationships: mapped.relationships.length,
    },
    lookedForDuplicates: mapped.lookedForDuplicates,
    sourceIds: options.sourceId ? [options.sourceId] : sources.map((source) => source.id),
    written: false,
  };
  if (problems.length > 0 || options.dryRun) return report;

  // A file imported before is the same source: it stays as first imported.
  const existing = new Set(
    (
      await getSources(
        executor,
        sources.map((source) => source.id),
      )
    ).flatMap((row) => (row ? [row.id] : [])),
  );
  const records: GraphRecords = {
    sources: sources.filter((source) => !existing.has(source.id)),
    entities: mapped.entities,
    relationships,
  };
  await importGraph(executor, records, {
    actor: options.actor,
    onProgress: options.onProgress,
    changeSet: {
      action: 'import',
      targetId: report.sourceIds.join(' '),
      entityIds: report.sourceIds,
      before: null,
      after: { files: files.map((file) => file.name), layout, counts: report.counts },
    },
  });
  if (mappingOrigin !== 'remembered' || mappingChanged) {
    await rememberMapping(
      executor,
      layout,
      mapping,
      typeof options.actor === 'string' ? options.actor : options.actor.name,
    );
  }
  return { ...report, written: true };
}

/** The mapping given, else the one remembered for the layout, else a guess; with the changes asked laid over it. */
async function chooseMapping(
  executor: Executor,
  tables: readonly ImportTable[],
  layout: string,
  options: ImportUploadsOptions,
): Promise<{ mapping: ImportMapping; mappingOrigin: UploadReport['mappingOrigin']; mappingChanged: boolean }> {
  let mappingOrigin: UploadReport['mappingOrigin'] = 'given';
  let mapping = options.mapping;
  if (!mapping) {
    const remembered = await getRememberedMapping(executor, layout);
    mappingOrigin = remembered ? 'remembered' : 'guessed';
    mapping = remembered ?? guessMapping(tables);
  }
  const mappingChanged = options.changes !== undefined && Object.keys(options.changes).length > 0;
  if (mappingChanged) mapping = withChanges(mapping, options.changes!);
  return { mapping, mappingOrigin, mappingChanged };
}

/**
 * The source each file's facts cite: the one chosen (which must exist, have no text and not be
 * retired, else a problem), or a new source per file.
 */
async function citedSources(
  executor: Executor,
  uploads: readonly UploadedFile[],
  tables: readonly ImportTable[],
  options: ImportUploadsOptions,
): Promise<{ sources: SourceRecord[]; sourceOf: (file: string) => string; problems: Problem[] }> {
  const problems: Problem[] = [];
  if (options.sourceId) {
    const [chosen] = await getSources(executor, [options.sourceId]);
    if (!chosen) problems.push(fileProblem('', `sourceId: there is no source "${options.sourceId}"`));
    else if (chosen.hasText) {
      problems.push(
        fileProblem(
          '',
          `sourceId: ${options.sourceId} has a text, so every fact would need a quote from it; choose a source without text, or let each file be its own source`,
        ),
      );
    } else if (chosen.retiredAt) problems.push(fileProblem('', `sourceId: ${options.sourceId} is retired`));
    return { sources: [], sourceOf: () => options.sourceId!, problems };
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const sources = uploads.map((file, index) => sourceFor(file, tables[index]!.format, options.actor, today));
  const byFile = new Map(uploads.map((file, index) => [file.name, sources[index]!.id]));
  return { sources, sourceOf: (file) => byFile.get(file)!, problems };
}

/** The tables mapped to records, matched against the stakeholders the atlas has. */
async function mapAgainstAtlas(
  executor: Executor,
  tables: readonly ImportTable[],
  mapping: ImportMapping,
  sourceOf: (file: string) => string,
  decisions: ReadonlyMap<string, string> | undefined,
) {
  let known = await knownForTables(executor, tables, mapping, decisions);
  let mapped = mapTables(tables, mapping, { known, sourceOf, decisions });
  // An id the file makes for a new stakeholder may belong to one the index did not offer: learn it, map again.
  for (let round = 0; round < 3; round++) {
    const knownIds = new Set(known.map((entity) => entity.id));
    const taken = await knownByIds(
      executor,
      mapped.entities.map((entity) => entity.id).filter((id) => !knownIds.has(id)),
    );
    if (taken.length === 0) break;
    known = [...known, ...taken];
    mapped = mapTables(tables, mapping, { known, sourceOf, decisions });
  }
  return mapped;
}

/** Atlas data files uploaded as they are: their sources must carry their text, or have none. */
async function importAtlasUploads(
  executor: Executor,
  uploads: readonly UploadedFile[],
  options: ImportUploadsOptions,
): Promise<UploadReport> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const read = uploads.map((file) => {
    try {
      return readAtlasFile(file.name, decoder.decode(file.bytes));
    } catch {
      return {
        file: file.name,
        sources: [],
        entities: [],
        relationships: [],
        problems: [fileProblem(file.name, 'is not UTF-8 text; save it as UTF-8')],
      };
    }
  });
  const { records, problems } = validateAtlasFiles(read, new Map(), 'the uploaded files (give each source its text)');
  const fileOf = (id: string) =>
    read.find((file) => file.relationships.some((record) => (record as { id?: unknown } | null)?.id === id))?.file ??
    '';
  if (problems.length === 0) problems.push(...(await relationshipIdProblems(executor, records.relationships, fileOf)));
  const files = read.map((file) => ({
    name: file.file,
    format: 'atlas',
    elements: file.entities.length,
    connections: file.relationships.length,
    elementColumns: [],
    connectionColumns: [],
  }));
  const knownIds = new Set(
    (
      await knownByIds(
        executor,
        records.entities.map((entity) => entity.id),
      )
    ).map((entity) => entity.id),
  );
  const stakeholders: StakeholderRow[] = records.entities.map((entity) => ({
    row: entity.id,
    name: entity.name,
    kind: entity.kind,
    entityId: entity.id,
    outcome: knownIds.has(entity.id)
      ? { kind: 'matches', entityId: entity.id, reason: 'same id', decided: false }
      : { kind: 'new' },
  }));
  const matched = stakeholders.filter((row) => row.outcome.kind === 'matches').length;
  const report: UploadReport = {
    ...emptyReport(files, problems),
    stakeholders,
    counts: {
      newStakeholders: records.entities.length - matched,
      matchedStakeholders: matched,
      possibleDuplicates: 0,
      relationships: records.relationships.length,
    },
    sourceIds: records.sources.map((source) => source.id),
  };
  if (problems.length > 0 || options.dryRun) return report;
  await importGraph(executor, records, {
    actor: options.actor,
    onProgress: options.onProgress,
    changeSet: {
      action: 'import',
      targetId: report.sourceIds.join(' '),
      entityIds: report.sourceIds,
      before: null,
      after: { files: files.map((file) => file.name), counts: report.counts },
    },
  });
  return { ...report, written: true };
}
