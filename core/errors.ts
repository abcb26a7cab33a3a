/**
 * Errors the API reports to its users. Repositories throw them, and the database boundary's errors
 * extend them; the GraphQL layer turns each into an error with extensions.code (BAD_USER_INPUT,
 * NOT_FOUND, CONFLICT, FORBIDDEN, SERVICE_UNAVAILABLE) and masks everything else.
 */

/** Bad input: names the field and why; nothing was written. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`No ${what} with id "${id}"`);
  }
}

/** The record changed since the version the caller last read; nothing was written. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    readonly id: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(
      `"${id}" has changed since you read it (you sent expectedVersion ${expectedVersion}, it is now at version ${actualVersion}): reload it and apply your change again`,
    );
  }
}

/**
 * An undo refused: the record was changed after the change to undo (by `changedBy` at `changedAt`,
 * change number `changeSeq` when the feed has numbered it); nothing was written.
 */
export class ChangedSinceError extends Error {
  override name = 'ChangedSinceError';
  constructor(
    message: string,
    readonly id: string,
    readonly changedBy: string | null,
    readonly changedAt: string | null,
    readonly changeSeq: number | null,
  ) {
    super(message);
  }
}

export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

/** Nobody is signed in, and the operation is not public. */
export class UnauthenticatedError extends Error {
  override name = 'UnauthenticatedError';
}

/** A record with this id already exists; nothing was written. */
export class DuplicateError extends Error {
  override name = 'DuplicateError';
  constructor(
    message: string,
    /** The id that clashed, when known. */
    readonly id: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A service the atlas needs (the database) cannot be reached; retrying later may succeed. */
export class UnavailableError extends Error {
  override name = 'UnavailableError';
}
