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
    // Fail fast when the database is away, so requests answer SERVICE_UNAVAILABLE within about a
    // second (docs/operations.md): a stopped server refuses at once, and a TCP connect takes
    // milliseconds even across a region. A server that accepts but does not answer (hung, or a JVM
    // just started on a busy machine, which can take seconds over its first connection) is given
    // up on after 5 s. The executor retries transactions itself (server/db/executor.ts, RETRY).
    connectionTimeout: 1_000,
    connectionAcquisitionTimeout: 5_000,
    logging: { level: 'error', logger: (_level, message) => console.error(`[neo4j-driver] ${message}`) },
  });
}
