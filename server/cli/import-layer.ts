/**
 * `npm run import -- --layer <name> [--dry-run]`: a ready-made layer (server/import/layers.ts) into
 * the database, printing what it holds, what it matched in the atlas and every change it makes.
 */
import type { Executor } from '../repositories/executor.ts';
import type { ImportProgress } from '../repositories/graph-import.ts';
import { formatProblemGroup, groupProblems } from '../../core/import/problems.ts';
import type { LayerProblem } from '../../core/layers/uk-councils.ts';
import type { LayerChange } from '../import/layer-changes.ts';
import { importLayer } from '../import/layers.ts';

const CHANGES_SHOWN = 50;

function changeLine(change: LayerChange): string {
  const fields = change.fields.length ? ` (${change.fields.join(', ')})` : '';
  return `  ${change.action} ${change.what} ${change.id}: ${change.name}${fields}`;
}

/** What the layer left out, one line per cause with its rows, then each of the first few. */
function leftOutLines(file: string, leftOut: LayerProblem[]): string[] {
  const problems = leftOut.map((item) => ({
    file,
    record: item.row,
    field: item.field,
    reason: item.reason,
    cause: item.cause,
  }));
  return groupProblems(problems).flatMap((group) => [
    `  left out: ${formatProblemGroup(group)}`,
    ...(group.count === 1 ? [] : problems)
      .filter((problem) => problem.field === group.first.field && problem.cause === group.first.cause)
      .slice(0, 3)
      .map((problem) => `    ${problem.record}: ${problem.reason}`),
  ]);
}

/** Imports the layer and prints its report; the exit code (1 when it found problems). */
export async function runLayerImport(
  executor: Executor,
  name: string,
  options: {
    dryRun: boolean;
    actor: string;
    onProgress: (progress: ImportProgress) => void;
    log: (line: string) => void;
  },
): Promise<number> {
  const { log } = options;
  const started = Date.now();
  const report = await importLayer(executor, name, options);
  log(
    `Layer ${report.layer} (${report.title}), version ${report.version} of ${report.date}: ` +
      `${report.counts.entities} stakeholders, ${report.counts.relationships} relationships`,
  );
  if (report.problems.length > 0) {
    console.error(`[import] ${report.problems.length} problem(s) in the layer's file; nothing was written:`);
    for (const problem of report.problems) {
      console.error(`  ${[problem.row, problem.field].filter(Boolean).join(', ')}: ${problem.reason}`);
    }
    return 1;
  }
  for (const line of leftOutLines(report.layer, report.leftOut)) log(line);
  for (const match of report.matched) log(`  matched ${match.layerId} to ${match.entityId} (${match.reason})`);
  if (report.changes.length === 0) {
    log('Nothing to change: the atlas holds this version of the layer already.');
    return 0;
  }
  log(`${report.changes.length} change(s):`);
  for (const change of report.changes.slice(0, CHANGES_SHOWN)) log(changeLine(change));
  if (report.changes.length > CHANGES_SHOWN) log(`  … and ${report.changes.length - CHANGES_SHOWN} more`);
  if (report.keptEdited.length > 0) {
    log(`  ${report.keptEdited.length} record(s) edited since in the atlas are kept as they are`);
  }
  log(
    report.written ? `Imported in ${((Date.now() - started) / 1000).toFixed(1)} s.` : 'Dry run: nothing was written.',
  );
  return 0;
}
