/** Mappings remembered per layout of columns, so the next file of the same layout maps itself. */
import { importMappingSchema, type ImportMapping } from '../../core/import/mapping.ts';
import type { Executor } from './executor.ts';

export async function getRememberedMapping(executor: Executor, layout: string): Promise<ImportMapping | null> {
  const [row] = await executor.read<{ mapping: string }>('import/get-mapping', { layout });
  if (!row) return null;
  // A mapping saved under an older vocabulary may no longer fit: then it is guessed afresh.
  const parsed = importMappingSchema.safeParse(JSON.parse(row.mapping));
  return parsed.success ? parsed.data : null;
}

export async function rememberMapping(
  executor: Executor,
  layout: string,
  mapping: ImportMapping,
  actor: string,
): Promise<void> {
  await executor.write('import/save-mapping', { layout, mapping: JSON.stringify(mapping), actor });
}
