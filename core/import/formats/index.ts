/**
 * Which reader a file needs, and reading it: by extension, and for .json by what it holds. The
 * size limit is checked before anything is read; problems are capped so a hostile file cannot
 * flood the report.
 */
import { ATLAS_FORMAT } from '../atlas-file.ts';
import type { Problem } from '../problems.ts';
import { TABLE_FORMAT_TITLES, TABLE_FORMATS, type ImportTable, type TableFormat } from '../table.ts';
import { isCytoscapeJson, readCyjs } from './cyjs.ts';
import { readCsv } from './csv.ts';
import { readGexf } from './gexf.ts';
import { readGraphml } from './graphml.ts';
import { isKumuBlueprint, readKumuJson } from './kumu-json.ts';
import { failedTable } from './table-builder.ts';
import { decodeText, fileProblem, fileSizeProblem, parseJson } from './text.ts';
import { readXlsx } from './xlsx.ts';

export { MAX_CELL_CHARS, MAX_IMPORT_FILE_BYTES, MAX_TABLE_ROWS } from './text.ts';
export { MAX_UNZIPPED_BYTES } from './zip-guard.ts';

/** Problems reported per file; past it one more says how many were left out. */
export const MAX_PROBLEMS_PER_FILE = 1_000;

const BY_EXTENSION: Record<string, TableFormat | 'atlas'> = {
  csv: 'csv',
  tsv: 'csv',
  xlsx: 'xlsx',
  graphml: 'graphml',
  gexf: 'gexf',
  cyjs: 'cyjs',
  yaml: 'atlas',
  yml: 'atlas',
};

const READERS: Record<TableFormat, (file: string, bytes: Uint8Array) => ImportTable> = {
  csv: readCsv,
  xlsx: readXlsx,
  graphml: readGraphml,
  gexf: readGexf,
  cyjs: readCyjs,
  'kumu-json': readKumuJson,
};

const extensionOf = (file: string) => /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';

/** A .json file's format by its content, or null when it is none we read (or not JSON at all). */
function jsonFormat(bytes: Uint8Array): 'atlas' | TableFormat | null {
  const { text } = decodeText('', bytes);
  if (text === undefined) return null;
  const parsed = parseJson(text);
  if (!parsed.ok) return null;
  const { value } = parsed;
  if (value && typeof value === 'object' && (value as { format?: unknown }).format === ATLAS_FORMAT) return 'atlas';
  if (isCytoscapeJson(value)) return 'cyjs';
  if (isKumuBlueprint(value)) return 'kumu-json';
  return null;
}

/**
 * The format of a file: an Atlas data file ('atlas'), one of the table formats, or null when it is
 * none of them. By extension; a .json file by its content ("format": "stakeholder-atlas/1", then
 * Cytoscape.js's elements.nodes/edges or groups, then a Kumu blueprint's elements and connections).
 */
export function detectFormat(file: string, bytes: Uint8Array): 'atlas' | TableFormat | null {
  const extension = extensionOf(file);
  if (extension === 'json') return bytes.byteLength > 0 ? jsonFormat(bytes) : null;
  return BY_EXTENSION[extension] ?? null;
}

const ACCEPTED = `${TABLE_FORMATS.map((format) => TABLE_FORMAT_TITLES[format]).join('; ')}; or a Stakeholder Atlas data file (.yaml, .yml, .json)`;
const EXTENSIONS = '.csv, .tsv, .xlsx, .graphml, .gexf, .cyjs, .json';

function unknownFormat(file: string, bytes: Uint8Array): Problem {
  if (extensionOf(file) === 'json') {
    const decoded = decodeText(file, bytes);
    if (decoded.text === undefined) return decoded.problems[0]!;
    const parsed = parseJson(decoded.text);
    if (!parsed.ok) return fileProblem(file, parsed.reason);
    return fileProblem(
      file,
      `is JSON, but neither Cytoscape.js JSON ({ "elements": { "nodes", "edges" } }), a Kumu blueprint ({ "elements", "connections" }) nor a Stakeholder Atlas data file ("format": "${ATLAS_FORMAT}")`,
    );
  }
  return fileProblem(file, `is not a format the import reads (${EXTENSIONS}): ${ACCEPTED}`);
}

function capProblems(table: ImportTable): ImportTable {
  if (table.problems.length <= MAX_PROBLEMS_PER_FILE) return table;
  const left = table.problems.length - MAX_PROBLEMS_PER_FILE;
  return {
    ...table,
    problems: [
      ...table.problems.slice(0, MAX_PROBLEMS_PER_FILE),
      fileProblem(
        table.file,
        `has ${left.toLocaleString('en-GB')} more problems not listed; correct those above and import it again`,
      ),
    ],
  };
}

/**
 * Reads a file of another tool into elements and connections. Never throws: a file too large, of
 * an unknown format, or an Atlas data file (read by core/import/atlas-file.ts instead) gives a
 * table with no rows and the problem; the format is then the nearest guess (csv when there is none).
 */
export function readTable(file: string, bytes: Uint8Array): ImportTable {
  const sizeProblem = fileSizeProblem(file, bytes.byteLength);
  const byExtension = BY_EXTENSION[extensionOf(file)];
  const guess: TableFormat = byExtension && byExtension !== 'atlas' ? byExtension : 'csv';
  if (sizeProblem) return failedTable(file, guess, [sizeProblem]);
  const format = detectFormat(file, bytes);
  if (format === 'atlas')
    return failedTable(file, guess, [
      fileProblem(file, 'is a Stakeholder Atlas data file: it is imported as it is, not read as a table'),
    ]);
  if (format === null) {
    if (bytes.byteLength === 0) return failedTable(file, guess, [fileProblem(file, 'is empty')]);
    return failedTable(file, guess, [unknownFormat(file, bytes)]);
  }
  return capProblems(READERS[format](file, bytes));
}
