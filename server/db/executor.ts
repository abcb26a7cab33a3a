/**
 * The one boundary between Stakeholder Atlas and Neo4j: runs named, parameterised Cypher from
 * cypher/, sends every transaction with metadata saying who ran it, and maps every driver error to
 * an error of server/db/errors.ts. Its parts: one attempt at a transaction (query-runner.ts), when
 * to try again (retry.ts), what driver errors mean (driver-errors.ts), and what runs after a
 * commit (after-commit.ts).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { AfterCommitWork } from './after-commit.ts';
import { loadQueries, queriesIn, type QueryCatalog } from './cypher.ts';
import { mapDriverError, notRetriedError } from './driver-errors.ts';
import { DatabaseError, DatabaseUnavailableError } from './errors.ts';
import {
  runAttempt,
  type AttemptProgress,
  type FollowUp,
  type Params,
  type QueryRunner,
  type Row,
} from './query-runner.ts';
import { toPlain } from './records.ts';
import { retryDelay, sleep } from './retry.ts';

/**
 * Sent with every transaction, so Neo4j's transaction list (SHOW TRANSACTIONS YIELD metaData) and
 * query log say which request ran it.
 */
export interface TransactionMetadata {
  /** The HTTP request's id, the one its masked errors and the server log carry; null for background work. */
  requestId: string | null;
  /** The GraphQL operation's name; null for anonymous operations and background work. */
  operation: string | null;
  /** Who: the viewer ("editor#1", "local"), or the background work ("migrations", "seed", "system"). */
  actor: string;
}

/** The metadata of work no request asked for: the migrations, the seed, a CLI. */
export function backgroundWork(actor: string): TransactionMetadata {
  return { requestId: null, operation: null, actor };
}

/**
 * Why the database cannot answer right now (e.g. the embedded Neo4j is restarting), or undefined.
 * While it says so, every query fails at once with DatabaseUnavailableError instead of trying.
 */
export type UnavailableReason = () => string | undefined;

export class Executor {
  constructor(
    private readonly driver: Driver,
    /** Where the queries run; "neo4j" for the embedded instance. */
    readonly database: string,
    /** Where the database is, for error messages (never includes credentials). */
    readonly location: string,
    private readonly queries: QueryCatalog = loadQueries(),
    /** An executor fresh from openDatabase runs as "system" (readiness checks); requests and jobs bind their own. */
    readonly metadata: TransactionMetadata = backgroundWork('system'),
    /** Asked before every query; the embedded Neo4j's supervisor answers it. */
    private readonly unavailableReason: UnavailableReason = () => undefined,
    /** Shared with every executor made from this one, so follow-ups asked meanwhile run once for all. */
    private readonly afterCommitWork = new AfterCommitWork(),
  ) {}

  /** The same database, with every transaction carrying this metadata (one request, or one job). */
  withMetadata(metadata: TransactionMetadata): Executor {
    return new Executor(
      this.driver,
      this.database,
      this.location,
      this.queries,
      metadata,
      this.unavailableReason,
      this.afterCommitWork,
    );
  }

  /** The same database, failing fast with the reason while `reason` says it is unavailable. */
  withAvailability(reason: UnavailableReason): Executor {
    return new Executor(
      this.driver,
      this.database,
      this.location,
      this.queries,
      this.metadata,
      reason,
      this.afterCommitWork,
    );
  }

  /**
   * Calls `listener` after every committed transaction of this executor (or one made from it) that
   * notified `topic`; returns the unsubscribe.
   */
  listenAfterCommit(topic: string, listener: () => Promise<void>): () => void {
    return this.afterCommitWork.listen(topic, listener);
  }

  /** Throws DatabaseUnavailableError when the database is known to be away. */
  private assertAvailable(): void {
    const reason = this.unavailableReason();
    if (reason !== undefined)
      throw new DatabaseUnavailableError(`Neo4j at ${this.location} is not available: ${reason}`);
  }

  /** Names of the queries in an area ("schema" → the migrations), in order. */
  namesIn(area: string): string[] {
    return queriesIn(this.queries, area);
  }

  read<R extends Row = Row>(name: string, params: Params = {}): Promise<R[]> {
    return this.readTransaction((tx) => tx.run<R>(name, params));
  }

  write<R extends Row = Row>(name: string, params: Params = {}): Promise<R[]> {
    return this.writeTransaction((tx) => tx.run<R>(name, params));
  }

  /** All queries of `work` commit together or not at all. The driver retries transient failures. */
  writeTransaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  readTransaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  /** Runs a query outside a managed transaction (e.g. schema changes), once, with no retries. */
  async runOnce<R extends Row = Row>(name: string, params: Params = {}, timeoutMs?: number): Promise<R[]> {
    this.assertAvailable();
    const session = this.driver.session({ database: this.database });
    try {
      const result = await session.run(this.text(name), params, { metadata: this.metadata, timeout: timeoutMs });
      return result.records.map((record) => toPlain(record.toObject()) as R);
    } catch (error) {
      throw mapDriverError(error, name, this.location);
    } finally {
      await session.close();
    }
  }

  /**
   * Applies one schema file (constraints, indexes). Schema files may hold several statements,
   * each ending with ";" at the end of a line; each runs in its own auto-commit transaction as
   * Neo4j requires for schema changes.
   */
  async applySchema(name: string): Promise<number> {
    const statements = this.text(name)
      .split(/;\s*$/m)
      .map((statement) => statement.trim())
      .filter((statement) => statement.replace(/^\/\/.*$/gm, '').trim() !== '');
    this.assertAvailable();
    const session = this.driver.session({ database: this.database });
    try {
      for (const statement of statements) await session.run(statement, {}, { metadata: this.metadata });
      return statements.length;
    } catch (error) {
      throw mapDriverError(error, name, this.location);
    } finally {
      await session.close();
    }
  }

  /** Resolves when Neo4j answers a trivial query within the timeout. */
  async ping(timeoutMs = 2_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new DatabaseUnavailableError(`Neo4j at ${this.location} did not answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([this.runOnce('system/ping'), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private text(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined)
      throw new DatabaseError(`Unknown Cypher query "${name}": there is no file cypher/${name}.cypher`);
    return text;
  }

  /**
   * One transaction of `work`, committed, or retried from the start (see retry.ts) after a passing
   * fault. Errors `work` throws itself (a version conflict, invalid input) are never retried.
   */
  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    const started = Date.now();
    const progress: AttemptProgress = { query: '(transaction)', rowsDelivered: 0 };
    for (let attempt = 0; ; attempt++) {
      this.assertAvailable();
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      const followUps: FollowUp[] = [];
      const topics = new Set<string>();
      let result: T;
      try {
        const tx = session.beginTransaction({ metadata: this.metadata });
        result = await runAttempt(tx, (name) => this.text(name), work, { progress, followUps, topics });
      } catch (error) {
        const delay = retryDelay(error, attempt, Date.now() - started);
        if (delay === undefined || this.unavailableReason() !== undefined)
          throw mapDriverError(error, progress.query, this.location);
        if (progress.rowsDelivered > 0) throw notRetriedError(error, progress, this.location);
        await sleep(delay);
        continue;
      } finally {
        await session.close().catch(() => {});
      }
      // Outside the retries: the transaction has committed and must never run again.
      await this.afterCommitWork.runFollowUps(followUps, (name, params) => this.write(name, params));
      await this.afterCommitWork.notify(topics);
      return result;
    }
  }
}
