/**
 * The bare-driver side of the API benchmarks: the queries one API request ran, recorded through a
 * proxy of its executor, then replayed through the bare driver in the same transactions, so a
 * baseline always runs exactly the Cypher the API runs today.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../server/db/executor.ts';

export interface Recorded {
  transaction: number;
  name: string;
  params: Record<string, unknown>;
}

/** The executor, recording every query it runs and which transaction it ran in. */
export function recording(executor: Executor, log: Recorded[], counter = { next: 0 }): Executor {
  const runner = <T extends object>(tx: T, transaction: number): T =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if ((prop === 'run' || prop === 'each') && typeof value === 'function') {
          return (name: string, params: Record<string, unknown> = {}, ...rest: unknown[]) => {
            log.push({ transaction, name, params });
            return (value as (...args: unknown[]) => unknown).call(target, name, params, ...rest);
          };
        }
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  return new Proxy(executor, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const call = value as (...args: unknown[]) => unknown;
      if (prop === 'read' || prop === 'write' || prop === 'runOnce') {
        return (name: string, params: Record<string, unknown> = {}, ...rest: unknown[]) => {
          log.push({ transaction: counter.next++, name, params });
          return call.call(target, name, params, ...rest);
        };
      }
      if (prop === 'readTransaction' || prop === 'writeTransaction') {
        return (work: (tx: object) => unknown) => {
          const transaction = counter.next++;
          return call.call(target, (tx: object) => work(runner(tx, transaction)));
        };
      }
      if (prop === 'withMetadata' || prop === 'withUnavailableReason') {
        return (...args: unknown[]) => recording(call.apply(target, args) as Executor, log, counter);
      }
      return call.bind(target);
    },
  });
}

export /** Replays the recorded queries through the bare driver, in the same transactions, in order. */
function replay(driver: Driver, recorded: Recorded[], queries: ReadonlyMap<string, string>) {
  const transactions = new Map<number, Recorded[]>();
  for (const entry of recorded)
    transactions.set(entry.transaction, [...(transactions.get(entry.transaction) ?? []), entry]);
  const groups = [...transactions.values()];
  return async () => {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      for (const group of groups) {
        await session.executeRead(async (tx: ManagedTransaction) => {
          for (const entry of group) {
            const result = await tx.run(queries.get(entry.name)!, entry.params);
            // Read the rows as the executor does, so both sides pay for turning records into objects.
            result.records.map((record) => record.toObject());
          }
        });
      }
    } finally {
      await session.close();
    }
  };
}
