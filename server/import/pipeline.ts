/**
 * The import pipeline: reads Atlas data files from disk with the source texts they cite, validates
 * them as one set (core/import), and writes them in one transaction, or nothing at all when any
 * problem is found. Importing the same files again changes nothing. The seed is its first use.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { readAtlasFile, type AtlasFile } from '../../core/import/atlas-file.ts';
import { formatProblem, type Problem } from '../../core/import/problems.ts';
import { validateAtlasFiles } from '../../core/import/validate.ts';
import type { GraphRecords } from '../../core/records.ts';
import type { Executor } from '../db/executor.ts';
import { importGraph, type ImportProgress } from '../repositories/graph-import.ts';
import { relationshipIdProblems } from './relationship-ids.ts';

const DATA_FILE = /\.(ya?ml|json)$/;
/** The file names sources may give (see sourceSchema); anything else is not looked for on disk. */
const SOURCE_TEXT_FILE = /^[\w.-]+\.txt$/;

export interface ReadOptions {
  /** The folder holding the texts that the sources' `fileName`s name. */
  sourceDir: string;
}

export interface ImportFilesOptions extends ReadOptions {
  /** Who the import writes as, recorded on new records (e.g. "seed"). */
  actor: string;
  /** Validate and count only; write nothing. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

export interface AtlasData {
  /** The data files read, as problems name them. */
  files: string[];
  records: GraphRecords;
  problems: Problem[];
  /** The file a record (by its id) came from, as problems name it. */
  fileOf: (id: string) => string;
}

export interface ImportReport extends AtlasData {
  /** True only when the records were written: no problems and no dry run. */
  written: boolean;
}

/** Paths under the working directory read as relative ones, as the user most likely typed them. */
function shown(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/** The data files of the given paths: a folder stands for every data file under it, in name order. */
function dataFiles(paths: string[], problems: Problem[]): string[] {
  return paths.flatMap((path) => {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) {
      problems.push({ file: shown(path), record: '', field: '', reason: 'no such file or folder' });
      return [];
    }
    if (!stats.isDirectory()) return [path];
    const found = readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((name) => DATA_FILE.test(name))
      .sort()
      .map((name) => join(path, name));
    if (found.length === 0) {
      problems.push({ file: shown(path), record: '', field: '', reason: 'holds no data files (.yaml, .yml, .json)' });
    }
    return found;
  });
}

function readSourceTexts(files: AtlasFile[], sourceDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const record of files.flatMap((file) => file.sources)) {
    const fileName = (record as { fileName?: unknown } | null)?.fileName;
    if (typeof fileName !== 'string' || !SOURCE_TEXT_FILE.test(fileName) || texts.has(fileName)) continue;
    try {
      texts.set(fileName, readFileSync(join(sourceDir, fileName), 'utf8'));
    } catch {
      // A missing text is reported by validation, against the source that names it.
    }
  }
  return texts;
}

/** Reads and validates Atlas data files, touching no database. */
export function readAtlasData(paths: string[], options: ReadOptions): AtlasData {
  const problems: Problem[] = [];
  const files = dataFiles(paths, problems).map((path): AtlasFile => {
    const file = shown(path);
    try {
      return readAtlasFile(file, readFileSync(path, 'utf8'));
    } catch (error) {
      const problem = { file, record: '', field: '', reason: `cannot be read: ${(error as Error).message}` };
      return { file, sources: [], entities: [], relationships: [], problems: [problem] };
    }
  });
  const validated = validateAtlasFiles(
    files,
    readSourceTexts(files, options.sourceDir),
    `${shown(options.sourceDir)}/`,
  );
  const fileById = new Map(
    files.flatMap((file) =>
      [...file.sources, ...file.entities, ...file.relationships].map(
        (record) => [String((record as { id?: unknown } | null)?.id), file.file] as const,
      ),
    ),
  );
  return {
    fileOf: (id) => fileById.get(id) ?? '',
    files: files.map((file) => file.file),
    records: validated.records,
    problems: [...problems, ...validated.problems],
  };
}

/** Reads, validates and, when there is no problem and no dry run, writes all records in one transaction. */
export async function importFiles(
  executor: Executor,
  paths: string[],
  options: ImportFilesOptions,
): Promise<ImportReport> {
  const data = readAtlasData(paths, options);
  if (data.problems.length === 0) {
    data.problems.push(...(await relationshipIdProblems(executor, data.records.relationships, data.fileOf)));
  }
  if (data.problems.length > 0 || options.dryRun) return { ...data, written: false };
  await importGraph(executor, data.records, { actor: options.actor, onProgress: options.onProgress });
  return { ...data, written: true };
}

/** Thrown where problems in import input must stop the caller (e.g. seeding at start). */
export class InvalidImportError extends Error {
  override name = 'InvalidImportError';
  constructor(
    what: string,
    readonly problems: Problem[],
  ) {
    super(
      `${what} has ${problems.length} problem(s); nothing was written:\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
  }
}
