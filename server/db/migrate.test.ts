import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { RELATIONSHIP_TYPE_NAMES } from '../../core/vocabulary.ts';
import { emptyDatabase, testExecutor } from '../testing/database.ts';
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

describe('the change feed migration', () => {
  it('numbers audit entries older than the feed in the order they were made, once, before newer ones', async () => {
    await emptyDatabase(executor);
    // Entries as they were before the feed: no seq, no :Unsequenced label, written out of order.
    const driver = neo4j.driver(inject('neo4jUri'), undefined, { disableLosslessIntegers: true });
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run(
        `UNWIND $entries AS entry
         CREATE (:AuditEntry {id: entry.id, at: entry.at, actor: 'test', action: 'updateEntity', targetId: 'body:x'})`,
        {
          entries: [
            { id: 'c', at: '2026-03-01T10:00:00.5Z' },
            { id: 'a', at: '2026-01-01T10:00:00Z' },
            // Text drops trailing zeros: as text .483 sorts before .48, as a time after it.
            { id: 'b-483', at: '2026-02-01T10:00:00.483Z' },
            { id: 'b-480', at: '2026-02-01T10:00:00.48Z' },
          ],
        },
      );
      await applyMigrations(executor);
      const numbered = async () =>
        (await session.run('MATCH (e:AuditEntry) RETURN e.id AS id, e.seq AS seq ORDER BY seq')).records.map(
          (record) => [record.get('id') as string, record.get('seq') as number],
        );
      expect(await numbered()).toEqual([
        ['a', 1],
        ['b-480', 2],
        ['b-483', 3],
        ['c', 4],
      ]);
      expect((await executor.read('feed/get-feed-head'))[0]).toEqual({ last: 4 });
      // Again: nothing changes, and a newer change is numbered after them.
      await applyMigrations(executor);
      await executor.writeTransaction((tx) =>
        tx.run('audit/record-change', {
          actor: { id: null, name: 'test' },
          action: 'createEntity',
          targetId: 'body:y',
          entityIds: [],
          before: null,
          after: null,
        }),
      );
      await executor.writeTransaction(async (tx) => {
        await tx.run('feed/lock-feed-sequence');
        await tx.run('feed/number-changes', { batch: 10 });
      });
      expect((await numbered()).map(([, seq]) => seq)).toEqual([1, 2, 3, 4, 5]);
    } finally {
      await session.close();
      await driver.close();
    }
  });
});
