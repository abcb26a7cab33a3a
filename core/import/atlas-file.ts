/**
 * Reads one Atlas data file: YAML (or JSON, which is the same structure) holding
 * `format: stakeholder-atlas/1` and any of the lists `sources`, `entities` and `relationships`, each
 * record as core/records.ts describes it. Reading only checks the file's shape; the records are
 * validated as a set by validate.ts, since references may cross files.
 */
import { parseDocument } from 'yaml';
import type { Problem } from './problems.ts';

export const ATLAS_FORMAT = 'stakeholder-atlas/1';
export const ATLAS_LISTS = ['sources', 'entities', 'relationships'] as const;
export type AtlasList = (typeof ATLAS_LISTS)[number];

/** One file's records, not yet validated, with the problems of its shape. */
export interface AtlasFile {
  file: string;
  sources: unknown[];
  entities: unknown[];
  relationships: unknown[];
  problems: Problem[];
}

export function readAtlasFile(file: string, text: string): AtlasFile {
  const read: AtlasFile = { file, sources: [], entities: [], relationships: [], problems: [] };
  const fileProblem = (field: string, reason: string) => read.problems.push({ file, record: '', field, reason });

  let content: unknown;
  if (file.endsWith('.json')) {
    // JSON.parse reads a large generated file (tens of megabytes) in a fraction of the YAML parser's time.
    try {
      content = JSON.parse(text);
    } catch (error) {
      fileProblem('', `JSON syntax error: ${(error as Error).message}`);
      return read;
    }
  } else {
    const document = parseDocument(text, { uniqueKeys: true });
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const at = error.linePos?.[0];
        const message = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
        fileProblem('', `YAML syntax error${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${message}`);
      }
      return read;
    }
    content = document.toJS();
  }
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    fileProblem('', `must be a mapping that starts with "format: ${ATLAS_FORMAT}"`);
    return read;
  }
  const { format, ...lists } = content as Record<string, unknown>;
  if (format !== ATLAS_FORMAT) {
    fileProblem(
      'format',
      format === undefined
        ? `is missing: "format: ${ATLAS_FORMAT}"`
        : `must be "${ATLAS_FORMAT}", not "${String(format)}"`,
    );
    return read;
  }
  for (const [key, value] of Object.entries(lists)) {
    if (!(ATLAS_LISTS as readonly string[]).includes(key)) {
      fileProblem(key, `unknown list; an Atlas data file holds ${ATLAS_LISTS.join(', ')}`);
    } else if (!Array.isArray(value)) {
      fileProblem(key, 'must be a list of records');
    } else {
      read[key as AtlasList] = value;
    }
  }
  return read;
}
