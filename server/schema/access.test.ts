/**
 * Deny by default, checked against one table: every query and mutation the schema has (enumerated
 * from it, so a new one fails here until it is added) is called as anonymous, viewer, editor and
 * admin, each signed in with a real personal token of a real user, and the answer must match.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.ts';
import { createApiToken } from '../repositories/api-tokens.ts';
import { signInUser, type UserRole } from '../repositories/users.ts';
import { emptyDatabase, testExecutor, type Executor } from '../testing/database.ts';
import { gql } from '../testing/graphql.ts';
import { subscribe } from '../testing/sse.ts';
import { PUBLIC } from './access.ts';
import { createSchema } from './index.ts';
import { newPersonalToken } from './security.ts';

type Needs = 'public' | UserRole;

/** The one table: what each operation needs. */
const NEEDS: Record<string, Needs> = {
  'Query.me': 'public',
  'Query.version': 'public',
  'Query.search': 'viewer',
  'Query.entity': 'viewer',
  'Query.matchStakeholders': 'viewer',
  'Query.neighbourhood': 'viewer',
  'Query.network': 'viewer',
  'Query.neighbours': 'viewer',
  'Query.paths': 'viewer',
  'Query.interlocks': 'viewer',
  'Query.interlocksOf': 'viewer',
  'Query.influence': 'viewer',
  'Query.sources': 'viewer',
  'Query.source': 'viewer',
  'Query.readText': 'viewer',
  'Query.apiTokens': 'viewer',
  'Query.register': 'editor',
  'Query.warmRoutes': 'editor',
  'Query.followUps': 'editor',
  'Query.assignees': 'editor',
  'Query.suggestedPositions': 'editor',
  'Query.auditLog': 'admin',
  // The change feed: anyone signed in; each kind of change only to the roles that read its records
  // (server/schema/feed/feed.test.ts checks which kinds each role sees).
  'Query.changes': 'viewer',
  // What changed between two dates: stakeholders and relationships only, which every role reads.
  'Query.networkDiff': 'viewer',
  'Subscription.changes': 'viewer',
  // Undo and restore write the graph, as the edits they undo: editors and admins.
  'Mutation.revertChange': 'editor',
  'Mutation.restoreEntity': 'editor',
  'Mutation.restoreRelationship': 'editor',
  // Watching is personal and writes nothing anyone else reads: anyone signed in; the inbox shows
  // only the kinds of change the caller may read.
  'Mutation.watch': 'viewer',
  'Mutation.unwatch': 'viewer',
  'Mutation.markInboxSeen': 'viewer',
  'Query.inbox': 'viewer',
  'Query.personalDataExport': 'admin',
  'Query.userDataExport': 'admin',
  'Query.users': 'admin',
  'Mutation.createApiToken': 'viewer',
  'Mutation.revokeApiToken': 'viewer',
  'Mutation.setEngagement': 'editor',
  'Mutation.logInteraction': 'editor',
  'Mutation.addAssessment': 'editor',
  'Mutation.closeFollowUp': 'editor',
  'Mutation.setContactDetails': 'editor',
  'Mutation.createEntity': 'editor',
  'Mutation.updateEntity': 'editor',
  'Mutation.retireEntity': 'editor',
  'Mutation.createRelationship': 'editor',
  'Mutation.updateRelationship': 'editor',
  'Mutation.retireRelationship': 'editor',
  'Mutation.createSource': 'editor',
  'Mutation.rejectProposal': 'editor',
  'Mutation.updateSource': 'editor',
  'Mutation.retireSource': 'editor',
  'Mutation.erasePersonalData': 'admin',
  'Mutation.setUserRole': 'admin',
  // Leavers: closing and reopening accounts, and other users' tokens, are for admins only.
  'Mutation.closeUserAccount': 'admin',
  'Mutation.reopenUserAccount': 'admin',
  'Mutation.revokeUserApiToken': 'admin',
  'Query.userApiTokens': 'admin',
  'Mutation.previewImport': 'editor',
  'Mutation.importFiles': 'editor',
  'Mutation.importLayer': 'editor',
  'Query.readyLayers': 'viewer',
  'Query.communities': 'viewer',
  // Briefing packs: everyone signed in reads them (engagement parts only as their role allows).
  'Query.brief': 'viewer',
  'Query.briefs': 'viewer',
  'Mutation.createBrief': 'editor',
  'Mutation.updateBrief': 'editor',
};

/** The HTTP export routes, under the same sign-in rules (a brief that does not exist answers 404). */
const EXPORT_NEEDS: Record<string, Needs> = {
  '/export/network.graphml': 'viewer',
  '/export/register.csv': 'editor',
  '/export/brief.pdf?id=brief:none': 'viewer',
};

const CALLERS = ['anonymous', 'viewer', 'editor', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'answered' | 'UNAUTHENTICATED' | 'FORBIDDEN';

const RANK: Record<Needs, number> = { public: -1, viewer: 0, editor: 1, admin: 2 };

function expected(needs: Needs, caller: Caller): Outcome {
  if (needs === 'public') return 'answered';
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  return RANK[caller] >= RANK[needs] ? 'answered' : 'FORBIDDEN';
}

/** A value of the type that passes GraphQL's own validation (the resolvers may still refuse it). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  if (isScalarType(type)) {
    // A File in a JSON body is only text: the resolvers refuse it, after the guard has answered.
    const samples: Record<string, unknown> = {
      ID: 'body:none',
      String: 'x',
      Int: 1,
      Float: 0.5,
      Boolean: false,
      File: 'x',
    };
    if (!(type.name in samples)) throw new Error(`No sample for scalar ${type.name}`);
    return samples[type.name];
  }
  throw new Error(`No sample for ${String(type)}`);
}

/** The operation calling one field with its required arguments, selecting __typename of objects. */
function operationFor(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return {
    query: `${kind}${declarations ? ` (${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])),
  };
}

let executor: Executor;
let app: App;
const tokens: Partial<Record<Caller, string>> = {};

beforeAll(async () => {
  executor = await testExecutor();
  await emptyDatabase(executor);
  for (const role of ['viewer', 'editor', 'admin'] as const) {
    const user = await signInUser(executor, {
      issuer: 'https://access-test.example.org',
      subject: role,
      name: `Test ${role}`,
      email: `${role}@example.org`,
      initialRole: role,
      forcedRole: role,
    });
    const { secret, hash, prefix } = newPersonalToken();
    await createApiToken(executor, { userId: user.id, name: 'access table', hash, prefix });
    tokens[role] = secret;
  }
  // Sign-in configured (never used here: the callers hold personal tokens), so anonymous requests
  // reach the schema and meet the guard rather than a 401 at the door.
  app = createApp({
    executor,
    oidc: {
      issuer: 'https://login.example.org',
      clientId: 'atlas',
      publicUrl: 'https://atlas.example.org',
      scopes: 'openid',
      adminEmails: [],
      adminGroups: [],
      editorGroups: [],
      sessionHours: 8,
    },
    log: () => {},
  });
});

afterAll(async () => {
  await executor?.close();
});

const schema = createSchema();
const fields = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({
    kind: 'query' as const,
    type: 'Query',
    field,
  })),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({
    kind: 'mutation' as const,
    type: 'Mutation',
    field,
  })),
  ...Object.values(schema.getSubscriptionType()!.getFields()).map((field) => ({
    kind: 'subscription' as const,
    type: 'Subscription',
    field,
  })),
];

/**
 * A subscription's answer over Server-Sent Events: its first event's error code, or "answered"
 * once the stream is open without one (a subscription with nothing to send yet sends nothing).
 */
async function subscriptionAnswer(query: string, variables: Record<string, unknown>, token?: string) {
  const stream = await subscribe(
    (url, init) => app.yoga.fetch(url, init),
    'http://atlas.test/graphql',
    query,
    variables,
    token,
  );
  try {
    const event = await stream.nextResult(1_000).catch(() => null);
    return { errors: event?.errors };
  } finally {
    await stream.close();
  }
}

describe('deny by default', () => {
  it('has every query, mutation and subscription in the table, and the table’s public ones are exactly the public list', () => {
    const names = fields.map(({ type, field }) => `${type}.${field.name}`).sort();
    expect(names).toEqual(Object.keys(NEEDS).sort());
    expect([...PUBLIC].sort()).toEqual(
      Object.entries(NEEDS)
        .filter(([, needs]) => needs === 'public')
        .map(([name]) => name)
        .sort(),
    );
  });

  // One test per operation, each caller in turn, least privilege first (admins' writes come last).
  it.each(fields.map(({ kind, type, field }) => ({ name: `${type}.${field.name}`, kind, field })))(
    '$name answers anonymous, viewer, editor and admin as the table says',
    async ({ name, kind, field }) => {
      const { query, variables } = operationFor(kind, field);
      const answers = {} as Record<Caller, Outcome>;
      for (const caller of CALLERS) {
        const result =
          kind === 'subscription'
            ? await subscriptionAnswer(query, variables, tokens[caller])
            : await gql(app, query, variables, { token: tokens[caller] });
        const code = result.errors?.[0]?.extensions?.code;
        // The call must have reached the resolvers: GraphQL's own refusals would mean the sample is wrong.
        expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'GRAPHQL_PARSE_FAILED'], `${query}`).not.toContain(code);
        answers[caller] = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? code : 'answered';
      }
      const wanted = Object.fromEntries(CALLERS.map((caller) => [caller, expected(NEEDS[name] ?? 'admin', caller)]));
      expect(answers).toEqual(wanted);
    },
    120_000,
  );

  it.each(Object.keys(EXPORT_NEEDS))(
    '%s answers anonymous, viewer, editor and admin as the table says',
    async (path) => {
      const server = createServer(app.listener);
      await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
      try {
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const answers = {} as Record<Caller, Outcome>;
        for (const caller of CALLERS) {
          const token = tokens[caller];
          const response = await fetch(`${base}${path}`, {
            headers: token ? { authorization: `Bearer ${token}` } : {},
          });
          answers[caller] =
            response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : 'answered';
        }
        const wanted = Object.fromEntries(CALLERS.map((caller) => [caller, expected(EXPORT_NEEDS[path]!, caller)]));
        expect(answers).toEqual(wanted);
      } finally {
        await new Promise((closed) => server.close(closed));
      }
    },
  );
});
