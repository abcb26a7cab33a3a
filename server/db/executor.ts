/**
 * The one boundary between Stakeholder Atlas and Neo4j: runs named, parameterised Cypher from
 * cypher/, sends every transaction with metadata saying who ran it, and maps every driver error to
 * an error of server/db/errors.ts.
 */
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import { loadQueries, queriesIn, type QueryCatalog } from './cypher.ts';
import {
  ConstraintViolationError,
  DatabaseAuthError,
  DatabaseError,
  DatabaseUnavailableError,
  TransactionNotRetriedError,
} from './errors.ts';
import { toPlain } from './records.ts';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

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

/**
 * Retries of a transaction. A passing fault (deadlock, a cluster changing leader) is retried for
 * a while; an unreachable database is retried only briefly, so that requests answer
 * SERVICE_UNAVAILABLE within about a second instead of queueing (the driver's own retries wait at
 * least a second before the first retry, which is why the executor retries itself).
 */
const RETRY = {
  transientBudgetMs: 5_000,
  unavailableBudgetMs: 600,
  firstDelayMs: 50,
  maxDelayMs: 1_000,
};

/** Driver codes meaning the database is not there (stopped, restarting, unreachable), not a fault of the query. */
const UNAVAILABLE_CODES = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** A query a transaction asked to run after its commit (QueryRunner.afterCommit). */
type FollowUp = [name: string, params: Params];

/** What one transaction's attempts have done so far: its latest query, and rows streamed to callers. */
interface AttemptProgress {
  query: string;
  rowsDelivered: number;
}

const sleep = (ms: number) => new Promise((resolveLater) => setTimeout(resolveLater, ms));

/** Runs named queries inside one transaction. */
export interface QueryRunner {
  run<R extends Row = Row>(name: string, params?: Params): Promise<R[]>;
  /**
   * Streams a query's rows one at a time, awaiting `onRow` before the next (for results too big to
   * hold, such as a backup of everything); resolves to the number of rows. Once a row has reached
   * `onRow`, the transaction is no longer retried after a passing fault: it fails with
   * TransactionNotRetriedError, since a retry would deliver the same rows again.
   */
  each<R extends Row = Row>(name: string, params: Params, onRow: (row: R) => void | Promise<void>): Promise<number>;
  /**
   * Runs a query in a transaction of its own once this one has committed: never if it does not,
   * once however often it is asked with the same parameters, and once for all the transactions of
   * this process that ask for it at about the same time (each waits for a run that started after
   * its commit). Neo4j applies a commit to its store record by record and to its indexes last while
   * readers go on, so a reader can see part of a transaction; a write made after the commit
   * returned is seen only with all of it.
   */
  afterCommit(name: string, params?: Params): void;
  /**
   * Once this transaction has committed, calls the listeners of `topic` (Executor.listenAfterCommit)
   * and waits for them before its caller is answered; never if it does not commit; once per topic.
   * A listener's failure is logged, not thrown: the change is committed whatever happens after it.
   */
  notifyAfterCommit(topic: string): void;
}

/**
 * What an executor shares with every one made from it (withMetadata, withAvailability): the
 * listeners of commits by topic, and the follow-up queries running or waiting to run (by name and
 * parameters), so that follow-ups asked by concurrent transactions run once for all of them.
 */
interface SharedState {
  commitListeners: Map<string, Set<() => Promise<void>>>;
  followUps: Map<string, { running?: Promise<void>; queued?: Promise<void> }>;
}

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
    private readonly shared: SharedState = { commitListeners: new Map(), followUps: new Map() },
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
      this.shared,
    );
  }

  /** The same database, failing fast with the reason while `reason` says it is unavailable. */
  withAvailability(reason: UnavailableReason): Executor {
    return new Executor(this.driver, this.database, this.location, this.queries, this.metadata, reason, this.shared);
  }

  /**
   * Calls `listener` after every committed transaction of this executor (or one made from it) that
   * notified `topic`; returns the unsubscribe.
   */
  listenAfterCommit(topic: string, listener: () => Promise<void>): () => void {
    const listeners = this.shared.commitListeners.get(topic) ?? new Set();
    this.shared.commitListeners.set(topic, listeners);
    listeners.add(listener);
    return () => void listeners.delete(listener);
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
      throw this.mapError(error, name);
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
      throw this.mapError(error, name);
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
   * One transaction of `work`, committed, or retried from the start (see RETRY) after a passing
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
        result = await this.attempt(session.beginTransaction({ metadata: this.metadata }), work, {
          progress,
          followUps,
          topics,
        });
      } catch (error) {
        const delay = this.retryDelay(error, attempt, Date.now() - started);
        if (delay === undefined) throw this.mapError(error, progress.query);
        if (progress.rowsDelivered > 0) throw this.notRetried(error, progress);
        await sleep(delay);
        continue;
      } finally {
        await session.close().catch(() => {});
      }
      // Outside the retries: the transaction has committed and must never run again.
      await this.runFollowUps(followUps);
      await this.notify(topics);
      return result;
    }
  }

  /**
   * The queries a committed transaction asked to run after it. The change itself is committed
   * whatever happens here, so a failure is logged, not thrown: the caller must not take a done
   * change for a failed one.
   */
  private async runFollowUps(followUps: FollowUp[]): Promise<void> {
    for (const [name, params] of followUps) {
      await this.followUp(name, params).catch((error: unknown) =>
        console.error(`[atlas] "${name}" after a commit failed: ${(error as Error).message}`),
      );
    }
  }

  /**
   * Runs a follow-up in a transaction that starts after this call, but once for every transaction
   * that asks for the same one meanwhile: while one runs (it may have started before this caller's
   * commit), callers wait for one more, which all of them share. So a burst of commits costs two
   * follow-up transactions per process, not one each queueing on the same node.
   */
  private followUp(name: string, params: Params): Promise<void> {
    const key = `${name} ${JSON.stringify(params)}`;
    const state = this.shared.followUps.get(key) ?? {};
    this.shared.followUps.set(key, state);
    if (!state.running) {
      state.running = this.write(name, params)
        .then(() => {})
        .finally(() => (state.running = undefined));
      return state.running;
    }
    state.queued ??= state.running
      .catch(() => {})
      .then(() => {
        state.queued = undefined;
        return this.followUp(name, params);
      });
    return state.queued;
  }

  /** The listeners of the topics a committed transaction notified; logged, not thrown, as follow-ups. */
  private async notify(topics: Set<string>): Promise<void> {
    const listeners = [...topics].flatMap((topic) => [...(this.shared.commitListeners.get(topic) ?? [])]);
    await Promise.all(
      listeners.map((listener) =>
        listener().catch((error: unknown) =>
          console.error(`[atlas] a listener after a commit failed: ${(error as Error).message}`),
        ),
      ),
    );
  }

  private async attempt<T>(
    tx: Transaction,
    work: (tx: QueryRunner) => Promise<T>,
    { progress, followUps, topics }: { progress: AttemptProgress; followUps: FollowUp[]; topics: Set<string> },
  ): Promise<T> {
    try {
      const result = await work({
        run: async <R extends Row>(name: string, params: Params = {}) => {
          progress.query = name;
          const ran = await tx.run(this.text(name), params);
          return ran.records.map((record) => toPlain(record.toObject()) as R);
        },
        each: async <R extends Row>(name: string, params: Params, onRow: (row: R) => void | Promise<void>) => {
          progress.query = name;
          let rows = 0;
          for await (const record of tx.run(this.text(name), params)) {
            // Counted before the callback: a row it has seen, even if it then throws, is delivered.
            progress.rowsDelivered += 1;
            await onRow(toPlain(record.toObject()) as R);
            rows += 1;
          }
          return rows;
        },
        afterCommit: (name: string, params: Params = {}) => {
          this.text(name); // an unknown query fails now, inside the transaction
          const asked = JSON.stringify(params);
          if (!followUps.some(([other, otherParams]) => other === name && JSON.stringify(otherParams) === asked))
            followUps.push([name, params]);
        },
        notifyAfterCommit: (topic) => void topics.add(topic),
      });
      await tx.commit();
      return result;
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
    }
  }

  /** Milliseconds to wait before trying `error`'s transaction again, or undefined to give up. */
  private retryDelay(error: unknown, attempt: number, elapsedMs: number): number | undefined {
    if (!(error instanceof neo4j.Neo4jError) || !neo4j.isRetryableError(error)) return undefined;
    const budget = UNAVAILABLE_CODES.has(error.code) ? RETRY.unavailableBudgetMs : RETRY.transientBudgetMs;
    // Exponential with jitter, so that transactions that deadlocked together do not retry together.
    const delay = Math.min(RETRY.firstDelayMs * 2 ** attempt, RETRY.maxDelayMs) * (0.8 + Math.random() * 0.4);
    if (elapsedMs + delay > budget || this.unavailableReason() !== undefined) return undefined;
    return delay;
  }

  /**
   * A passing fault after rows reached an `each` callback: retrying would replay them, and holding
   * them back until commit would defeat `each` (results too big to hold), so the caller decides.
   */
  private notRetried(error: unknown, progress: AttemptProgress): TransactionNotRetriedError {
    const mapped = this.mapError(error, progress.query);
    return new TransactionNotRetriedError(
      `The transaction failed in "${progress.query}" after ${progress.rowsDelivered} streamed ` +
        `row(s) had been delivered, so it was not retried (a retry would deliver them again); ` +
        `run it again from the start: ${mapped.message}`,
      error instanceof neo4j.Neo4jError ? error.code : undefined,
      { cause: mapped },
    );
  }

  private mapError(error: unknown, query: string): Error {
    if (error instanceof DatabaseError || !(error instanceof neo4j.Neo4jError)) return error as Error;
    const { code, message } = error;
    if (UNAVAILABLE_CODES.has(code)) {
      return new DatabaseUnavailableError(`Neo4j at ${this.location} is not reachable: ${message}`, code, {
        cause: error,
      });
    }
    if (message.startsWith('Connection acquisition timed out')) {
      // Every connection is busy or none can be opened: the database is overloaded or hanging.
      return new DatabaseUnavailableError(`Neo4j at ${this.location} is busy or not answering: ${message}`, code, {
        cause: error,
      });
    }
    if (
      code === 'Neo.ClientError.Security.Unauthorized' ||
      code === 'Neo.ClientError.Security.AuthenticationRateLimit'
    ) {
      return new DatabaseAuthError(
        `Neo4j at ${this.location} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD (${message})`,
        code,
        { cause: error },
      );
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      // e.g. "Node(3) already exists with label `Entity` and property `id` = 'body:socitm'"
      const match = /label `([^`]+)` and property `([^`]+)` = '((?:[^'\\]|\\.)*)'/.exec(message);
      const [, label, property, value] = match ?? [];
      return new ConstraintViolationError(
        match ? `${label} with ${property} "${value}" already exists` : `A constraint rejected the write: ${message}`,
        label,
        property,
        value,
        { cause: error },
      );
    }
    return new DatabaseError(`Cypher query "${query}" failed: ${message}`, code, { cause: error });
  }
}
