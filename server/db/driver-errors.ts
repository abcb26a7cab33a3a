/**
 * What a driver error means for Atlas: every Neo4j error the executor meets becomes one error of
 * errors.ts here, and a passing fault is told apart from a lasting one (retry.ts retries the former).
 */
import neo4j, { type Neo4jError } from 'neo4j-driver';
import {
  ConstraintViolationError,
  DatabaseAuthError,
  DatabaseError,
  DatabaseUnavailableError,
  TransactionNotRetriedError,
} from './errors.ts';

/** Driver codes meaning the database is not there (stopped, restarting, unreachable), not a fault of the query. */
export const UNAVAILABLE_CODES = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** The error of errors.ts that a driver error while running `query` at `location` stands for. */
export function mapDriverError(error: unknown, query: string, location: string): Error {
  if (error instanceof DatabaseError || !(error instanceof neo4j.Neo4jError)) return error as Error;
  const { code, message } = error;
  if (UNAVAILABLE_CODES.has(code)) {
    return new DatabaseUnavailableError(`Neo4j at ${location} is not reachable: ${message}`, code, {
      cause: error,
    });
  }
  if (message.startsWith('Connection acquisition timed out')) {
    // Every connection is busy or none can be opened: the database is overloaded or hanging.
    return new DatabaseUnavailableError(`Neo4j at ${location} is busy or not answering: ${message}`, code, {
      cause: error,
    });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseAuthError(
      `Neo4j at ${location} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD (${message})`,
      code,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return constraintViolation(error);
  return new DatabaseError(`Cypher query "${query}" failed: ${message}`, code, { cause: error });
}

function constraintViolation(error: Neo4jError): ConstraintViolationError {
  // e.g. "Node(3) already exists with label `Entity` and property `id` = 'body:socitm'"
  const match = /label `([^`]+)` and property `([^`]+)` = '((?:[^'\\]|\\.)*)'/.exec(error.message);
  const [, label, property, value] = match ?? [];
  return new ConstraintViolationError(
    match ? `${label} with ${property} "${value}" already exists` : `A constraint rejected the write: ${error.message}`,
    label,
    property,
    value,
    { cause: error },
  );
}

/**
 * A passing fault after rows reached an `each` callback: retrying would replay them, and holding
 * them back until commit would defeat `each` (results too big to hold), so the caller decides.
 */
export function notRetriedError(
  error: unknown,
  progress: { query: string; rowsDelivered: number },
  location: string,
): TransactionNotRetriedError {
  const mapped = mapDriverError(error, progress.query, location);
  return new TransactionNotRetriedError(
    `The transaction failed in "${progress.query}" after ${progress.rowsDelivered} streamed ` +
      `row(s) had been delivered, so it was not retried (a retry would deliver them again); ` +
      `run it again from the start: ${mapped.message}`,
    error instanceof neo4j.Neo4jError ? error.code : undefined,
    { cause: mapped },
  );
}
