import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getProfiles } from '../repositories/engagement.ts';
import { getInteractions } from '../repositories/interactions.ts';
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

describe('data migrations', () => {
  it('turn profiles and follow-up lines written the old way into assessments and follow-ups, losing nothing, once', async () => {
    await emptyDatabase(executor);
    // Written as the app wrote them before assessments and follow-ups were records of their own.
    const driver = neo4j.driver(inject('neo4jUri'));
    try {
      await driver.executeQuery(
        `CREATE (e:Entity:Body {id: 'body:old', name: 'Old Council', kind: 'body'})
         CREATE (e)-[:HAS_PROFILE]->(:EngagementProfile {owner: 'Policy', power: 4, interest: 2, stance: 'sceptic',
           topics: ['housing'], version: 3, updatedAt: '2025-06-30T09:15:00.000Z', updatedBy: 'Ann', updatedById: 'user:ann'})
         CREATE (p:Entity:Body {id: 'body:partial', name: 'Partial', kind: 'body'})
         CREATE (p)-[:HAS_PROFILE]->(:EngagementProfile {power: 5, version: 1, updatedAt: '2025-01-02T00:00:00Z', updatedBy: 'editor#1'})
         CREATE (q:Entity:Body {id: 'body:unscored', name: 'Unscored', kind: 'body'})
         CREATE (q)-[:HAS_PROFILE]->(:EngagementProfile {owner: 'Comms', version: 1})
         CREATE (i:Interaction {id: 'interaction:old', kind: 'meeting', date: '2025-07-01', summary: 'Met',
           followUps: ['Send the minutes', 'Call back'], version: 1, createdAt: '2025-07-01T10:00:00Z',
           createdBy: 'Ann', createdById: 'user:ann'})
         CREATE (i)-[:INVOLVES]->(e)
         CREATE (j:Interaction {id: 'interaction:shared', kind: 'call', date: '2025-07-02', summary: 'Rang',
           followUps: ['Write up'], version: 1, createdAt: '2025-07-02T10:00:00Z', createdBy: 'editor#1'})
         CREATE (j)-[:INVOLVES]->(e)`,
      );
      await applyMigrations(executor);
      await applyMigrations(executor);
      // The old properties are gone, so nothing reads them twice; the second run added nothing.
      const { records } = await driver.executeQuery(
        `RETURN COUNT { MATCH (p:EngagementProfile) WHERE p.stance IS NOT NULL OR p.power IS NOT NULL } AS profiles,
                COUNT { MATCH (i:Interaction) WHERE i.followUps IS NOT NULL } AS lines,
                COUNT { MATCH (a:Assessment) } AS assessments, COUNT { MATCH (f:FollowUp) } AS followUps`,
      );
      expect(records[0]!.toObject()).toEqual({
        profiles: neo4j.int(0),
        lines: neo4j.int(0),
        assessments: neo4j.int(2),
        followUps: neo4j.int(3),
      });
    } finally {
      await driver.close();
    }

    const [old, partial, unscored] = await getProfiles(executor, ['body:old', 'body:partial', 'body:unscored']);
    expect(old).toMatchObject({
      owner: 'Policy',
      stance: 'sceptic',
      power: 4,
      interest: 2,
      topics: ['housing'],
      version: 3,
    });
    expect(old!.history).toEqual([
      expect.objectContaining({
        date: '2025-06-30',
        recordedAt: '2025-06-30T09:15:00.000Z',
        stance: 'sceptic',
        power: 4,
        interest: 2,
        assessedBy: 'Ann',
        assessedById: 'user:ann',
        migrated: true,
      }),
    ]);
    expect(partial).toMatchObject({ power: 5, stance: null, interest: null });
    expect(partial!.history).toHaveLength(1);
    expect(unscored).toMatchObject({ owner: 'Comms', stance: null, history: [] });

    const [met, rang] = await getInteractions(executor, ['interaction:old', 'interaction:shared']);
    expect(
      met!.followUps.map((followUp) => [followUp.what, followUp.due, followUp.ownerId, followUp.status]).sort(),
    ).toEqual([
      ['Call back', '2025-07-01', 'user:ann', 'open'],
      ['Send the minutes', '2025-07-01', 'user:ann', 'open'],
    ]);
    // Logged with a shared token: unassigned (Neo4j stores no nulls, so no owner at all).
    expect(rang!.followUps).toEqual([expect.objectContaining({ what: 'Write up', due: '2025-07-02', status: 'open' })]);
    expect(rang!.followUps[0]!.ownerId ?? null).toBeNull();
    await emptyDatabase(executor);
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
