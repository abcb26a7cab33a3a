/**
 * Errors of the database boundary. The executor maps every neo4j-driver error to one of these, so
 * nothing above server/db/ needs to know the driver's error codes. The two the API speaks about
 * extend core's UnavailableError and DuplicateError, so the GraphQL layer needs only core/errors.ts.
 */
import { DuplicateError, UnavailableError } from '../../core/errors.ts';

export class DatabaseError extends Error {
  override name = 'DatabaseError';
  constructor(
    message: string,
    /** Neo4j's status code (e.g. Neo.ClientError.Statement.SyntaxError), when there is one. */
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Neo4j cannot be reached (stopped, starting, network down). Retrying later may succeed. */
export class DatabaseUnavailableError extends UnavailableError {
  override name = 'DatabaseUnavailableError';
  constructor(
    message: string,
    /** Neo4j's status code (e.g. ServiceUnavailable), when there is one. */
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The server refused the credentials given by NEO4J_USER / NEO4J_PASSWORD. */
export class DatabaseAuthError extends DatabaseError {
  override name = 'DatabaseAuthError';
}

/** A uniqueness constraint (cypher/schema/) rejected a write; nothing was written. */
export class ConstraintViolationError extends DuplicateError {
  override name = 'ConstraintViolationError';
  readonly code = 'Neo.ClientError.Schema.ConstraintValidationFailed';
  constructor(
    message: string,
    readonly label: string | undefined,
    readonly property: string | undefined,
    readonly value: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, value, options);
  }
}

/**
 * A passing fault (a deadlock, say) ended a transaction after it had streamed rows to a caller
 * (QueryRunner.each), so the executor did not retry it: a retry would deliver those rows again.
 * Running the whole job again from the start may succeed.
 */
export class TransactionNotRetriedError extends DatabaseError {
  override name = 'TransactionNotRetriedError';
}
