/**
 * The client's own operations (client/api/*.graphql, as codegen writes them into
 * client/api/generated/operations.ts), in the very text the client sends (client/api/operation-text.ts),
 * with variables made up from the schema and a few existing records. The warm-up runs them before
 * `/ready`, so it follows the client: a document added there is warmed up without a change here.
 */
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type OperationTypeNode,
} from 'graphql';
import * as generated from '../../client/api/generated/operations.ts';
import { queryText } from '../../client/api/operation-text.ts';
import type { WarmUpSamples } from './database.ts';

export interface ClientOperation {
  name: string;
  kind: OperationTypeNode;
  /** As the client sends it. */
  text: string;
  definition: OperationDefinitionNode;
}

/** Every operation of the client, by name. */
export function clientOperations(): ClientOperation[] {
  return Object.entries(generated)
    .filter(([exported]) => exported.endsWith('Document'))
    .map(([, document]) => {
      const text = queryText(document as { toString(): string });
      const definition = parse(text).definitions.find(
        (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
      );
      if (!definition?.name) throw new Error(`A client document without a named operation: ${text.slice(0, 80)}`);
      return { name: definition.name.value, kind: definition.operation, text, definition };
    });
}

const SEARCH_TERMS = ['council', 'digital', 'local', 'data', 'health', 'police', 'housing', 'fire'];

/** The nth of `items`, going round (undefined when there are none). */
const nth = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)];

/**
 * Variables for the `run`th run of `operation`, different each run (other records, other search
 * terms, so that the response cache does not answer the later runs): its required variables only, each made up
 * from its type and name. Not every answer is found (a brief asked by an entity's id is not): the
 * request still goes through parsing, validation, compilation and its resolver.
 */
export function sampleVariables(
  schema: GraphQLSchema,
  operation: ClientOperation,
  samples: WarmUpSamples,
  run: number,
  today: string,
): Record<string, unknown> {
  const ids = (name: string, offset = 0) => {
    const pool = /source/i.test(`${operation.name} ${name}`)
      ? samples.sourceIds
      : /person|contact/i.test(`${operation.name} ${name}`)
        ? samples.personIds
        : samples.entityIds;
    return nth(pool, run + offset) ?? nth(samples.entityIds, run + offset) ?? 'none';
  };
  const valueOf = (name: string, type: GraphQLInputType): unknown => {
    const named = getNullableType(type);
    if (isListType(named)) return [valueOf(name, named.ofType), valueOf(`${name} second`, named.ofType)];
    if (isEnumType(named)) return named.getValues()[0]!.value;
    if (isInputObjectType(named)) {
      const fields = Object.values(named.getFields()).filter((field) => isNonNullType(field.type));
      return Object.fromEntries(fields.map((field) => [field.name, valueOf(field.name, field.type)]));
    }
    switch (named.name) {
      case 'ID':
        // A second id (`to`, a list's second item) is another record than the first.
        return ids(name, /^to$|second/.test(name) ? 1 : 0);
      case 'Int':
        return /first|limit/i.test(name) ? 20 : 2;
      case 'Float':
        return 0;
      case 'Boolean':
        return true;
      case 'String':
        return /text|name/i.test(name) ? nth(SEARCH_TERMS, run) : today;
      default:
        return null;
    }
  };
  const variables: Record<string, unknown> = {};
  for (const definition of operation.definition.variableDefinitions ?? []) {
    if (definition.type.kind !== Kind.NON_NULL_TYPE || definition.defaultValue) continue;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type) variables[definition.variable.name.value] = valueOf(definition.variable.name.value, type);
  }
  return variables;
}
