/**
 * `npm run import -- <files or folders…> [--dry-run] [--mapping <file>] [--save-mapping <file>]
 * [--source <source id>] [--decide "<file>: <row>=<entity id|new>"]… [--sources <folder>]` and the
 * decision flags of ./import-flags.ts (--type, --sector, --relationship-type, --default-…, --column), or
 * `npm run import -- --layer <name> [--dry-run]` for a ready-made layer (server/cli/import-layer.ts).
 *
 * Imports Kumu sheets (CSV, XLSX), GraphML, GEXF, Cytoscape.js JSON and Kumu JSON through the
 * mapping step, or Atlas data files (and folders of them, citing texts in --sources). Into the
 * running app's database with NEO4J_URI, else into the embedded one. Nothing is written when any
 * problem is found; --dry-run only reports.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { parse as parseYaml } from 'yaml';
import { detectFormat } from '../../core/import/formats/index.ts';
import { importMappingSchema, type ImportMapping } from '../../core/import/mapping.ts';
import { formatProblemGroup, groupProblems, type Problem } from '../../core/import/problems.ts';
import { readConfig } from '../config.ts';
import { openDatabase } from '../database.ts';
import { backgroundWork, type Executor } from '../db/executor.ts';
import { importFiles } from '../import/pipeline.ts';
import { importUploads, type UploadReport } from '../import/uploads.ts';
import { layerNamed, UnknownLayerError } from '../import/layers.ts';
import { runLayerImport } from './import-layer.ts';
import type { ImportProgress } from '../repositories/graph-import.ts';
import { DECISION_OPTIONS, DECISION_USAGE, flagFor, readDecisionFlags, vocabularyFor } from './import-flags.ts';
import { EXIT_STATUS, runCli, UsageError } from './run.ts';

const log = (line: string) => console.log(`[import] ${line}`);
const USAGE = `Usage: npm run import -- <files or folders…> [--dry-run] [--mapping <file>] [--save-mapping <file>]
       [--source <source id>] [--decide "<file>: <row>=<entity id|new>"]… [--sources <folder of source texts>]
${DECISION_USAGE}
       npm run import -- --layer uk-councils [--dry-run]`;

/** A progress bar on a terminal; a line per step otherwise (logs, CI). */
function progressReporter(): { onProgress: (progress: ImportProgress) => void; stop: () => void } {
  if (!process.stdout.isTTY) {
    return {
      onProgress: ({ step, done, total }) => {
        if (done === total) log(`Wrote ${total} ${step}`);
      },
      stop: () => {},
    };
  }
  const bar = new SingleBar({ format: '[import] {step} [{bar}] {value}/{total}', hideCursor: true });
  let current = '';
  return {
    onProgress: ({ step, done, total }) => {
      if (step !== current) {
        if (current) bar.stop();
        current = step;
        bar.start(total, 0, { step: step.padEnd(13) });
      }
      bar.update(done, { step: step.padEnd(13) });
    },
    stop: () => bar.stop(),
  };
}

function readMapping(path: string): ImportMapping {
  let content: unknown;
  try {
    content = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--mapping ${path} cannot be read: ${(error as Error).message}`);
  }
  const parsed = importMappingSchema.safeParse(content);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(mapping)'}: ${issue.message}`);
    throw new UsageError(`--mapping ${path} is not a mapping:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

function readDecisions(values: string[]): Map<string, string> {
  const decisions = new Map<string, string>();
  for (const value of values) {
    const at = value.lastIndexOf('=');
    if (at < 1 || at === value.length - 1) {
      throw new UsageError(`--decide "${value}" must look like "elements.csv: row 4=body:socitm" or "…=new"`);
    }
    decisions.set(value.slice(0, at).trim(), value.slice(at + 1).trim());
  }
  return decisions;
}

/** Problems grouped by cause: one line for many rows of one cause, with the first of them. */
function printProblems(problems: Problem[]): void {
  const groups = groupProblems(problems);
  const grouped = groups.length < problems.length ? ` (${groups.length} causes)` : '';
  console.error(`[import] ${problems.length} problem(s)${grouped}; nothing was written:`);
  for (const group of groups) console.error(`  ${formatProblemGroup(group)}`);
}

/** Each decision the import still needs, with the flag that settles it. */
function printDecisions(report: UploadReport): void {
  if (report.unmapped.length === 0) return;
  log(`${report.unmapped.length} decision(s) to make, one flag each:`);
  for (const value of report.unmapped) {
    log(`  ${value.field} ${value.value ? `"${value.value}"` : '(none)'} in ${value.rows} row(s): ${flagFor(value)}`);
  }
  for (const line of vocabularyFor(report.unmapped.map((value) => value.field))) log(`  ${line}`);
}

function printReport(report: UploadReport): void {
  for (const file of report.files) {
    log(`${file.name}: ${file.format}, ${file.elements} elements, ${file.connections} connections`);
  }
  const origin = {
    given: 'from --mapping',
    remembered: 'remembered from the last import of this layout',
    guessed: 'guessed from the column names',
  };
  log(`Mapping ${origin[report.mappingOrigin]}${report.mappingChanged ? ', with the decisions of the flags' : ''}:`);
  for (const [part, columns] of [
    ['elements', report.mapping.elements],
    ['connections', report.mapping.connections],
  ] as const) {
    const pairs = Object.entries(columns).map(([field, column]) => `${field} ← "${column}"`);
    if (pairs.length > 0) log(`  ${part}: ${pairs.join(', ')}`);
  }
  for (const [column, scheme] of Object.entries(report.mapping.identifierColumns ?? {})) {
    log(`  identifiers: "${column}" holds ${scheme} codes`);
  }
  for (const link of report.mapping.relationshipColumns ?? []) {
    const reads = link.direction === 'to' ? `the row ${link.type} the one named` : `the one named ${link.type} the row`;
    log(`  relationships: "${link.column}" names other rows (${reads})`);
  }
  for (const note of report.notes) log(`  Note: ${note}`);
  printDecisions(report);
  const { counts } = report;
  log(
    `${counts.newStakeholders} new stakeholders (${counts.possibleDuplicates} possible duplicates), ` +
      `${counts.matchedStakeholders} already in the atlas, ${counts.relationships} relationships`,
  );
  for (const row of report.stakeholders) {
    if (row.outcome.kind === 'possible-duplicate') {
      log(
        `  ${row.row}: "${row.name}" may be ${row.outcome.entityId}: ${row.outcome.reason} (--decide "${row.row}=${row.outcome.entityId}" or "…=new")`,
      );
    }
  }
  if (!report.lookedForDuplicates) log('  (too many rows to look for possible duplicates; exact matches were found)');
}

function parseImportArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      mapping: { type: 'string' },
      'save-mapping': { type: 'string' },
      source: { type: 'string' },
      decide: { type: 'string', multiple: true, default: [] },
      sources: { type: 'string' },
      layer: { type: 'string' },
      help: { type: 'boolean', default: false },
      ...DECISION_OPTIONS,
    },
  });
}

type ImportArgs = ReturnType<typeof parseImportArgs>;

/** What to import, checked before the database opens: a wrong flag or path is a usage error. */
function checkImportArgs({ values, positionals }: ImportArgs) {
  if (values.layer !== undefined && positionals.length > 0) throw new UsageError('--layer imports a layer, not files');
  if (values.layer !== undefined && !layerNamed(values.layer)) {
    throw new UsageError(new UnknownLayerError(values.layer).message);
  }
  if (positionals.length === 0 && values.layer === undefined) {
    throw new UsageError('Name the files or folders to import, or a --layer.');
  }
  for (const path of positionals) {
    if (!statSync(path, { throwIfNoEntry: false })) throw new UsageError(`${path}: no such file or folder`);
  }
  const isAtlas = (path: string) =>
    statSync(path).isDirectory() || detectFormat(basename(path), readFileSync(path)) === 'atlas';
  const atlas = positionals.filter(isAtlas);
  if (atlas.length > 0 && atlas.length < positionals.length) {
    throw new UsageError('Atlas data files and other formats are imported separately: import each kind on its own');
  }
  const mapping = values.mapping ? readMapping(values.mapping) : undefined;
  const decisions = readDecisions(values.decide);
  const changes = readDecisionFlags(values);
  if (atlas.length > 0 && Object.keys(changes).length > 0) {
    throw new UsageError("Decision flags (--type, --column…) are for other tools' files; Atlas data files need none");
  }
  return { atlasFiles: atlas.length > 0, mapping, decisions, changes };
}

interface ImportRun {
  executor: Executor;
  actor: string;
  progress: ReturnType<typeof progressReporter>;
}

/** Atlas data files (and folders of them), citing the texts in --sources. */
async function importAtlasFiles({ executor, actor, progress }: ImportRun, { values, positionals }: ImportArgs) {
  const sourceDir = values.sources ?? join(dirname(positionals[0]!), 'sources');
  const report = await importFiles(executor, positionals, {
    sourceDir,
    actor,
    dryRun: values['dry-run'],
    onProgress: progress.onProgress,
  });
  progress.stop();
  const { records } = report;
  log(
    `${report.files.length} Atlas data file(s): ${records.sources.length} sources, ${records.entities.length} entities, ${records.relationships.length} relationships`,
  );
  if (report.problems.length > 0) {
    printProblems(report.problems);
    return EXIT_STATUS.REFUSED;
  }
  log(report.written ? 'Imported.' : 'Dry run: nothing was written.');
  return EXIT_STATUS.OK;
}

/** Other tools' files, through the mapping step. */
async function importOtherFiles(
  { executor, actor, progress }: ImportRun,
  { values, positionals }: ImportArgs,
  { mapping, changes, decisions }: ReturnType<typeof checkImportArgs>,
) {
  const uploads = positionals.map((path) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) }));
  const report = await importUploads(executor, uploads, {
    actor,
    dryRun: values['dry-run'],
    mapping,
    changes,
    decisions,
    sourceId: values.source,
    onProgress: progress.onProgress,
  });
  progress.stop();
  printReport(report);
  if (values['save-mapping']) {
    writeFileSync(values['save-mapping'], `${JSON.stringify(report.mapping, null, 2)}\n`);
    log(`Mapping saved to ${values['save-mapping']}: edit it and pass it with --mapping`);
  }
  if (report.problems.length > 0) {
    printProblems(report.problems);
    return EXIT_STATUS.REFUSED;
  }
  log(report.written ? `Imported; the facts cite ${report.sourceIds.join(', ')}.` : 'Dry run: nothing was written.');
  return EXIT_STATUS.OK;
}

async function main(argv: string[]): Promise<number> {
  const args = parseImportArgs(argv);
  if (args.values.help) {
    console.log(USAGE);
    return EXIT_STATUS.OK;
  }
  const checked = checkImportArgs(args);
  const config = readConfig();
  const database = await openDatabase(config, log);
  const run: ImportRun = {
    executor: database.executor.withMetadata(backgroundWork('import')),
    actor: `cli:${userInfo().username}`,
    progress: progressReporter(),
  };
  try {
    const { layer, 'dry-run': dryRun } = args.values;
    if (layer !== undefined) {
      return await runLayerImport(run.executor, layer, {
        dryRun,
        actor: run.actor,
        onProgress: run.progress.onProgress,
        log,
      });
    }
    if (checked.atlasFiles) return await importAtlasFiles(run, args);
    return await importOtherFiles(run, args, checked);
  } finally {
    run.progress.stop();
    await database.close();
  }
}

runCli(main, {
  name: 'import',
  usage: USAGE,
  whenInUse:
    'If Stakeholder Atlas is running, import into its database through Bolt: NEO4J_URI=bolt://127.0.0.1:7687 npm run import -- …',
});
