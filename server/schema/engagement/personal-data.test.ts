/**
 * Subject access and erasure cover every per-person and per-user record against the real database:
 * a person's briefs (met, as "from", or named) and who watches them; a user's account, sessions,
 * tokens, watches and inbox mark, follow-ups owned, briefs, assessments, interactions, profiles and
 * changes. engagement.test.ts covers contact details, profiles, interactions and the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { createApiToken } from '../../repositories/api-tokens.ts';
import { createSession } from '../../repositories/sessions.ts';
import { signInUser } from '../../repositories/users.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { as, data, errorOf } from '../../testing/graphql.ts';
import { newPersonalToken } from '../security.ts';
import { appWithTestTokens } from '../../testing/app.ts';

let executor: Executor;
let app: App;

beforeAll(async () => {
  executor = await seededExecutor();
  app = appWithTestTokens(executor);
});
afterAll(async () => {
  await executor.close();
});

const PERSON = 'person:martin-ferguson';
const NAME = 'Martin Ferguson';
const CREATE_BRIEF = `mutation ($input: BriefInput!) { createBrief(input: $input) { id version } }`;
const BRIEF = `query ($id: ID!) { brief(id: $id) { title objectives linesToTake stakeholders { id } from { id } version updatedBy } }`;
const UPDATE_BRIEF = `mutation ($id: ID!, $v: Int!, $input: BriefInput!) { updateBrief(id: $id, expectedVersion: $v, input: $input) { version } }`;
const ERASE = `mutation ($id: ID!) { erasePersonalData(personId: $id, reason: "request 9") {
  deletedRecords redactedBriefs deletedWatches redactedAuditEntries } }`;

type Brief = {
  title: string;
  objectives: string;
  linesToTake: string;
  stakeholders: { id: string }[];
  from: { id: string } | null;
  version: number;
  updatedBy: string;
};

async function exportPerson(): Promise<Record<string, Record<string, unknown>[]>> {
  const { personalDataExport } = await data<{ personalDataExport: string }>(
    app,
    'query ($id: ID!) { personalDataExport(personId: $id) }',
    { id: PERSON },
    as('admin'),
  );
  return JSON.parse(personalDataExport) as Record<string, Record<string, unknown>[]>;
}

async function createBrief(input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const meeting = { meetingDate: '2026-11-02', ...input };
  return (
    await data<{ createBrief: { id: string; version: number } }>(app, CREATE_BRIEF, { input: meeting }, as('editor'))
  ).createBrief;
}

describe('personal data of a person (stakeholder)', () => {
  it('exports the briefs about or naming them and who watches them, and erasure takes them out of both', async () => {
    const met = await createBrief({
      title: `Catch-up with ${NAME}`,
      stakeholderIds: [PERSON, 'body:socitm'],
      objectives: `Ask ${NAME} about the next conference`,
    });
    const from = await createBrief({ title: 'Introduction to LGA', stakeholderIds: ['body:lga'], fromId: PERSON });
    const named = await createBrief({
      title: 'SOLACE round table',
      stakeholderIds: ['body:solace'],
      linesToTake: `Mention the work with ${NAME}`,
    });
    const unrelated = await createBrief({ title: 'LGA budget', stakeholderIds: ['body:lga'] });
    await data(app, 'mutation ($id: ID!) { watch(entityId: $id) { id } }', { id: PERSON }, as('viewer'));
    await data(app, 'mutation ($id: ID!) { watch(entityId: $id) { id } }', { id: 'body:lga' }, as('viewer'));

    const held = await exportPerson();
    expect(held.briefs!.map((brief) => brief.id).sort()).toEqual([met.id, from.id, named.id].sort());
    expect(held.watchedBy).toEqual([{ watcher: 'viewer#1', since: expect.any(String) }]);

    const { erasePersonalData } = await data<{ erasePersonalData: Record<string, number> }>(
      app,
      ERASE,
      { id: PERSON },
      as('admin'),
    );
    expect(erasePersonalData).toMatchObject({ redactedBriefs: 3, deletedWatches: 1 });

    const brief = async (id: string) => (await data<{ brief: Brief }>(app, BRIEF, { id }, as('editor'))).brief;
    expect(await brief(met.id)).toMatchObject({
      title: 'Catch-up with [erased]',
      objectives: 'Ask [erased] about the next conference',
      stakeholders: [{ id: 'body:socitm' }],
      version: met.version + 1,
      updatedBy: 'admin#1',
    });
    expect(await brief(from.id)).toMatchObject({ from: null, stakeholders: [{ id: 'body:lga' }] });
    expect((await brief(named.id)).linesToTake).toBe('Mention the work with [erased]');
    expect(await brief(unrelated.id)).toMatchObject({ title: 'LGA budget', version: unrelated.version });
    // A form opened before the erasure cannot put the person back.
    expect(
      await errorOf(
        app,
        UPDATE_BRIEF,
        {
          id: met.id,
          v: met.version,
          input: { title: `Catch-up with ${NAME}`, meetingDate: '2026-11-02', stakeholderIds: [PERSON] },
        },
        as('editor'),
      ),
    ).toMatchObject({ code: 'CONFLICT' });

    const { inbox } = await data<{ inbox: { watching: { id: string }[] } }>(
      app,
      '{ inbox { watching { id } } }',
      {},
      as('viewer'),
    );
    expect(inbox.watching).toEqual([{ id: 'body:lga' }]);
    const after = await exportPerson();
    expect(after.briefs).toEqual([]);
    expect(after.watchedBy).toEqual([]);
  });
});

describe('personal data of a user', () => {
  it('exports everything held about a user, without secrets, to admins only, audited', async () => {
    const user = await signInUser(executor, {
      issuer: 'https://id.example.org',
      subject: 'ada-1',
      name: 'Ada Example',
      email: 'ada@example.org',
      initialRole: 'viewer',
      forcedRole: 'editor',
    });
    const other = await signInUser(executor, {
      issuer: 'https://id.example.org',
      subject: 'bob-2',
      name: 'Bob Example',
      email: 'bob@example.org',
      initialRole: 'editor',
      forcedRole: null,
    });
    const personal = newPersonalToken();
    await createApiToken(executor, { userId: user.id, name: 'nightly script', ...personal });
    await createSession(executor, {
      idHash: 'session-hash-ada',
      userId: user.id,
      now: Date.now(),
      expiresAt: Date.now() + 60_000,
    });
    const asAda = { token: personal.secret };

    const brief = await data<{ createBrief: { id: string } }>(
      app,
      CREATE_BRIEF,
      { input: { title: 'Socitm planning', meetingDate: '2026-11-03', stakeholderIds: ['body:socitm'] } },
      asAda,
    );
    await data(
      app,
      `mutation ($input: InteractionInput!) { logInteraction(input: $input) { id } }`,
      {
        input: {
          kind: 'CALL',
          date: '2026-10-01',
          participants: ['body:socitm'],
          summary: 'Call about the survey',
          followUps: [{ what: 'Send the survey draft', due: '2026-10-15' }],
        },
      },
      asAda,
    );
    await data(
      app,
      `mutation ($input: InteractionInput!) { logInteraction(input: $input) { id } }`,
      {
        input: {
          kind: 'MEETING',
          date: '2026-10-02',
          participants: ['body:lga'],
          summary: 'Meeting by someone else',
          followUps: [{ what: 'Ada books the room', due: '2026-10-20', ownerId: user.id }],
        },
      },
      as('editor'),
    );
    await data(
      app,
      `mutation ($input: AssessmentInput!) { addAssessment(entityId: "body:lga", input: $input) { version } }`,
      { input: { date: '2026-10-02', power: 4, interest: 3, note: 'Keen on shared services' } },
      asAda,
    );
    await data(app, 'mutation { watch(entityId: "body:solace") { id } }', {}, asAda);
    const { markInboxSeen } = await data<{ markInboxSeen: { seenSeq: number } }>(
      app,
      'mutation { markInboxSeen { seenSeq } }',
      {},
      asAda,
    );
    // An admin changes Ada's role: an entry about her.
    await data(
      app,
      'mutation ($id: ID!, $v: Int!) { setUserRole(id: $id, expectedVersion: $v, role: VIEWER) { role } }',
      { id: user.id, v: user.version },
      as('admin'),
    );

    const EXPORT = 'query ($id: ID!) { userDataExport(userId: $id) }';
    expect(await errorOf(app, EXPORT, { id: user.id }, as('editor'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(app, EXPORT, { id: 'no-such-user' }, as('admin'))).toMatchObject({ code: 'NOT_FOUND' });
    const { userDataExport } = await data<{ userDataExport: string }>(app, EXPORT, { id: user.id }, as('admin'));
    const held = JSON.parse(userDataExport) as Record<string, unknown> & Record<string, Record<string, unknown>[]>;

    expect(held.user).toMatchObject({ id: user.id, name: 'Ada Example', email: 'ada@example.org', role: 'viewer' });
    expect(held.sessions).toHaveLength(1);
    expect(held.apiTokens).toEqual([expect.objectContaining({ name: 'nightly script', prefix: personal.prefix })]);
    expect(held.watching).toEqual([expect.objectContaining({ entityId: 'body:solace' })]);
    expect(held.inbox).toEqual({ seenSeq: markInboxSeen.seenSeq });
    expect(held.followUpsOwned!.map((followUp) => followUp.what).sort()).toEqual([
      'Ada books the room',
      'Send the survey draft',
    ]);
    expect(held.briefs!.map((row) => row.id)).toEqual([brief.createBrief.id]);
    expect(held.assessments).toEqual([
      expect.objectContaining({ entityId: 'body:lga', note: 'Keen on shared services' }),
    ]);
    expect(held.interactions!.map((row) => row.summary)).toEqual(['Call about the survey']);
    expect(held.profiles!.map((row) => row.entityId)).toEqual(['body:lga']);
    expect(held.changes!.map((row) => row.action)).toEqual(
      expect.arrayContaining(['createBrief', 'logInteraction', 'addAssessment']),
    );
    // Never the secrets or their hashes, and nothing of another user.
    for (const secret of [personal.secret, personal.hash, 'session-hash-ada', 'bob@example.org', other.id])
      expect(userDataExport).not.toContain(secret);

    expect(held.changesAboutThem).toEqual([expect.objectContaining({ action: 'setUserRole', targetId: user.id })]);

    // The export is audited, saying which parts went out, never what they held.
    const audit = (await executor.read<{ labels: string[]; properties: Record<string, unknown> }>('import/dump-graph'))
      .filter((row) => row.labels.includes('AuditEntry') && row.properties.action === 'exportUserData')
      .map((row) => row.properties);
    expect(audit).toEqual([expect.objectContaining({ targetId: user.id, actor: 'admin#1' })]);
    expect(String(audit[0]!.after)).toContain('followUpsOwned');
    expect(String(audit[0]!.after)).not.toContain('ada@example.org');
  });
});
