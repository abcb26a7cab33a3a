/**
 * The change feed through the API (yoga.fetch): numbers, fields before and after, filters, who may
 * read which kind, bad input; and the subscription over Server-Sent Events in process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { as, data, errorOf, TEST_TOKENS } from '../../testing/graphql.ts';
import { subscribe } from '../../testing/sse.ts';
import { appWithTestTokens } from '../../testing/app.ts';

let executor: Executor;
let app: App;

interface ChangeView {
  seq: number;
  kind: string;
  action: string;
  actor: string;
  targetId: string;
  entityIds: string[];
  entities: { id: string; name: string }[];
  fields: { field: string; before: string | null; after: string | null }[];
  at: string;
}
interface Page {
  changes: ChangeView[];
  endSeq: number;
  hasMore: boolean;
  head: number;
}

const CHANGES = `query ($after: Int, $first: Int, $stakeholder: ID, $user: String, $kinds: [ChangeKind!], $from: String, $to: String) {
  changes(after: $after, first: $first, stakeholder: $stakeholder, user: $user, kinds: $kinds, from: $from, to: $to) {
    changes { seq kind action actor targetId entityIds entities { id name } fields { field before after } at }
    endSeq hasMore head
  }
}`;
const CREATE_REL = `mutation ($input: RelationshipInput!) { createRelationship(input: $input) { id version } }`;
const UPDATE_REL = `mutation ($id: ID!, $v: Int!, $input: UpdateRelationshipInput!) { updateRelationship(id: $id, expectedVersion: $v, input: $input) { id version } }`;
const RETIRE_REL = `mutation ($id: ID!, $v: Int!) { retireRelationship(id: $id, expectedVersion: $v, reason: "wound up") { id } }`;
const SET_CONTACT = `mutation { setContactDetails(personId: "person:martin-ferguson", expectedVersion: 0, input: { phone: "01632 960000" }) { version } }`;
const SET_ENGAGEMENT = `mutation { setEngagement(entityId: "body:lga", expectedVersion: 0, input: { power: 4, interest: 3 }) { version } }`;
const EXPORT_PERSON = `query { personalDataExport(personId: "person:martin-ferguson") }`;
const CITE = {
  source: 'source:socitm-local-digital-coalition',
  quote: 'Martin Ferguson, Director of Policy and Research at Socitm',
};

const changesAs = async (role: keyof typeof TEST_TOKENS, variables: Record<string, unknown> = {}) =>
  (await data<{ changes: Page }>(app, CHANGES, variables, as(role))).changes;

let relationship: string;
let startedAt: string;
let editorEnd: number;

beforeAll(async () => {
  executor = await seededExecutor();
  app = appWithTestTokens(executor, { log: () => {} });
  startedAt = new Date().toISOString();
  const { createRelationship } = await data<{ createRelationship: { id: string } }>(
    app,
    CREATE_REL,
    {
      input: {
        type: 'MEMBER_OF',
        from: 'body:socitm',
        to: 'body:lga',
        dateBasis: 'SOURCE_DATE',
        confidence: 0.6,
        citations: [CITE],
      },
    },
    as('editor'),
  );
  relationship = createRelationship.id;
  await data(app, UPDATE_REL, { id: relationship, v: 1, input: { role: 'associate', confidence: 0.8 } }, as('editor'));
  await data(app, RETIRE_REL, { id: relationship, v: 2 }, as('editor'));
  await data(app, SET_CONTACT, {}, as('editor'));
  await data(app, SET_ENGAGEMENT, {}, as('editor'));
  editorEnd = (await changesAs('admin')).head;
  await data(app, EXPORT_PERSON, {}, as('admin'));
});
afterAll(async () => {
  app?.feed.close();
  await executor?.close();
});

describe('changes', () => {
  it('numbers every committed change in order, without gaps, each with who, what and the fields it changed', async () => {
    const { changes, head, hasMore } = await changesAs('admin');
    expect(changes.map((change) => change.action)).toEqual([
      'createRelationship',
      'updateRelationship',
      'retireRelationship',
      'setContactDetails',
      'setEngagement',
      'exportPersonalData',
    ]);
    const first = changes[0]!.seq;
    expect(changes.map((change) => change.seq)).toEqual(changes.map((_, index) => first + index));
    expect(head).toBe(changes.at(-1)!.seq);
    expect(hasMore).toBe(false);
    const [created, updated, retired] = changes;
    expect(created).toMatchObject({
      kind: 'RELATIONSHIP',
      actor: 'editor#1',
      targetId: relationship,
      // In order, from then to: a notice's "Show" picks the first.
      entityIds: ['body:socitm', 'body:lga'],
    });
    expect(retired!.entityIds).toEqual(['body:socitm', 'body:lga']);
    expect(created!.entities.map((entity) => entity.name).sort()).toEqual(['LGA', 'Socitm']);
    // The citation is kept with the record, so history and undo can be worked out later.
    expect(created!.fields.find((field) => field.field === 'citations')?.after).toContain(CITE.quote);
    expect(updated!.fields).toEqual([
      { field: 'confidence', before: '0.6', after: '0.8' },
      { field: 'role', before: null, after: '"associate"' },
    ]);
    expect(retired!.fields).toEqual(expect.arrayContaining([{ field: 'reason', before: null, after: '"wound up"' }]));
    expect(Date.parse(created!.at)).toBeGreaterThanOrEqual(Date.parse(startedAt) - 1_000);
  });

  it('shows each role only the kinds it may read: contacts and profiles to editors, privacy to admins', async () => {
    const kindsOf = async (role: keyof typeof TEST_TOKENS) =>
      (await changesAs(role)).changes.map((change) => change.kind);
    expect(await kindsOf('viewer')).toEqual(['RELATIONSHIP', 'RELATIONSHIP', 'RELATIONSHIP']);
    expect(await kindsOf('editor')).toEqual(['RELATIONSHIP', 'RELATIONSHIP', 'RELATIONSHIP', 'CONTACT', 'PROFILE']);
    expect(await kindsOf('admin')).toContain('PRIVACY');
    // Asking for a kind one may not read gives nothing, not an error.
    expect((await changesAs('viewer', { kinds: ['CONTACT'] })).changes).toEqual([]);
    // The contact change says only whether each detail is set, never the detail.
    const contact = (await changesAs('editor', { kinds: ['CONTACT'] })).changes[0]!;
    expect(JSON.stringify(contact.fields)).not.toContain('960000');
  });

  it('filters by stakeholder, user, kinds and dates, and pages with after and first', async () => {
    const lga = await changesAs('editor', { stakeholder: 'body:lga' });
    expect(lga.changes.map((change) => change.action)).toEqual([
      'createRelationship',
      'updateRelationship',
      'retireRelationship',
      'setEngagement',
    ]);
    expect((await changesAs('admin', { user: 'admin#1' })).changes.map((change) => change.action)).toEqual([
      'exportPersonalData',
    ]);
    expect((await changesAs('admin', { user: 'nobody' })).changes).toEqual([]);
    expect((await changesAs('editor', { kinds: ['PROFILE', 'CONTACT'] })).changes).toHaveLength(2);
    expect((await changesAs('editor', { from: startedAt })).changes).toHaveLength(5);
    expect((await changesAs('editor', { to: startedAt })).changes).toEqual([]);
    expect((await changesAs('editor', { from: '2000-01-01', to: '2000-01-02' })).changes).toEqual([]);
    const page = await changesAs('editor', { first: 2 });
    expect(page.changes).toHaveLength(2);
    expect(page.hasMore).toBe(true);
    const rest = await changesAs('editor', { after: page.endSeq });
    expect([...page.changes, ...rest.changes].map((change) => change.seq)).toEqual(
      (await changesAs('editor')).changes.map((change) => change.seq),
    );
    expect(rest.hasMore).toBe(false);
    expect((await changesAs('editor', { after: editorEnd })).endSeq).toBe(editorEnd);
  });

  it('refuses bad input, naming the field', async () => {
    for (const [variables, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 501 }, 'first'],
      [{ after: -1 }, 'after'],
      [{ from: 'last Tuesday' }, 'from'],
      [{ from: '2026-02-01', to: '2026-01-01' }, 'to'],
    ] as const) {
      expect(await errorOf(app, CHANGES, variables, as('viewer'))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('Subscription.changes over Server-Sent Events', () => {
  const SUBSCRIBE = `subscription ($after: Int) { changes(after: $after) { seq kind action actor targetId } }`;
  const fetchIn = (url: string, init: RequestInit) => app.yoga.fetch(url, init);

  it('replays what follows `after`, then each new change, with heartbeats, and only the kinds the role reads', async () => {
    const start = (await changesAs('admin')).head - 6;
    const viewer = await subscribe(
      fetchIn,
      'http://atlas.test/graphql',
      SUBSCRIBE,
      { after: start },
      TEST_TOKENS.viewer,
    );
    const editor = await subscribe(
      fetchIn,
      'http://atlas.test/graphql',
      SUBSCRIBE,
      { after: start },
      TEST_TOKENS.editor,
    );
    try {
      expect(viewer.response.headers.get('content-type')).toContain('text/event-stream');
      expect(viewer.response.headers.get('x-accel-buffering')).toBe('no');
      type Event = { changes: { seq: number; action: string; kind: string } };
      const actions = async (stream: typeof viewer, count: number) => {
        const seen: string[] = [];
        for (let i = 0; i < count; i++) seen.push((await stream.nextResult<Event>()).data!.changes.action);
        return seen;
      };
      expect(await actions(viewer, 3)).toEqual(['createRelationship', 'updateRelationship', 'retireRelationship']);
      expect(await actions(editor, 5)).toEqual([
        'createRelationship',
        'updateRelationship',
        'retireRelationship',
        'setContactDetails',
        'setEngagement',
      ]);
      await data(
        app,
        `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`,
        { input: { kind: 'PROGRAMME', name: 'Feed Test Programme', type: 'programme', citations: [CITE] } },
        as('editor'),
      );
      // The admin's export (PRIVACY) is not the viewer's to see; the new programme is.
      const next = await viewer.nextResult<Event>();
      expect(next.data!.changes).toMatchObject({ kind: 'ENTITY', action: 'createEntity' });
      expect(viewer.heartbeats).toBeGreaterThan(0);
    } finally {
      await viewer.close();
      await editor.close();
    }
  });

  it('refuses anonymous and bad tokens, and bad input, before any change is sent', async () => {
    const anonymous = await subscribe(fetchIn, 'http://atlas.test/graphql', SUBSCRIBE, {});
    expect(anonymous.response.status).toBe(401);
    const bad = await subscribe(fetchIn, 'http://atlas.test/graphql', SUBSCRIBE, { after: -5 }, TEST_TOKENS.viewer);
    const result = await bad.nextResult();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    await bad.close();
  });
});
