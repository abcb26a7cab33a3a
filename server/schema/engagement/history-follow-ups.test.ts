/**
 * Stance over time (dated assessments, the register's "stance changed since"), contact health and
 * follow-ups, through yoga.fetch against the seeded test database.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { createApiToken } from '../../repositories/api-tokens.ts';
import { signInUser } from '../../repositories/users.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { as, data, errorOf } from '../../testing/graphql.ts';
import { newPersonalToken } from '../security.ts';
import { appWithTestTokens } from '../../testing/app.ts';

let executor: Executor;
let app: App;
/** Personal tokens of real users (follow-ups are owned by users). */
const users: Record<'alice' | 'bob' | 'vera', { id: string; token: string }> = {} as never;

beforeAll(async () => {
  executor = await seededExecutor();
  app = appWithTestTokens(executor);
  const roles = { alice: 'editor', bob: 'admin', vera: 'viewer' } as const;
  for (const [name, role] of Object.entries(roles) as [keyof typeof roles, (typeof roles)[keyof typeof roles]][]) {
    const user = await signInUser(executor, {
      issuer: 'https://history-test.example.org',
      subject: name,
      name: `${name[0]!.toUpperCase()}${name.slice(1)} Tester`,
      email: null,
      initialRole: role,
      forcedRole: role,
    });
    const { secret, hash, prefix } = newPersonalToken();
    await createApiToken(executor, { userId: user.id, name: 'history test', hash, prefix });
    users[name] = { id: user.id, token: secret };
  }
});
afterAll(async () => {
  await executor.close();
});

const alice = () => ({ token: users.alice.token });
const today = new Date().toISOString().slice(0, 10);

const PROFILE = `query ($id: ID!, $today: String) { entity(id: $id) { engagement {
  stance power interest quadrant version cadenceDays
  health(today: $today) { state cadenceDays lastContact nextContactDue }
  history { date stance power interest note assessedBy assessedById migrated interaction { id } source { id } }
} } }`;
const ASSESS = `mutation ($id: ID!, $input: AssessmentInput!) { addAssessment(entityId: $id, input: $input) {
  stance power interest version history { date stance note assessedBy } } }`;
const LOG = `mutation ($input: InteractionInput!) { logInteraction(input: $input) {
  id followUps { id what due status owner { id name } } } }`;
const FOLLOW_UPS = `query ($mine: Boolean, $today: String) { followUps(mine: $mine) {
  id what due status overdue(today: $today) owner { id } interaction { id summary } } }`;
const CLOSE = `mutation ($id: ID!, $note: String!) { closeFollowUp(id: $id, note: $note) { id status closedBy closingNote closedAt } }`;

type History = { date: string; stance: string; note: string | null; assessedBy: string }[];
interface ProfileAnswer {
  entity: {
    engagement: {
      stance: string | null;
      power: number | null;
      version: number;
      health: { state: string; lastContact: string | null; nextContactDue: string } | null;
      history: (History[number] & { assessedById: string | null; interaction: { id: string } | null })[];
    } | null;
  };
}
const profile = async (id: string, day?: string) =>
  (await data<ProfileAnswer>(app, PROFILE, { id, today: day }, as('editor'))).entity.engagement;

describe('assessments', () => {
  it('adds dated assessments by the signed-in user; the latest by date, then time recorded, is current', async () => {
    expect(await profile('body:lga')).toBeNull();
    const first = { date: '2026-01-10', stance: 'SCEPTIC', power: 3, interest: 2, note: 'Cool on the manifesto' };
    await data(app, ASSESS, { id: 'body:lga', input: first }, alice());
    await data(
      app,
      ASSESS,
      { id: 'body:lga', input: { ...first, date: '2026-03-01', stance: 'SUPPORTER', power: 4, note: null } },
      alice(),
    );
    // Backdated: enters the history, does not become current.
    const { addAssessment } = await data<{ addAssessment: { stance: string; power: number; history: History } }>(
      app,
      ASSESS,
      { id: 'body:lga', input: { ...first, date: '2025-11-01', stance: 'OPPONENT', note: 'Before the election' } },
      as('editor'),
    );
    expect(addAssessment.stance).toBe('SUPPORTER');
    expect(addAssessment.power).toBe(4);
    expect(addAssessment.history.map((row) => [row.date, row.stance])).toEqual([
      ['2025-11-01', 'OPPONENT'],
      ['2026-01-10', 'SCEPTIC'],
      ['2026-03-01', 'SUPPORTER'],
    ]);
    expect(addAssessment.history[1]).toMatchObject({ assessedBy: 'Alice Tester', note: 'Cool on the manifesto' });
    expect(addAssessment.history[0]!.assessedBy).toBe('editor#1');
    // Same day, recorded later: it wins.
    await data(
      app,
      ASSESS,
      { id: 'body:lga', input: { ...first, date: '2026-03-01', stance: 'CHAMPION', power: 5 } },
      alice(),
    );
    expect(await profile('body:lga')).toMatchObject({ stance: 'CHAMPION', power: 5 });
    const audit = await data<{ auditLog: { entries: { action: string; actor: string }[] } }>(
      app,
      'query { auditLog(entityId: "body:lga", first: 10) { entries { action actor } } }',
      {},
      as('admin'),
    );
    expect(audit.auditLog.entries.filter((entry) => entry.action === 'addAssessment')).toHaveLength(4);
  });

  it('rests on an interaction involving the stakeholder, or on a source', async () => {
    const { logInteraction } = await data<{ logInteraction: { id: string } }>(
      app,
      LOG,
      { input: { kind: 'MEETING', date: '2026-02-01', participants: ['body:lga'], summary: 'Roundtable' } },
      alice(),
    );
    await data(
      app,
      ASSESS,
      {
        id: 'body:lga',
        input: {
          date: '2026-02-01',
          stance: 'NEUTRAL',
          power: 4,
          interest: 3,
          interactionId: logInteraction.id,
          sourceId: 'source:socitm-lcioc-futures-merger',
        },
      },
      alice(),
    );
    const row = (await profile('body:lga'))!.history.find((entry) => entry.date === '2026-02-01')!;
    expect(row.interaction?.id).toBe(logInteraction.id);
  });

  it('names the bad field and writes nothing', async () => {
    const before = (await profile('body:lga'))!;
    const good = { date: '2026-01-05', stance: 'NEUTRAL', power: 3, interest: 3 };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ date: '05/01/2026' }, 'input.date', /YYYY-MM-DD/],
      [{ date: '2026-02-30' }, 'input.date', /not a day/],
      [{ date: '2999-01-01' }, 'input.date', /after today/],
      [{ power: 6 }, 'input.power', /from 1 to 5/],
      [{ interest: 0 }, 'input.interest', /from 1 to 5/],
      [{ note: 'Ring her on 07700 900123' }, 'input.note', /contact fields/],
      [{ interactionId: 'interaction:nowhere' }, 'input.interactionId', /no interaction/],
      [{ sourceId: 'source:nowhere' }, 'input.sourceId', /no source/],
    ];
    for (const [change, field, reason] of cases) {
      const error = await errorOf(app, ASSESS, { id: 'body:lga', input: { ...good, ...change } }, alice());
      expect(error, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toMatch(reason);
    }
    const { logInteraction } = await data<{ logInteraction: { id: string } }>(
      app,
      LOG,
      { input: { kind: 'CALL', date: '2026-02-02', participants: ['body:socitm'], summary: 'Call with Socitm' } },
      alice(),
    );
    expect(
      await errorOf(app, ASSESS, { id: 'body:lga', input: { ...good, interactionId: logInteraction.id } }, alice()),
    ).toMatchObject({ field: 'input.interactionId', message: expect.stringMatching(/does not involve/) });
    expect(await errorOf(app, ASSESS, { id: 'body:nowhere', input: good }, alice())).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await profile('body:lga')).toEqual(before);
  });

  it('records a change of position through setEngagement as an assessment dated today, and nothing else', async () => {
    const SET = `mutation ($v: Int!, $input: EngagementInput!) { setEngagement(entityId: "body:nesta", expectedVersion: $v, input: $input) { version } }`;
    await data(app, SET, { v: 0, input: { owner: 'Policy', stance: 'NEUTRAL', power: 2, interest: 2 } }, alice());
    await data(app, SET, { v: 1, input: { owner: 'Policy team' } }, alice());
    await data(app, SET, { v: 2, input: { stance: 'SUPPORTER' } }, alice());
    const history = (await profile('body:nesta'))!.history;
    expect(history.map((row) => [row.date, row.stance])).toEqual([
      [today, 'NEUTRAL'],
      [today, 'SUPPORTER'],
    ]);
    expect(history[1]).toMatchObject({ power: 2, interest: 2, assessedBy: 'Alice Tester' });
  });

  it('filters the register by stance changed since a day', async () => {
    const REGISTER = `query ($since: String) { register(stanceChangedSince: $since) { entity { id } } }`;
    const ids = async (since: string) =>
      (await data<{ register: { entity: { id: string } }[] }>(app, REGISTER, { since }, as('editor'))).register.map(
        (row) => row.entity.id,
      );
    // LGA: neutral on 2026-02-01, champion since 2026-03-01; Nesta: first assessed today.
    expect(await ids('2026-02-15')).toEqual(expect.arrayContaining(['body:lga', 'body:nesta']));
    expect(await ids(today)).not.toContain('body:lga');
    expect(await ids(today)).not.toContain('body:nesta');
    expect(await errorOf(app, REGISTER, { since: 'last week' }, as('editor'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'stanceChangedSince',
    });
  });
});

describe('contact health', () => {
  it('is on track, due or overdue from the cadence and the last contact on or before today', async () => {
    const SET = `mutation ($v: Int!, $input: EngagementInput!) { setEngagement(entityId: "body:socitm", expectedVersion: $v, input: $input) { version cadenceDays } }`;
    expect(await profile('body:socitm')).toBeNull();
    await data(app, SET, { v: 0, input: { cadenceDays: 30 } }, alice());
    // The 2026-02-02 call with Socitm (above) is the last contact.
    const health = async (day: string) => (await profile('body:socitm', day))!.health;
    expect(await health('2026-02-20')).toEqual({
      state: 'ON_TRACK',
      cadenceDays: 30,
      lastContact: '2026-02-02',
      nextContactDue: '2026-03-04',
    });
    expect((await health('2026-02-26'))!.state).toBe('DUE');
    expect((await health('2026-03-05'))!.state).toBe('OVERDUE');
    // Before that call, there had been no contact.
    expect(await health('2026-01-01')).toMatchObject({ state: 'OVERDUE', lastContact: null });
    expect(await errorOf(app, SET, { v: 1, input: { cadenceDays: 0 } }, alice())).toMatchObject({
      field: 'input.cadenceDays',
    });
    expect(await errorOf(app, PROFILE, { id: 'body:socitm', today: '2026-3-5' }, as('editor'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'today',
    });
  });

  it('is in the register export as CSV, counted from ?today=, with the stance-changed filter', async () => {
    const server = createServer(app.listener);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const csv = async (query: string) => {
        const response = await fetch(`${base}/export/register.csv${query}`, {
          headers: { authorization: `Bearer ${users.alice.token}` },
        });
        return { status: response.status, text: await response.text() };
      };
      const { text } = await csv('?today=2026-03-05');
      const [header, ...rows] = text.replace(/^\uFEFF/, '').split('\r\n');
      expect(header).toContain('"contact every (days)","last contact","next contact due","health"');
      expect(rows.find((row) => row.startsWith('"body:socitm"'))).toMatch(/"30","2026-02-02","2026-03-04","overdue"$/);
      const changed = await csv('?today=2026-03-05&stanceChangedSince=2026-02-15');
      expect(changed.text).toContain('"body:lga"');
      expect(changed.text).not.toContain('"body:socitm"');
      expect(await csv('?today=tomorrow')).toMatchObject({ status: 400, text: expect.stringMatching(/today/) });
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });
});

describe('follow-ups', () => {
  const meeting = (followUps: unknown[], participants = ['body:solace']) => ({
    input: { kind: 'MEETING', date: '2026-04-01', participants, summary: 'Manifesto workshop', followUps },
  });

  it('are created with an interaction, owned by the author unless another editor is named', async () => {
    const { logInteraction } = await data<{
      logInteraction: {
        id: string;
        followUps: { what: string; due: string; status: string; owner: { id: string } | null }[];
      };
    }>(
      app,
      LOG,
      meeting([
        { what: 'Send the draft', due: '2026-04-08' },
        { what: 'Book the follow-up session', due: '2026-05-01', ownerId: users.bob.id },
      ]),
      alice(),
    );
    expect(logInteraction.followUps).toEqual([
      {
        id: expect.any(String),
        what: 'Send the draft',
        due: '2026-04-08',
        status: 'OPEN',
        owner: { id: users.alice.id, name: 'Alice Tester' },
      },
      {
        id: expect.any(String),
        what: 'Book the follow-up session',
        due: '2026-05-01',
        status: 'OPEN',
        owner: { id: users.bob.id, name: 'Bob Tester' },
      },
    ]);
    // A shared token is nobody: its follow-ups are unassigned.
    const shared = await data<{ logInteraction: { followUps: { owner: unknown }[] } }>(
      app,
      LOG,
      meeting([{ what: 'Share the notes', due: '2026-04-03' }]),
      as('editor'),
    );
    expect(shared.logInteraction.followUps[0]!.owner).toBeNull();
  });

  it('lists mine and everyone’s open ones, soonest first, overdue after their due day', async () => {
    type Row = { what: string; overdue: boolean; owner: { id: string } | null; interaction: { summary: string } };
    const mine = await data<{ followUps: Row[] }>(app, FOLLOW_UPS, { mine: true, today: '2026-04-08' }, alice());
    expect(mine.followUps.map((row) => [row.what, row.overdue])).toEqual([['Send the draft', false]]);
    expect(mine.followUps[0]!.interaction.summary).toBe('Manifesto workshop');
    const later = await data<{ followUps: Row[] }>(app, FOLLOW_UPS, { mine: false, today: '2026-04-09' }, alice());
    expect(later.followUps.map((row) => [row.what, row.overdue])).toEqual([
      ['Share the notes', true],
      ['Send the draft', true],
      ['Book the follow-up session', false],
    ]);
    // Shared tokens are nobody in particular: theirs are the unassigned ones.
    const unassigned = await data<{ followUps: Row[] }>(app, FOLLOW_UPS, { mine: true }, as('editor'));
    expect(unassigned.followUps.map((row) => [row.what, row.owner])).toEqual([['Share the notes', null]]);
    const assignees = await data<{ assignees: { name: string }[] }>(app, '{ assignees { name } }', {}, alice());
    expect(assignees.assignees.map((user) => user.name)).toEqual(['Alice Tester', 'Bob Tester']);
  });

  it('are closed with a note, once', async () => {
    const open = await data<{ followUps: { id: string; what: string }[] }>(app, FOLLOW_UPS, { mine: true }, alice());
    const draft = open.followUps.find((row) => row.what === 'Send the draft')!;
    expect(await errorOf(app, CLOSE, { id: draft.id, note: '  ' }, alice())).toMatchObject({ field: 'note' });
    const { closeFollowUp } = await data<{ closeFollowUp: Record<string, unknown> }>(
      app,
      CLOSE,
      { id: draft.id, note: 'Sent on Tuesday' },
      alice(),
    );
    expect(closeFollowUp).toMatchObject({ status: 'CLOSED', closedBy: 'Alice Tester', closingNote: 'Sent on Tuesday' });
    expect(await errorOf(app, CLOSE, { id: draft.id, note: 'Again' }, alice())).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      message: expect.stringMatching(/already closed/),
    });
    expect(await errorOf(app, CLOSE, { id: 'follow-up:nowhere', note: 'x' }, alice())).toMatchObject({
      code: 'NOT_FOUND',
    });
    const mine = await data<{ followUps: { id: string }[] }>(app, FOLLOW_UPS, { mine: true }, alice());
    expect(mine.followUps.map((row) => row.id)).not.toContain(draft.id);
  });

  it('name the bad field, and a refused follow-up logs no interaction', async () => {
    const count = async () =>
      (
        await data<{ entity: { interactions: unknown[] } }>(
          app,
          '{ entity(id: "body:solace") { interactions(first: 200) { id } } }',
          {},
          alice(),
        )
      ).entity.interactions.length;
    const before = await count();
    const cases: [unknown[], string, RegExp][] = [
      [[{ what: '', due: '2026-04-08' }], 'input.followUps.0.what', /must not be empty/],
      [[{ what: 'x', due: '8 April' }], 'input.followUps.0.due', /YYYY-MM-DD/],
      [[{ what: 'x', due: '2026-04-08', ownerId: 'user:nobody' }], 'input.followUps.0.ownerId', /no user/],
      [
        [
          { what: 'x', due: '2026-04-08' },
          { what: 'y', due: '2026-04-08', ownerId: users.vera.id },
        ],
        'input.followUps.1.ownerId',
        /viewer/,
      ],
    ];
    for (const [followUps, field, reason] of cases) {
      const error = await errorOf(app, LOG, meeting(followUps), alice());
      expect(error, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toMatch(reason);
    }
    // A missing participant rolls the follow-ups back with the interaction.
    expect(
      await errorOf(app, LOG, meeting([{ what: 'x', due: '2026-04-08' }], ['body:solace', 'body:nowhere']), alice()),
    ).toMatchObject({ field: 'input.participants.1' });
    expect(await count()).toBe(before);
    const all = await data<{ followUps: { what: string }[] }>(app, FOLLOW_UPS, {}, alice());
    expect(all.followUps.map((row) => row.what)).not.toContain('x');
  });
});

describe('erasure', () => {
  it('finds a person in assessment notes and follow-ups, and erases their name from both', async () => {
    await data(
      app,
      ASSESS,
      {
        id: 'body:lga',
        input: { date: '2026-05-01', stance: 'CHAMPION', power: 5, interest: 4, note: 'Andy Nelson vouched for us' },
      },
      alice(),
    );
    await data(
      app,
      LOG,
      {
        input: {
          kind: 'EMAIL',
          date: '2026-05-02',
          participants: ['body:solace'],
          summary: 'Pack sent',
          followUps: [{ what: 'Ask Andy Nelson for a quote', due: '2026-05-09' }],
        },
      },
      alice(),
    );
    const exported = await data<{ personalDataExport: string }>(
      app,
      'query { personalDataExport(personId: "person:andy-nelson") }',
      {},
      as('admin'),
    );
    expect(exported.personalDataExport).toContain('Andy Nelson vouched for us');
    expect(exported.personalDataExport).toContain('Ask Andy Nelson for a quote');
    await data(
      app,
      'mutation { erasePersonalData(personId: "person:andy-nelson", reason: "request 7") { redactedProfiles } }',
      {},
      as('admin'),
    );
    const notes = (await profile('body:lga'))!.history.map((row) => row.note ?? '');
    expect(notes).toContain('[erased] vouched for us');
    expect(notes.join(' ')).not.toContain('Andy Nelson');
    const open = await data<{ followUps: { what: string }[] }>(app, FOLLOW_UPS, {}, alice());
    expect(open.followUps.map((row) => row.what)).toContain('Ask [erased] for a quote');
  });
});
