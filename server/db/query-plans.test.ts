/**
 * Every query the app runs uses an index: EXPLAIN each Cypher file, with realistic parameters,
 * against the small synthetic network, and fail on label and relationship scans (which grow with
 * the whole network, not with the answer). Queries that must read everything are allowed by name
 * below, each saying why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { syntheticRecords } from '../../core/synthetic/records.ts';
import { RELATIONSHIP_TYPE_NAMES } from '../../core/vocabulary.ts';
import { importGraph } from '../repositories/graph-import.ts';
import { emptyDatabase, testExecutor, type Executor } from '../testing/database.ts';
import { loadQueries } from './cypher.ts';

/** Operators that read a whole label, relationship type or every relationship. */
const SCANS = new Set([
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
]);

/** Labels with one node or a handful: scanning them costs nothing (NodeByLabelScan only). */
const SMALL_LABELS = new Set([
  'GraphVersion',
  'BackupClaim',
  'ImportMapping',
  // The change feed's one sequence node, and the changes committed but not yet numbered (a batch).
  'FeedSequence',
  'Unsequenced',
]);

/**
 * Queries that read everything on purpose, or have no plan. Each must still be run by the app;
 * the test fails when an entry names a file that no longer exists or no longer scans.
 */
const ALLOWED_SCANS: Record<string, string> = {
  // Whole-database reads: backup, export, counts and the wipe read everything by definition.
  'backup/list-nodes': 'backup writes every node',
  'backup/list-relationships': 'backup writes every relationship',
  'import/count-graph': 'counts by label and type after an import',
  'import/dump-graph': 'the whole-network export',
  'import/delete-everything': 'deletes everything (tests, restore)',
  'graph/count-network': 'network totals, asked once per paged read of the whole map',
  // The in-process influence worker computes over the whole filtered network, off the request path
  // and cached per graph version (docs/performance.md); warm routes add interactions as links, so
  // a route may leave the neighbourhoods of its ends (server/repositories/warm-routes.ts).
  'graph/list-edges': 'influence snapshot and warm routes: the whole filtered network',
  // The graph index reads the whole graph once per graph version, off the request path
  // (server/repositories/graph-index.ts), so that neighbourhoods and paths need no query.
  'graph/list-index-entities': 'graph index: every entity, once per graph version',
  'graph/list-index-edges': 'graph index: every relationship, once per graph version',
  // Registers and admin lists: one row per stakeholder, user or source, paged by the client.
  'engagement/list-register': 'the engagement register lists every profiled entity',
  'users/list-users': 'the admin page lists every user (a handful)',
  'briefs/list-briefs': 'the list of briefs, latest meeting first, at most `first`',
  'users/list-assignees': 'follow-up owners: every editor and admin (a handful of users)',
  'users/lock-open-admins': 'closing an account locks every open admin account (a handful of users; rare, admin only)',
  'migrations/001-profile-assessments': 'data migration at start: every profile saved before assessments',
  'migrations/002-interaction-follow-ups': 'data migration at start: every interaction with old follow-up lines',
  'users/find-users-by-email': 'the CLI finds users by e-mail, case-insensitive (a handful of users)',
  'sources/list-sources': 'every source with its citation counts (citations are not indexed yet)',
  'sources/list-citing-facts': 'facts citing a source: citation lists are not indexed yet',
  // A large upload (where thousands of index queries would cost more) and the UK councils layer
  // read every name once; the preview of a small file, search and matchStakeholders look names up
  // in the index entity_name_keys (entities/find-names-candidates, find-name-candidates).
  'entities/list-entity-names': 'a large upload (over 2,000 names) and the UK councils layer: every body name, once',
  // Once, at start: names stored before they had keys (none after the first start).
  'entities/list-unkeyed-names': 'start-up backfill of name keys: entities and aliases without them',
  // Housekeeping on a timer, not on a request.
  'sessions/delete-expired': 'expired sessions, every few minutes',
  // Erasure of a person reads audit entries, interactions and profiles naming them (rare, admin only).
  'privacy/redact-profiles': 'erasure: profiles naming the person',
  'privacy/redact-audit': 'erasure: audit entries naming the person',
  'privacy/redact-interactions': 'erasure: interactions naming the person',
  'privacy/collect-person': 'erasure report: everything held about a person',
  'privacy/redact-briefs': 'erasure: briefs about or naming the person',
  'privacy/collect-user': 'subject access: everything a user wrote, owns or did (rare, admin only)',
};

/** Administration commands have no query plan. */
const NOT_PLANNED = new Set(['system/terminate-transaction', 'system/list-transactions', 'backup/show-version']);

let executor: Executor;
let driver: Driver;
let sample: { entity: string; entities: string[]; relationship: string; relationships: string[]; source: string };

beforeAll(async () => {
  executor = await testExecutor();
  await emptyDatabase(executor);
  const network = syntheticRecords('small');
  await importGraph(executor, network, { actor: 'test' });
  sample = {
    entity: network.entities[0]!.id,
    entities: network.entities.slice(0, 20).map((entity) => entity.id),
    relationship: network.relationships[0]!.id,
    relationships: network.relationships.slice(0, 20).map((relationship) => relationship.id),
    source: network.sources[0]!.id,
  };
  driver = neo4j.driver(inject('neo4jUri'), undefined, { disableLosslessIntegers: true });
}, 120_000);
afterAll(async () => {
  await driver?.close();
  await emptyDatabase(executor);
  await executor.close();
});

/** A realistic value for each parameter name the Cypher files use. */
function parameters(text: string): Record<string, unknown> {
  const actor = { id: 'user:test', name: 'Test' };
  const now = new Date().toISOString();
  const values: Record<string, unknown> = {
    id: sample.entity,
    ids: sample.entities,
    a: sample.entities[0],
    b: sample.entities[1],
    from: sample.entities[0],
    to: sample.entities[1],
    source: sample.entities[0],
    target: sample.entities[1],
    entityId: sample.entity,
    entityIds: sample.entities,
    personId: sample.entity,
    targetId: sample.entity,
    types: RELATIONSHIP_TYPE_NAMES,
    type: 'MEMBER_OF',
    kinds: null,
    asOf: null,
    minConfidence: 0,
    first: 50,
    limit: 50,
    limitPerNode: 50,
    after: null,
    afterId: null,
    afterAt: null,
    prefix: 'council',
    query: 'council~1 OR council*',
    identifierQuery: '"e06000023"',
    queries: ['council~1 OR council*', 'socitm'],
    lookups: [{ query: 'nameKeys:"testcouncil" OR nameCompact:testcouncil~1', limit: 50 }],
    name: 'Test Council',
    names: ['Test Council'],
    actor,
    now,
    since: '2020-01-01',
    until: '2030-01-01',
    windowStart: Date.now() - 60_000,
    windowMs: 60_000,
    expiresAt: now,
    properties: { confidence: 1 },
    reason: 'test',
    rows: [],
    aliases: [],
    secrets: [],
    participants: sample.entities.slice(0, 2),
    key: 'test',
    label: 'Entity',
    layout: 'name,kind',
    mapping: '{}',
    period: '2026-11-30',
    instance: 'test',
    email: 'test@example.org',
    hash: 'x',
    idHash: 'x',
    stateHash: 'x',
    userId: 'user:test',
    subject: 'x',
    issuer: 'x',
    role: 'viewer',
    initialRole: 'viewer',
    forcedRole: null,
    transactionId: 'neo4j-transaction-1',
    action: 'test',
    before: null,
    nonce: 'x',
    codeVerifier: 'x',
    returnTo: '/',
    phone: null,
  };
  // Rate limits count in epoch milliseconds; everything else stores ISO text.
  if (/\$windowStart/.test(text)) values.now = Date.now();
  const used = [...text.matchAll(/\$([A-Za-z]+)/g)].map((match) => match[1]!);
  return Object.fromEntries(used.map((name) => [name, name in values ? values[name] : null]));
}

interface PlanStep {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanStep[];
}

function scansIn(plan: PlanStep): string[] {
  const operator = plan.operatorType.replace(/@.*$/, '');
  const details = String(plan.arguments.Details ?? '');
  const own =
    SCANS.has(operator) &&
    !(operator === 'NodeByLabelScan' && [...SMALL_LABELS].some((label) => details.includes(`:${label}`)))
      ? [`${operator} ${details}`]
      : [];
  return [...own, ...plan.children.flatMap(scansIn)];
}

async function explain(name: string, text: string): Promise<string[]> {
  const session = driver.session({ database: 'neo4j' });
  try {
    const params = parameters(text);
    if (name === 'graph/get-edges') params.ids = sample.relationships;
    if (/^graph\/(lock|update|retire)-relationship$/.test(name)) params.id = sample.relationship;
    // The feed's $from and $to are dates, its $after a sequence number.
    if (name.startsWith('feed/'))
      Object.assign(params, { after: 0, from: null, to: null, stakeholder: sample.entity, actions: ['createEntity'] });
    const result = await session.run(`EXPLAIN ${text}`, params);
    const plan = result.summary.plan;
    if (!plan) throw new Error(`${name}: no plan`);
    return scansIn(plan as unknown as PlanStep);
  } finally {
    await session.close();
  }
}

describe('query plans', () => {
  const queries = [...loadQueries()].filter(([name]) => !name.startsWith('schema/'));

  it('cover every query file (the allow-lists name only existing files)', () => {
    const names = new Set(queries.map(([name]) => name));
    for (const name of [...Object.keys(ALLOWED_SCANS), ...NOT_PLANNED]) expect(names, name).toContain(name);
  });

  it('use an index for every lookup: no label or relationship scans outside the allow-list', async () => {
    const unexpected: string[] = [];
    const allowedButIndexed: string[] = [];
    for (const [name, text] of queries) {
      if (NOT_PLANNED.has(name)) continue;
      const scans = await explain(name, text).catch((error: Error) => [`cannot EXPLAIN: ${error.message}`]);
      if (scans.length > 0 && !(name in ALLOWED_SCANS)) unexpected.push(`${name}: ${scans.join('; ')}`);
      if (scans.length === 0 && name in ALLOWED_SCANS) allowedButIndexed.push(name);
    }
    expect(unexpected).toEqual([]);
    // An allowed query that no longer scans should leave the list, so that it stays honest.
    expect(allowedButIndexed).toEqual([]);
  }, 120_000);
});
