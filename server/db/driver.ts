/** Creates the neo4j-driver Driver. server/db/ is the only place that imports neo4j-driver. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  /** Omitted for the embedded instance, which runs with authentication off on loopback. */
  user?: string;
  password?: string;
}

export function createDriver({ uri, user, password }: DriverOptions): Driver {
  const auth = password !== undefined ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined;
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    // Fail fast when the database is down instead of retrying for the default 30 s.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    logging: { level: 'error', logger: (_level, message) => console.error(`[neo4j-driver] ${message}`) },
  });
}
