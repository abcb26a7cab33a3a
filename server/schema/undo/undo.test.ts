/**
 * Undo through the API (yoga.fetch, real Neo4j): an edit, a retirement and a creation reverted as
 * new audited changes that keep citations; a conflict naming who changed the record since; the
 * restore mutations; who may undo; bad input changing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { as, data, errorOf } from '../../testing/graphql.ts';
import { appWithTestTokens } from '../../testing/app.ts';

let executor: Executor;
let app: App;

beforeAll(async () => {
  executor = await seededExecutor();
  app = appWithTestTokens(executor, { log: () => {} });
});
afterAll(() => executor.close());

const SOURCE = 'source:socitm-local-digital-coalition';
const CITE = { source: SOURCE, quote: 'Martin Ferguson, Director of Policy and Research at Socitm' };
const NEW_CITE = { source: SOURCE, quote: 'Socitm, the association for digital leaders in local public services' };

interface EntityView {
  id: string;
  name: string;
  description: string | null;
  version: number;
  retiredAt: string | null;
  citations: { quote: string }[];
}
const ENTITY_FIELDS = 'id name description version retiredAt citations { quote }';
const ENTITY = `query ($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateEntityInput!) { updateEntity(id: $id, expectedVersion: $v, input: $input) { ${ENTITY_FIELDS} } }`;
const CREATE = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { ${ENTITY_FIELDS} } }`;
const RETIRE_ENTITY = `mutation ($id: ID!, $v: Int!) { retireEntity(id: $id, expectedVersion: $v, reason: "merged") { version } }`;
const RESTORE_ENTITY = `mutation ($id: ID!, $v: Int!) { restoreEntity(id: $id, expectedVersion: $v) { ${ENTITY_FIELDS} } }`;
const CREATE_REL = `mutation ($input: RelationshipInput!) { createRelationship(input: $input) { id version } }`;
const RETIRE_REL = `mutation ($id: ID!, $v: Int!) { retireRelationship(id: $id, expectedVersion: $v, reason: "wound up") { version } }`;
const NETWORK = `{ network { edges { id } } }`;
const REVERT = `mutation ($seq: Int!) { revertChange(seq: $seq) { seq action actor targetId revertOf fields { field before after } } }`;
const HEAD = `{ changes(first: 1) { head } }`;
const RECENT_CHANGES = `query ($stakeholder: ID, $after: Int, $kinds: [ChangeKind!]) { changes(stakeholder: $stakeholder, after: $after, kinds: $kinds, first: 50) { changes { seq } } }`;

interface Reverted {
  seq: number;
  action: string;
  actor: string;
  targetId: string;
  revertOf: number | null;
  fields: { field: string; before: string | null; after: string | null }[];
}

const entity = async (id: string) => (await data<{ entity: EntityView }>(app, ENTITY, { id }, as('viewer'))).entity;

/** The seq of the latest change concerning the stakeholder (or of these kinds), among the last 50. */
async function lastSeq(stakeholder: string | null, kinds: string[] | null = null): Promise<number> {
  const { head } = (await data<{ changes: { head: number } }>(app, HEAD, {}, as('editor'))).changes;
  const { changes } = await data<{ changes: { changes: { seq: number }[] } }>(
    app,
    RECENT_CHANGES,
    { stakeholder, kinds, after: Math.max(0, head - 50) },
    as('editor'),
  );
  return changes.changes.at(-1)!.seq;
}

const revert = async (seq: number, role: 'editor' | 'admin' = 'editor') =>
  (await data<{ revertChange: Reverted }>(app, REVERT, { seq }, as(role))).revertChange;

describe('revertChange', () => {
  it('undoes an edit: the fields come back, citations added by the edit stay, as a new audited change', async () => {
    const before = await entity('body:socitm');
    await data(
      app,
      UPDATE,
      {
        id: 'body:socitm',
        v: before.version,
        input: { description: 'A typo of a description', citations: [...before.citations.map(() => CITE), NEW_CITE] },
      },
      as('editor'),
    );
    const edit = await lastSeq('body:socitm');
    const undo = await revert(edit);
    expect(undo).toMatchObject({ action: 'updateEntity', actor: 'editor#1', targetId: 'body:socitm', revertOf: edit });
    expect(undo.seq).toBeGreaterThan(edit);
    expect(undo.fields.map((field) => field.field)).toContain('description');

    const after = await entity('body:socitm');
    expect(after.description).toBe(before.description);
    expect(after.version).toBe(before.version + 2);
    // The citation the edit added is kept; those of before are all there.
    const quotes = after.citations.map((citation) => citation.quote);
    expect(quotes).toContain(NEW_CITE.quote);
    for (const citation of before.citations) expect(quotes).toContain(citation.quote);
  });

  it('undoes a retirement (the relationship is back on the map) and a creation (the entity is retired)', async () => {
    const { createRelationship } = await data<{ createRelationship: { id: string; version: number } }>(
      app,
      CREATE_REL,
      {
        input: {
          type: 'MEMBER_OF',
          from: 'body:socitm',
          to: 'body:lga',
          dateBasis: 'SOURCE_DATE',
          confidence: 0.7,
          citations: [CITE],
        },
      },
      as('editor'),
    );
    const id = createRelationship.id;
    await data(app, RETIRE_REL, { id, v: createRelationship.version }, as('editor'));
    const network = async () =>
      (await data<{ network: { edges: { id: string }[] } }>(app, NETWORK, {}, as('viewer'))).network.edges.map(
        (edge) => edge.id,
      );
    expect(await network()).not.toContain(id);
    const retirement = await lastSeq('body:lga');
    expect((await revert(retirement)).action).toBe('restoreRelationship');
    expect(await network()).toContain(id);

    const { createEntity } = await data<{ createEntity: EntityView }>(
      app,
      CREATE,
      {
        input: {
          kind: 'BODY',
          name: 'Undo Test Board',
          type: 'council',
          sector: 'local-government',
          citations: [CITE],
        },
      },
      as('editor'),
    );
    const creation = await lastSeq(createEntity.id);
    const undo = await revert(creation, 'admin');
    expect(undo).toMatchObject({ action: 'retireEntity', actor: 'admin#1', revertOf: creation });
    expect((await entity(createEntity.id)).retiredAt).not.toBeNull();
    // Undoing the undo brings it back.
    expect((await revert(undo.seq)).action).toBe('restoreEntity');
    expect((await entity(createEntity.id)).retiredAt).toBeNull();
  });

  it('refuses with a conflict naming who changed the record since, and changes nothing', async () => {
    const start = await entity('body:solace');
    await data(app, UPDATE, { id: 'body:solace', v: start.version, input: { description: 'first' } }, as('editor'));
    const first = await lastSeq('body:solace');
    await data(app, UPDATE, { id: 'body:solace', v: start.version + 1, input: { description: 'second' } }, as('admin'));
    const second = await lastSeq('body:solace');

    const conflict = await errorOf(app, REVERT, { seq: first }, as('editor'));
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.message).toMatch(
      new RegExp(
        `^SOLACE was changed since by admin#1 on \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} UTC \\(change #${second}\\); undo that first or edit by hand$`,
      ),
    );
    expect((await entity('body:solace')).version).toBe(start.version + 2);
    expect(await lastSeq('body:solace')).toBe(second);

    // Undo that first, then this: the record is as it was before both.
    await revert(second);
    await revert(first);
    const end = await entity('body:solace');
    expect(end.description).toBe(start.description);
    expect(end.version).toBe(start.version + 4);
  });

  it('is for editors and admins: a viewer is refused and nothing changes', async () => {
    const start = await entity('body:lga');
    const seq = await lastSeq('body:lga');
    expect(await errorOf(app, REVERT, { seq }, as('viewer'))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await entity('body:lga')).version).toBe(start.version);
    expect(await lastSeq('body:lga')).toBe(seq);
  });

  it('refuses an unknown number, a bad one and a kind of change it cannot undo, naming the field', async () => {
    expect(await errorOf(app, REVERT, { seq: 999_999 }, as('editor'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(app, REVERT, { seq: 0 }, as('editor'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'seq',
    });
    await data(
      app,
      `mutation { setEngagement(entityId: "body:nesta", expectedVersion: 0, input: { power: 4, interest: 3 }) { version } }`,
      {},
      as('editor'),
    );
    const error = await errorOf(app, REVERT, { seq: await lastSeq(null, ['PROFILE']) }, as('editor'));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seq' });
    expect(error.message).toContain('only changes to stakeholders and relationships');
  });
});

describe('restoreEntity', () => {
  it('brings a retired stakeholder back, once, at the version read', async () => {
    const start = await entity('body:nesta');
    await data(app, RETIRE_ENTITY, { id: 'body:nesta', v: start.version }, as('editor'));
    expect(await errorOf(app, RESTORE_ENTITY, { id: 'body:nesta', v: start.version }, as('editor'))).toMatchObject({
      code: 'CONFLICT',
    });
    const { restoreEntity } = await data<{ restoreEntity: EntityView }>(
      app,
      RESTORE_ENTITY,
      { id: 'body:nesta', v: start.version + 1 },
      as('editor'),
    );
    expect(restoreEntity).toMatchObject({ retiredAt: null, version: start.version + 2, name: start.name });
    expect(await errorOf(app, RESTORE_ENTITY, { id: 'body:nesta', v: start.version + 2 }, as('editor'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect(await errorOf(app, RESTORE_ENTITY, { id: 'body:nesta', v: start.version + 2 }, as('viewer'))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
