/** Keys for names stored before the index entity_name_keys existed (core/matching.ts nameKeys). */
import { nameKeyProperties } from '../../core/storage.ts';
import type { Executor } from './executor.ts';

const NAME_KEY_BATCH = 5_000;

/**
 * Gives entities and aliases stored before names had keys (an atlas older than the index
 * entity_name_keys) their keys, a batch at a time; once done, one empty read at each start.
 */
export async function keyUnkeyedNames(executor: Executor): Promise<number> {
  let keyed = 0;
  for (;;) {
    const rows = await executor.read<{ node: string; name: string }>('entities/list-unkeyed-names', {
      limit: NAME_KEY_BATCH,
    });
    if (rows.length === 0) return keyed;
    await executor.write('entities/set-name-keys', {
      rows: rows.map((row) => ({ node: row.node, properties: nameKeyProperties(row.name) })),
    });
    keyed += rows.length;
  }
}
