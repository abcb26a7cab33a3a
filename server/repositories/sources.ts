/** Reads of the source texts' metadata. */
import type { Executor, QueryRunner } from './executor.ts';
import { InputError } from '../../core/errors.ts';
import type { Citation } from '../../core/records.ts';
import type { SourceRow } from './types.ts';

export async function listSources(executor: Executor): Promise<SourceRow[]> {
  return (await executor.read<{ source: SourceRow }>('sources/list-sources')).map((row) => row.source);
}

/** Sources by id, in the order asked, null where there is none (for DataLoader). */
export async function getSources(executor: Executor, ids: readonly string[]): Promise<(SourceRow | null)[]> {
  const rows = await executor.read<{ source: SourceRow }>('sources/get-sources', { ids });
  const byId = new Map(rows.map((row) => [row.source.id, row.source]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Every cited source must exist; names the first citation that points nowhere. */
export async function checkCitedSources(
  tx: QueryRunner,
  cited: { field: string; citations: Citation[] }[],
): Promise<void> {
  const ids = [...new Set(cited.flatMap(({ citations }) => citations.map((citation) => citation.source)))];
  const found = new Set(
    (await tx.run<{ source: SourceRow }>('sources/get-sources', { ids })).map((row) => row.source.id),
  );
  for (const { field, citations } of cited) {
    citations.forEach((citation, index) => {
      if (!found.has(citation.source)) {
        throw new InputError(`${field}.${index}.source`, `no source with id "${citation.source}"`);
      }
    });
  }
}
