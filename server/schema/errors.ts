/**
 * How errors reach API users: domain errors become GraphQL errors with extensions.code; anything
 * unexpected is masked, with a request id that the server log also prints beside the real error.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { ConstraintViolationError, DatabaseUnavailableError } from '../db/errors.ts';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../core/errors.ts';

function codeFor(error: Error): { code: string; extra?: Record<string, unknown> } | null {
  if (error instanceof InputError) return { code: 'BAD_USER_INPUT', extra: { field: error.field } };
  if (error instanceof NotFoundError) return { code: 'NOT_FOUND', extra: { id: error.id } };
  if (error instanceof ConflictError) {
    return {
      code: 'CONFLICT',
      extra: { id: error.id, expectedVersion: error.expectedVersion, actualVersion: error.actualVersion },
    };
  }
  if (error instanceof ConstraintViolationError) return { code: 'CONFLICT', extra: { id: error.value } };
  if (error instanceof ForbiddenError) return { code: 'FORBIDDEN' };
  if (error instanceof DatabaseUnavailableError) return { code: 'SERVICE_UNAVAILABLE' };
  return null;
}

export function createErrorMasker(log: (line: string) => void) {
  return (error: unknown, message: string): Error => {
    const graphqlError = error instanceof GraphQLError ? error : undefined;
    const original = graphqlError?.originalError ?? (graphqlError ? undefined : error);
    // Errors GraphQL itself raised (syntax, validation, variables) and ones we raised on purpose.
    if (graphqlError && (!original || original instanceof GraphQLError))
      return (original as GraphQLError) ?? graphqlError;
    const known = original instanceof Error ? codeFor(original) : null;
    const options = { nodes: graphqlError?.nodes, path: graphqlError?.path };
    if (known && original instanceof Error) {
      return new GraphQLError(original.message, { ...options, extensions: { code: known.code, ...known.extra } });
    }
    const requestId = randomUUID();
    log(
      `request ${requestId}: unexpected error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`,
    );
    return new GraphQLError(`${message} (request id ${requestId})`, {
      ...options,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    });
  };
}
