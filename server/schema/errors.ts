/**
 * How errors reach API users, in one place: core's errors become GraphQL errors with
 * extensions.code; anything unexpected is masked, with the request's id, which the server log also
 * prints beside the real error (and which the request's Neo4j transactions carry in their metadata).
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import {
  ChangedSinceError,
  ConflictError,
  DuplicateError,
  ForbiddenError,
  InputError,
  NotFoundError,
  UnauthenticatedError,
  UnavailableError,
} from '../../core/errors.ts';
import type { Log } from '../log.ts';

const MASKED_MESSAGE = 'Unexpected error.';

function codeFor(error: Error): { code: string; extra?: Record<string, unknown> } | null {
  if (error instanceof InputError) return { code: 'BAD_USER_INPUT', extra: { field: error.field } };
  if (error instanceof NotFoundError) return { code: 'NOT_FOUND', extra: { id: error.id } };
  if (error instanceof ConflictError) {
    return {
      code: 'CONFLICT',
      extra: { id: error.id, expectedVersion: error.expectedVersion, actualVersion: error.actualVersion },
    };
  }
  if (error instanceof ChangedSinceError) {
    const { id, changedBy, changedAt, changeSeq } = error;
    return { code: 'CONFLICT', extra: { id, changedBy, changedAt, changeSeq } };
  }
  if (error instanceof DuplicateError) return { code: 'CONFLICT', extra: { id: error.id } };
  if (error instanceof ForbiddenError) return { code: 'FORBIDDEN' };
  if (error instanceof UnauthenticatedError) return { code: 'UNAUTHENTICATED' };
  if (error instanceof UnavailableError) return { code: 'SERVICE_UNAVAILABLE' };
  return null;
}

/**
 * The code of an error GraphQL, yoga or graphql-armor raised without one: the document does not
 * parse, breaks a limit or the schema's rules, a variable has the wrong type, or the request itself
 * is malformed (no query, a body that is not JSON).
 */
function codeOfOwnError(error: GraphQLError): string {
  if (/limit of \d+ exceeded/i.test(error.message)) return 'GRAPHQL_VALIDATION_FAILED';
  if (error.message.startsWith('Syntax Error')) return 'GRAPHQL_PARSE_FAILED';
  if (error.message.startsWith('Variable "$')) return 'BAD_USER_INPUT';
  if (error.nodes?.length || error.locations?.length) return 'GRAPHQL_VALIDATION_FAILED';
  return 'BAD_REQUEST';
}

/** GraphQL's own error with a code added, keeping everything else (yoga reads its HTTP status from it). */
function withCode(error: GraphQLError): GraphQLError {
  if (typeof error.extensions?.code === 'string') return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code: codeOfOwnError(error) },
  });
}

/** One error as API users see it: GraphQL's own and core's with their codes, anything else masked. */
function toApiError(error: unknown, requestId: string, log: Log): GraphQLError {
  const graphqlError = error instanceof GraphQLError ? error : undefined;
  const original = graphqlError?.originalError ?? (graphqlError ? undefined : error);
  // Errors GraphQL itself raised (syntax, validation, variables) and ones we raised on purpose.
  if (graphqlError && (!original || original instanceof GraphQLError))
    return withCode((original as GraphQLError) ?? graphqlError);
  const known = original instanceof Error ? codeFor(original) : null;
  const options = { nodes: graphqlError?.nodes, path: graphqlError?.path };
  if (known && original instanceof Error) {
    return new GraphQLError(original.message, { ...options, extensions: { code: known.code, ...known.extra } });
  }
  log(
    `request ${requestId}: unexpected error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`,
  );
  return new GraphQLError(`${MASKED_MESSAGE} (request id ${requestId})`, {
    ...options,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  });
}

/**
 * Maps the errors of every execution with the id of its request. Yoga's maskError is never told the
 * request, so it is only the fallback for errors before execution (see createErrorMasker).
 */
export function useErrorMapping(log: Log): Plugin<{ requestId: string }> {
  return {
    onExecute({ args }) {
      const { requestId } = args.contextValue;
      return {
        onExecuteDone: (payload) =>
          handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            if (result.errors)
              setResult({ ...result, errors: result.errors.map((e) => toApiError(e, requestId, log)) });
          }),
      };
    },
  };
}

/** Yoga's maskError: errors that happen before a request has a context (and its id) get an id of their own. */
export function createErrorMasker(log: Log) {
  return (error: unknown): Error => toApiError(error, randomUUID(), log);
}
