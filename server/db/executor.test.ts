import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DuplicateError, UnavailableError } from '../../core/errors.ts';
import { createDriver } from './driver.ts';
import {
  ConstraintViolationError,
  DatabaseError,
  DatabaseUnavailableError,
  TransactionNotRetriedError,
} from './errors.ts';
import { backgroundWork, Executor } from './executor.ts';
import type { QueryRunner } from './query-runner.ts';
import { freePort } from '../launcher/ports.ts';
import { emptyDatabase, testExecutor } from '../testing/database.ts';

let executor: Executor;

beforeAll(async () => {
  executor = await testExecutor();
});
afterAll(() => executor.close());
beforeEach(() => emptyDatabase(executor));

const source = (id: string, title: string) => ({
  id,
  properties: {
    title,
    publisher: 'Socitm',
    kind: 'web page',
    fileName: `${id.slice(7)}.txt`,
    date: '2016',
    dateEstimated: true,
  },
});

/** The parameters of entities/create-entity for a body named as its id. */
const entity = (id: string) => ({
  id,
  label: 'Body',
  properties: { kind: 'BODY', name: id },
  aliases: [],
  actor: { id: null, name: 'test' },
});

describe('Executor on a real Neo4j', () => {
  it('writes through the driver and reads the same data back', async () => {
    await executor.write('import/merge-sources', { rows: [source('source:a', 'Purpose of the LCIOC')], actor: 'test' });
    const [row] = await executor.read<{ source: { title: string; dateEstimated: boolean } }>('sources/get-sources', {
      ids: ['source:a'],
    });
    expect(row?.source).toMatchObject({ title: 'Purpose of the LCIOC', dateEstimated: true });
  });

  it('passes values as parameters, so Cypher in a value is stored as text', async () => {
    const hostile = "x'}) DETACH DELETE n //";
    await executor.write('import/merge-sources', {
      rows: [source('source:b', hostile), source('source:c', 'other')],
      actor: 'test',
    });
    const rows = await executor.read<{ source: { title: string } }>('sources/list-sources');
    expect(rows.map((row) => row.source.title).sort()).toEqual([hostile, 'other'].sort());
  });

  it('reports a uniqueness-constraint violation as a clear error and writes nothing more', async () => {
    const socitm = {
      id: 'body:socitm',
      label: 'Body',
      properties: { kind: 'BODY', name: 'Socitm' },
      aliases: [],
      actor: { id: null, name: 'test' },
    };
    await executor.write('entities/create-entity', socitm);
    const error = await executor.write('entities/create-entity', socitm).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConstraintViolationError);
    expect((error as ConstraintViolationError).message).toBe('Entity with id "body:socitm" already exists');
    expect((error as ConstraintViolationError).value).toBe('body:socitm');
    // What the API reports as CONFLICT: core's DuplicateError, with the id.
    expect(error).toBeInstanceOf(DuplicateError);
    expect((error as DuplicateError).id).toBe('body:socitm');
  });

  it('rolls back every query of a transaction when one fails', async () => {
    await executor.write('entities/create-entity', entity('body:taken'));
    const attempt = executor.writeTransaction(async (tx) => {
      await tx.run('entities/create-entity', entity('body:new'));
      await tx.run('entities/create-entity', entity('body:taken'));
    });
    await expect(attempt).rejects.toBeInstanceOf(ConstraintViolationError);
    const rows = await executor.read<{ entities: number }>('import/count-entities');
    expect(rows[0]?.entities).toBe(1);
  });

  it('runs what a transaction asks to follow it once it has committed, once, and never after a failure', async () => {
    const version = async () =>
      (await executor.read<{ version: string }>('influence/get-graph-version'))[0]!.version.split(':')[1];
    await executor.writeTransaction(async (tx) => {
      await tx.run('entities/create-entity', entity('body:first'));
      tx.afterCommit('influence/bump-graph-version');
      tx.afterCommit('influence/bump-graph-version');
      // Not yet: it runs after the commit, in a transaction of its own.
      expect(await tx.run('influence/get-graph-version')).toEqual([{ version: 'none' }]);
    });
    expect(await version()).toBe('1');

    const failing = executor.writeTransaction(async (tx) => {
      tx.afterCommit('influence/bump-graph-version');
      await tx.run('entities/create-entity', entity('body:first'));
    });
    await expect(failing).rejects.toBeInstanceOf(ConstraintViolationError);
    expect(await version()).toBe('1');

    const unknown = executor.writeTransaction(async (tx) => {
      await tx.run('entities/create-entity', entity('body:second'));
      tx.afterCommit('nowhere/find-nothing');
    });
    await expect(unknown).rejects.toThrow('there is no file cypher/nowhere/find-nothing.cypher');
    expect(await executor.read('import/count-entities')).toEqual([{ entities: 1 }]);
  });

  it('runs a follow-up that concurrent transactions ask for once for those committing together, each after its commit', async () => {
    const version = async () =>
      Number((await executor.read<{ version: string }>('influence/get-graph-version'))[0]!.version.split(':')[1] ?? 0);
    const before = await version();
    const seenAfter = await Promise.all(
      Array.from({ length: 20 }, async (_, index) => {
        await executor.writeTransaction(async (tx) => {
          await tx.run('entities/create-entity', entity(`body:concurrent-${index}`));
          tx.afterCommit('influence/bump-graph-version');
        });
        return version();
      }),
    );
    const moves = (await version()) - before;
    // Every caller is answered after a move that followed its commit; fewer moves than commits.
    expect(seenAfter.every((seen) => seen > before)).toBe(true);
    expect(moves).toBeGreaterThanOrEqual(1);
    expect(moves).toBeLessThan(20);
  });

  it('tells the listeners of a topic once after a commit, before answering, and never after a failure', async () => {
    const seen: number[] = [];
    const unlisten = executor.listenAfterCommit('test-topic', async () => {
      seen.push((await executor.read<{ entities: number }>('import/count-entities'))[0]!.entities);
    });
    // An executor made from it (a request's) notifies the same listeners.
    await executor.withMetadata(backgroundWork('test')).writeTransaction(async (tx) => {
      await tx.run('entities/create-entity', entity('body:called-back'));
      tx.notifyAfterCommit('test-topic');
      tx.notifyAfterCommit('test-topic');
      tx.notifyAfterCommit('other-topic');
    });
    // Once, already done when the transaction resolved, and it saw the committed entity.
    expect(seen).toHaveLength(1);
    const failing = executor.writeTransaction(async (tx) => {
      tx.notifyAfterCommit('test-topic');
      await tx.run('entities/create-entity', entity('body:called-back'));
    });
    await expect(failing).rejects.toBeInstanceOf(ConstraintViolationError);
    expect(seen).toHaveLength(1);
    unlisten();
    await executor.writeTransaction(async (tx) => tx.notifyAfterCommit('test-topic'));
    expect(seen).toHaveLength(1);
  });

  it('names the missing file when a query name is unknown', async () => {
    await expect(executor.read('nowhere/find-nothing')).rejects.toThrow(
      new DatabaseError(
        'Unknown Cypher query "nowhere/find-nothing": there is no file cypher/nowhere/find-nothing.cypher',
      ),
    );
  });

  it('sends its metadata with every transaction, so Neo4j lists which request runs it', async () => {
    const metadata = { requestId: 'request-1', operation: 'RenameBody', actor: 'editor#1' };
    let opened!: () => void;
    let release!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = executor.withMetadata(metadata).writeTransaction(async (tx) => {
      await tx.run('system/ping');
      opened();
      await released;
    });
    try {
      await open;
      const rows = await executor.runOnce<{ metaData: unknown }>('system/list-transactions');
      const listed = rows.map((row) => row.metaData);
      expect(listed).toContainEqual(metadata);
      // The listing itself runs as background work of the unbound executor.
      expect(listed).toContainEqual({ requestId: null, operation: null, actor: 'system' });
    } finally {
      release();
      await held;
    }
  });

  it('reports an unreachable database as unavailable, naming where it looked', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const nowhere = new Executor(createDriver({ uri }), 'neo4j', uri);
    try {
      const error = await nowhere.ping(5_000).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect(error).toBeInstanceOf(UnavailableError);
      expect((error as Error).message).toContain(uri);
    } finally {
      await nowhere.close();
    }
  });

  it('answers within about a second when the database cannot be reached, for transactions too', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const nowhere = new Executor(createDriver({ uri }), 'neo4j', uri);
    try {
      const started = Date.now();
      const error = await nowhere.read('system/ping').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      // 0.6 s of retries plus refused connections; generous for a loaded machine.
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await nowhere.close();
    }
  });

  it('fails at once with the reason it is given while the database is known to be away', async () => {
    let reason: string | undefined = 'Neo4j is restarting (attempt 1 of 5)';
    const gated = executor.withAvailability(() => reason).withMetadata(backgroundWork('test'));
    const calls = [
      () => gated.read('system/ping'),
      () => gated.writeTransaction((tx) => tx.run('system/ping')),
      () => gated.runOnce('system/ping'),
      () => gated.ping(),
    ];
    for (const call of calls) {
      const error = await call().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as Error).message).toContain('is not available: Neo4j is restarting (attempt 1 of 5)');
    }
    reason = undefined;
    expect(await gated.read('system/ping')).toHaveLength(1);
  });

  describe('after a deadlock', () => {
    const signal = () => {
      let fire!: () => void;
      const fired = new Promise<void>((resolve) => (fire = resolve));
      return { fire, fired };
    };

    /**
     * Two write transactions that deadlock for certain: each locks one entity, runs `beforeCrossing`,
     * waits until the other holds its lock, then asks for the other's. Neo4j fails one of them
     * (which one is its choice) with DeadlockDetected, a transient error the executor retries; the
     * other then commits, and a retry finds nothing in its way.
     */
    async function deadlock(beforeCrossing: (tx: QueryRunner, which: number) => Promise<void>) {
      await executor.write('entities/create-entity', entity('body:a'));
      await executor.write('entities/create-entity', entity('body:b'));
      // Planned beforehand, so that cold planning on a busy machine does not use up the retry budget.
      await executor.write('entities/lock-entity', { id: 'body:a' });
      await executor.read('entities/list-entity-names', { kinds: null });
      const ids = ['body:a', 'body:b'];
      const holds = [signal(), signal()];
      const attempts = [0, 0];
      const outcomes = await Promise.allSettled(
        [0, 1].map((which) =>
          executor.writeTransaction(async (tx) => {
            attempts[which] = (attempts[which] ?? 0) + 1;
            await tx.run('entities/lock-entity', { id: ids[which] });
            await beforeCrossing(tx, which);
            holds[which]!.fire();
            await holds[1 - which]!.fired;
            await tx.run('entities/lock-entity', { id: ids[1 - which] });
          }),
        ),
      );
      return { outcomes, attempts };
    }

    it('retries a transaction that had delivered no streamed rows, and it commits', async () => {
      const { outcomes, attempts } = await deadlock(async (tx) => {
        await tx.run('entities/list-entity-names', { kinds: null });
      });
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
      // One of the two was failed by Neo4j and ran again.
      expect(attempts.sort()).toEqual([1, 2]);
    });

    it('does not retry once streamed rows reached the caller, so none is delivered twice', async () => {
      const delivered: string[][] = [[], []];
      const { outcomes, attempts } = await deadlock(async (tx, which) => {
        await tx.each<{ id: string }>('entities/list-entity-names', { kinds: null }, (row) => {
          delivered[which]!.push(row.id);
        });
      });
      expect(delivered).toEqual([
        ['body:a', 'body:b'],
        ['body:a', 'body:b'],
      ]);
      expect(attempts).toEqual([1, 1]);
      const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(failed).toHaveLength(1);
      const error = failed[0]!.reason as unknown;
      expect(error).toBeInstanceOf(TransactionNotRetriedError);
      expect((error as TransactionNotRetriedError).code).toBe('Neo.TransientError.Transaction.DeadlockDetected');
      expect((error as Error).message).toContain(
        'failed in "entities/lock-entity" after 2 streamed row(s) had been delivered, so it was not retried',
      );
    });
  });
});
