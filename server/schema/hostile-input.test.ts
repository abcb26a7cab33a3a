/**
 * Hostile input everywhere: every Query and Mutation field of the executable schema (read from the
 * schema itself, so a new operation is covered without touching this file) receives generated
 * invalid, extreme and hostile arguments through the real app, as an admin. Each answer must be a
 * clear GraphQL error with a code (or, for a read, a plain answer), never a 5xx, a masked internal
 * error or a leaked message; every mutation must fail; and the database must be exactly as it was.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  isLeafType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.ts';
import { readConfig } from '../config.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { TEST_AUTH_TOKENS, TEST_TOKENS } from '../testing/graphql.ts';
import { createSchema } from './index.ts';

const MINIMUM_REQUESTS = 1_000;

/**
 * Queries that write (subject-access exports are audited): generated like mutations, so that each
 * must fail and leave the database as it was.
 */
const WRITING_QUERIES = new Set(['personalDataExport', 'userDataExport']);

let executor: Executor;
let app: App;
let before: unknown[];
let sent = 0;
const logged: string[] = [];

// Ids of the seed, so that reads also run on real records (writes never get them, see idArbitrary).
let knownIds: string[] = [];

beforeAll(async () => {
  executor = await seededExecutor();
  const config = readConfig({ AUTH_TOKENS: TEST_AUTH_TOKENS });
  app = createApp({ executor, authTokens: config.AUTH_TOKENS, production: true, log: (line) => logged.push(line) });
  before = await executor.read('import/dump-graph');
  knownIds = before
    .map((row) => (row as { id: string }).id)
    .filter((id) => /^(body|person|programme|source|rel):/.test(id));
});

afterAll(async () => {
  await executor?.close();
});

// ---------------------------------------------------------------------------------------------
// Hostile values

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'nul\u0000in the middle',
  '\u0007\u0008\u001b[31mred\u001b[0m',
  '\u202eright-to-left override',
  'zero\u200bwidth\ufeff',
  '\ud800 lone surrogate',
  'emoji 🏛️👩🏽‍💼',
  'Zalgo z̷̢̛̭a̸̧̛l̵̨g̶o̷',
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x' }) DETACH DELETE n WITH 1 AS x MATCH (m) DELETE m //",
  '$id',
  '{id}',
  'CALL dbms.killQueries() //',
  'MATCH (n) RETURN n',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '&lt;&amp;&#x27;',
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  '*',
  '?',
  '~',
  'AND OR NOT',
  '(',
  '"unbalanced',
  '\\',
  'socitm~2^5',
  'title:socitm',
  '2016-02-30',
  '2016-13-01',
  '2015-02-29',
  '0000-00-00',
  '9999-99-99',
  '-0001',
  '275760-09-13',
  '2016-04-01T25:61:00Z',
  '1e400',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'http://',
  'body:',
  'body:socitm ',
  'BODY:SOCITM',
  'person:../admin',
  'source:',
  'rel:x"y',
  'a@b.example',
  '+44 20 7946 0000',
  '%s%s%s%n',
  '${process.exit()}',
  '{{7*7}}',
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)) }) },
  // Long, and over the request limit: both must be refused clearly.
  { weight: 1, arbitrary: fc.constantFrom(2_001, 20_000, 150_000).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS).map((text) => text.repeat(500)) },
);

/** Ids that name nothing: well formed, or hostile. */
const unknownId: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom('body', 'person', 'programme', 'source', 'rel', 'interaction'), fc.uuid())
    .map(([prefix, uuid]) => `${prefix}:no-such-${uuid}`),
  hostileString,
);

/** Deeply nested lists and objects, and other values of no GraphQL input type. */
const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { a: value };
  return value;
};
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1.5,
    2 ** 31,
    -(2 ** 31) - 1,
    Number.MAX_SAFE_INTEGER,
    1e308,
    true,
    false,
    {},
    [],
    [[[]]],
    JSON.parse('{"__proto__": {"admin": true}}') as unknown,
    { constructor: { prototype: { polluted: true } } },
    'string',
  ),
  fc.constantFrom(10, 100, 1_000).map(nested),
  fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 5 }),
  fc.anything({ maxDepth: 4 }),
);

const extremeInt = fc.oneof(
  fc.constantFrom(0, -1, 1, 2, 3, 4, 5, 6, 20, 200, 201, 501, 2 ** 31 - 1, -(2 ** 31)),
  fc.integer(),
);
const extremeFloat = fc.oneof(
  fc.constantFrom(0, -0.0001, 0.4, 1, 1.0001, -1, 1e-300, 1e300, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

// ---------------------------------------------------------------------------------------------
// Arbitraries from the schema's input types

interface Mode {
  /** Mutations and writing queries: ids name nothing (or, for a new record's id, one already taken). */
  writing: boolean;
}

/** One of the seed's ids; read when generating, since the seed is loaded after the tests are defined. */
const knownId: fc.Arbitrary<string> = fc.nat().map((index) => knownIds[index % knownIds.length]!);

function idArbitrary(mode: Mode, fieldName: string, depth: number): fc.Arbitrary<string> {
  // A new record's own id (an input's field): one already taken, or malformed, so that a create can
  // never succeed. A mutation's own id argument names the record to change: nothing, so that a
  // valid version and reason cannot make it succeed.
  if (mode.writing && fieldName === 'id' && depth > 0) return fc.oneof(knownId, hostileString);
  if (mode.writing) return unknownId;
  return fc.oneof(knownId, unknownId);
}

function scalarArbitrary(name: string, mode: Mode, fieldName: string, depth: number): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return idArbitrary(mode, fieldName, depth);
    case 'Int':
      return extremeInt;
    case 'Float':
      return extremeFloat;
    case 'Boolean':
      return fc.boolean();
    case 'String':
      return hostileString;
    default:
      // Custom scalars (File, …): whatever a JSON body can carry.
      return fc.oneof(hostileString, wrongType, fc.constant(null));
  }
}

function inputArbitrary(type: GraphQLInputType, mode: Mode, fieldName: string, depth = 0): fc.Arbitrary<unknown> {
  const wrong = { weight: 1, arbitrary: wrongType };
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 14, arbitrary: inputArbitrary(type.ofType, mode, fieldName, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  let right: fc.Arbitrary<unknown>;
  if (isListType(type)) {
    right = fc.array(inputArbitrary(type.ofType, mode, fieldName, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  } else if (isEnumType(type)) {
    right = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) },
      { weight: 1, arbitrary: hostileString },
    );
  } else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) shape[field.name] = inputArbitrary(field.type, mode, field.name, depth + 1);
    // Required fields are there most of the time; a create's own id always is (see idArbitrary).
    const requiredKeys = fields
      .filter((field) => isNonNullType(field.type) || (mode.writing && field.name === 'id'))
      .map((field) => field.name);
    right = fc.oneof(
      { weight: 8, arbitrary: fc.record(shape, { requiredKeys }) },
      { weight: 1, arbitrary: fc.record(shape, { requiredKeys: [] }) },
      {
        weight: 1,
        arbitrary: fc
          .record(shape, { requiredKeys })
          .chain((value) => hostileString.map((key) => ({ ...value, [key || 'unknownField']: 'surprise' }))),
      },
    );
  } else if (isScalarType(type)) {
    right = scalarArbitrary(type.name, mode, fieldName, depth);
  } else {
    throw new Error(`No arbitrary for input type ${String(type)}`);
  }
  return fc.oneof({ weight: 9, arbitrary: right }, wrong, { weight: 1, arbitrary: fc.constant(null) });
}

// ---------------------------------------------------------------------------------------------
// Documents from the schema's fields

interface Operation {
  kind: 'query' | 'mutation';
  field: string;
  document: string;
  /** Variable name → its argument, for the root field and the fields one level below with arguments. */
  variables: { name: string; argument: GraphQLArgument; writing: boolean }[];
}

function typeName(type: GraphQLInputType): string {
  return String(type);
}

/** A selection of a type: __typename, and every field that takes arguments, one level deep. */
function selectionOf(type: GraphQLOutputType, prefix: string, variables: Operation['variables']): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.length === 0) continue;
    const args = field.args.map((argument) => {
      const name = `${prefix}_${field.name}_${argument.name}`;
      variables.push({ name, argument, writing: false });
      return `${argument.name}: $${name}`;
    });
    const inner = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    parts.push(`${field.name}(${args.join(', ')})${inner}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function operationOf(kind: Operation['kind'], field: GraphQLField<unknown, unknown>): Operation {
  const writing = kind === 'mutation' || WRITING_QUERIES.has(field.name);
  const variables: Operation['variables'] = field.args.map((argument) => ({
    name: argument.name,
    argument,
    writing,
  }));
  const args = field.args.map((argument) => `${argument.name}: $${argument.name}`);
  const selection = selectionOf(field.type, 'nested', variables);
  const declarations = variables.map(({ name, argument }) => `$${name}: ${typeName(argument.type)}`);
  const document =
    `${kind} Hostile${declarations.length ? `(${declarations.join(', ')})` : ''} ` +
    `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`;
  return { kind, field: field.name, document, variables };
}

const schema = createSchema();
const OPERATIONS: Operation[] = [
  ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => operationOf('query', field)),
  ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => operationOf('mutation', field)),
];
/** Runs per operation: at least 30, and together with the hostile documents at least 1,000 requests. */
const RUNS_PER_OPERATION = Math.max(30, Math.ceil(MINIMUM_REQUESTS / OPERATIONS.length));

function variablesArbitrary(operation: Operation): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const { name, argument, writing } of operation.variables) {
    shape[name] = inputArbitrary(argument.type, { writing }, argument.name);
  }
  // Sometimes a variable is left out, and sometimes one nobody declared is sent.
  return fc.oneof(
    { weight: 8, arbitrary: fc.record(shape) },
    { weight: 1, arbitrary: fc.record(shape, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.record(shape).map((value) => ({ ...value, undeclared: nested(50) })) },
  );
}

// ---------------------------------------------------------------------------------------------
// Sending and judging

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function send(query: string, variables: unknown): Promise<Answer> {
  sent++;
  const body = JSON.stringify({ query, variables });
  const response = await app.yoga.fetch('http://atlas.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      'content-length': String(Buffer.byteLength(body)),
      authorization: `Bearer ${TEST_TOKENS.admin}`,
    },
    body,
  });
  const text = await response.text();
  let parsed: Answer['body'];
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    throw new Error(`HTTP ${response.status} answered with a body that is not JSON: ${text.slice(0, 300)}`);
  }
  return { status: response.status, body: parsed };
}

/** What must never reach a client: driver errors, Cypher, file paths, stack frames. */
const LEAKS = [/Neo4jError/, /Neo\.\w+Error/, /Cypher/i, /\.tsx?\b:\d+/, /\/work\//, /node_modules/, /^\s*at \S/m];

function judge(answer: Answer, operation: Operation, context: string): void {
  const where = `${operation.kind} ${operation.field} (${context})`;
  expect(answer.status, `${where}: HTTP status`).toBeLessThan(500);
  expect([200, 400, 403, 405, 413], `${where}: HTTP status`).toContain(answer.status);
  const errors = answer.body.errors ?? [];
  for (const error of errors) {
    expect(typeof error.message, `${where}: message`).toBe('string');
    const code = error.extensions?.code;
    expect(typeof code === 'string' && code.length > 0, `${where}: "${error.message}" has no code`).toBe(true);
    expect(code, `${where}: ${error.message}`).not.toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions?.stacktrace, `${where}: stack trace`).toBeUndefined();
    for (const leak of LEAKS) expect(error.message, `${where}: leaked`).not.toMatch(leak);
  }
  if (answer.status !== 200) expect(errors.length, `${where}: HTTP ${answer.status} without errors`).toBeGreaterThan(0);
  if (operation.kind === 'mutation' || WRITING_QUERIES.has(operation.field)) {
    expect(errors.length, `${where}: the write succeeded: ${JSON.stringify(answer.body.data)}`).toBeGreaterThan(0);
    expect(answer.body.data?.[operation.field] ?? null, `${where}: data`).toBeNull();
  }
  expect(logged, `${where}: the server logged an unexpected error`).toEqual([]);
}

describe('hostile input to every operation', () => {
  it('covers every Query and Mutation field of the schema', () => {
    const fields = OPERATIONS.map((operation) => operation.field);
    expect(fields).toContain('search');
    expect(fields).toContain('logInteraction');
    expect(OPERATIONS.length * RUNS_PER_OPERATION).toBeGreaterThanOrEqual(MINIMUM_REQUESTS);
  });

  for (const operation of OPERATIONS) {
    test.prop([variablesArbitrary(operation)], { numRuns: RUNS_PER_OPERATION })(
      `${operation.kind} ${operation.field}`,
      async (variables) => {
        const answer = await send(operation.document, variables);
        judge(answer, operation, JSON.stringify(variables).slice(0, 500));
      },
    );
  }

  test.prop(
    [
      fc.oneof(
        hostileString,
        fc.constantFrom(10, 100, 2_000).map((depth) => `{ ${'entity(id: "body:socitm") { '.repeat(depth)}`),
        fc
          .constantFrom(5, 50)
          .map((depth) => `query { search(text: "x") ${'{ id '.repeat(depth)}${'}'.repeat(depth)} }`),
        fc.constantFrom('mutation { retireEntity }', 'subscription { x }', 'query { __schema { types { name } } }'),
        wrongType.map((value) => value as string),
      ),
      fc.oneof(fc.constant({}), wrongType),
    ],
    { numRuns: 100 },
  )('hostile documents and variables', async (query, variables) => {
    const answer = await send(query, variables);
    const where = `document ${String(JSON.stringify(query)).slice(0, 200)}`;
    expect(answer.status, where).toBeLessThan(500);
    for (const error of answer.body.errors ?? []) {
      expect(error.extensions?.code, `${where}: ${error.message}`).toEqual(expect.any(String));
      expect(error.extensions?.code, `${where}: ${error.message}`).not.toBe('INTERNAL_SERVER_ERROR');
    }
    expect(logged, `${where}: the server logged an unexpected error`).toEqual([]);
  });

  it('sent at least 1,000 requests and left the database exactly as it was', async () => {
    expect(sent).toBeGreaterThanOrEqual(MINIMUM_REQUESTS);
    const after = await executor.read('import/dump-graph');
    const key = (row: unknown) => JSON.stringify(row);
    const gone = before.filter((row) => !after.some((other) => key(other) === key(row)));
    const added = after.filter((row) => !before.some((other) => key(other) === key(row)));
    expect({ gone, added }).toEqual({ gone: [], added: [] });
    expect(after).toEqual(before);
  });
});
