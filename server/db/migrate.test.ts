import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPE_NAMES } from '../../core/vocabulary.ts';
import { testExecutor } from '../testing/database.ts';
import { CYPHER_DIR } from './cypher.ts';
import type { Executor } from './executor.ts';
import { applyMigrations } from './migrate.ts';

let executor: Executor;
beforeAll(async () => {
  executor = await testExecutor();
});
afterAll(() => executor.close());

describe('schema migrations', () => {
  it('are idempotent: applying them again changes no constraint or index', async () => {
    const before = await executor.runOnce('system/ping');
    expect(before).toEqual([{ ok: 1 }]);
    await applyMigrations(executor);
    await applyMigrations(executor);
    const rows = await executor.runOnce<{ name: string }>('system/list-schema');
    const names = rows.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('entity_id_unique');
    expect(names).toContain('entity_names');
  });

  it('give every relationship type of the vocabulary an id constraint', () => {
    const file = readFileSync(`${CYPHER_DIR}/schema/004-relationship-ids.cypher`, 'utf8');
    const constrained = [...file.matchAll(/FOR \(\)-\[r:([A-Z_]+)\]-\(\)/g)].map((match) => match[1]);
    expect(constrained.sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });

  it('look a relationship up by id in every type of the vocabulary (graph/get-edges)', () => {
    const file = readFileSync(`${CYPHER_DIR}/graph/get-edges.cypher`, 'utf8');
    const searched = [
      ...file.matchAll(/-\[r:([A-Z_]+)\]->\(b\) USING INDEX SEEK r:\1\(id\) WHERE r\.id IN \$ids/g),
    ].map((match) => match[1]);
    expect(searched.sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });
});
