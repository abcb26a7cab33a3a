/**
 * Answers to graph reads, cached per graph version. The version lives in Neo4j and moves on in the
 * transaction of every change to the graph (server/repositories/graph-version.ts), so each request
 * reads it (one small query) and an answer cached under an older version is never served: this
 * holds with several app instances over one database, which an invalidation sent between instances
 * would not. Only queries whose every field shows the graph alone are cached (entities, relationships,
 * sources, citations): engagement, contacts, users, the audit log and influence (which says how fresh
 * it is) change without moving the graph version, so a query selecting any of them runs as usual.
 * Answers are kept per role, since what a role may see can differ.
 */
import {
  BREAK,
  getNamedType,
  GraphQLError,
  getOperationAST,
  isLeafType,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { UnavailableError } from '../../core/errors.ts';
import type { Context } from './context.ts';

/** Root fields whose answers depend on the graph alone (given their arguments and the role). */
const GRAPH_QUERIES = new Set([
  'search',
  'entity',
  'matchStakeholders',
  'neighbourhood',
  'neighbours',
  'network',
  'paths',
  'interlocks',
  'sources',
  'source',
]);

/** Object types made of graph data only; a field returning any other object type is not cached. */
const GRAPH_TYPES = new Set([
  'Entity',
  'Body',
  'Person',
  'Programme',
  'Alias',
  'StakeholderMatch',
  'Node',
  'Edge',
  'Graph',
  'GraphTotals',
  'CollapsedNeighbours',
  'NeighbourPage',
  'Path',
  'Citation',
  'Source',
  'SourceCitedBy',
  'AliasCitation',
]);

/** Fields of graph types whose answer depends on who asks (whether they watch it): never cached. */
const PER_VIEWER_FIELDS = new Set(['watched']);

/** Whether every field a query selects shows graph data only. */
export function selectsGraphOnly(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null) {
  // One operation per document, so that the answer to the check holds for the document.
  if (document.definitions.filter((definition) => definition.kind === 'OperationDefinition').length !== 1) return false;
  const operation = getOperationAST(document, operationName ?? undefined);
  if (operation?.operation !== 'query') return false;
  const typeInfo = new TypeInfo(schema);
  let graphOnly = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType();
        const type = typeInfo.getType();
        const allowed =
          parent != null &&
          type != null &&
          (parent.name === 'Query' ? GRAPH_QUERIES.has(node.name.value) : GRAPH_TYPES.has(parent.name)) &&
          (isLeafType(getNamedType(type)) || GRAPH_TYPES.has(getNamedType(type).name)) &&
          !PER_VIEWER_FIELDS.has(node.name.value);
        if (!allowed) {
          graphOnly = false;
          return BREAK;
        }
      },
    }),
  );
  return graphOnly;
}

/** Least recently used answers, bounded by their size as JSON. */
class AnswerCache {
  private readonly entries = new Map<string, { result: ExecutionResult; bytes: number }>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}

  get(key: string): ExecutionResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  set(key: string, result: ExecutionResult): void {
    const bytes = JSON.stringify(result).length;
    if (bytes > this.maxBytes / 4) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.bytes -= previous.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { result, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }
}

export interface ResponseCacheOptions {
  /** The answers' total size as JSON; the least recently used go first. */
  maxBytes: number;
}

export function useGraphResponseCache(options: ResponseCacheOptions): Plugin<Context> {
  const answers = new AnswerCache(options.maxBytes);
  // Yoga hands the same document object for the same query text (its parse cache), so the check and
  // the document's printed text (part of the key) are worked out once per query text.
  const documents = new WeakMap<DocumentNode, string | null>();
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const { document, schema, contextValue } = args;
      let text = documents.get(document);
      if (text === undefined) {
        text = selectsGraphOnly(schema, document, args.operationName) ? print(document) : null;
        documents.set(document, text);
      }
      if (text === null) return;
      let version: string;
      try {
        version = await contextValue.graphVersion();
      } catch (error) {
        // Neo4j is away: say so now, rather than after the query's own attempts (the 1 s promise).
        if (error instanceof UnavailableError) {
          setResultAndStopExecution({ errors: [new GraphQLError(error.message, { originalError: error })] });
        }
        return; // otherwise no version, no cache: the query runs and reports what is wrong itself
      }
      const key = JSON.stringify([
        version,
        // paths without asOf answer for today: an answer cached yesterday is not today's.
        new Date().toISOString().slice(0, 10),
        contextValue.viewer.role,
        text,
        args.operationName ?? null,
        args.variableValues ?? {},
      ]);
      const cached = answers.get(key);
      if (cached) {
        setResultAndStopExecution(cached);
        return;
      }
      return {
        onExecuteDone({ result }) {
          if (!('errors' in result && result.errors) && !(Symbol.asyncIterator in result)) answers.set(key, result);
        },
      };
    },
  };
}
