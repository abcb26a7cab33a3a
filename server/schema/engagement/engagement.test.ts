import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.ts';
import { readConfig } from '../../config.ts';
import { csvCell } from '../../../core/export/csv.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { as, data, errorOf, gql, TEST_AUTH_TOKENS, TEST_TOKENS } from '../../testing/graphql.ts';

const TOKENS = TEST_TOKENS;
let executor: Executor;
let app: App;
let server: Server;
let base: string;

beforeAll(async () => {
  executor = await seededExecutor();
  const config = readConfig({ AUTH_TOKENS: TEST_AUTH_TOKENS });
  app = createApp({ executor, authTokens: config.AUTH_TOKENS });
  server = createServer(app.listener);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((closed) => server.close(closed));
  await executor.close();
});

const SET = `mutation ($id: ID!, $v: Int!, $input: EngagementInput!) {
  setEngagement(entityId: $id, expectedVersion: $v, input: $input) {
    entity { id } owner power interest stance quadrant objectives topics nextAction nextActionDue version updatedBy
    suggestedPower { power reason }
  }
}`;
const LOG = `mutation ($input: InteractionInput!) { logInteraction(input: $input) { id kind date summary participants { id } followUps { what due } createdBy } }`;
const ENTITY = `query ($id: ID!) { entity(id: $id) { id engagement { stance version } interactions { id date summary } ... on Person { contact { email phone version } } } }`;
const CONTACT = `mutation ($id: ID!, $v: Int!, $input: ContactInput!) { setContactDetails(personId: $id, expectedVersion: $v, input: $input) { email phone version } }`;
type Profile = {
  setEngagement: {
    version: number;
    quadrant: string;
    stance: string;
    suggestedPower: { power: number; reason: string };
  };
};

async function dump() {
  return executor.read<{ element: string; id: string; labels: string[]; properties: Record<string, unknown> }>(
    'import/dump-graph',
  );
}
const privateText = async () =>
  JSON.stringify(
    (await dump()).filter((row) =>
      row.labels.some((label) =>
        ['ContactDetails', 'EngagementProfile', 'Assessment', 'Interaction', 'FollowUp', 'AuditEntry'].includes(label),
      ),
    ),
  );

describe('stakeholder register', () => {
  it('creates a profile from version 0, places it on the grid and suggests power with a reason', async () => {
    const { setEngagement } = await data<Profile>(
      app,
      SET,
      {
        id: 'body:solace',
        v: 0,
        input: {
          owner: 'Policy team',
          power: 5,
          interest: 4,
          stance: 'SUPPORTER',
          objectives: 'Co-sponsor the manifesto',
          topics: ['digital leadership'],
          nextAction: 'Brief the chief executive',
          nextActionDue: '2026-12-01',
        },
      },
      as('editor'),
    );
    expect(setEngagement).toMatchObject({ version: 1, quadrant: 'MANAGE_CLOSELY', stance: 'SUPPORTER' });
    expect(setEngagement.suggestedPower.power).toBeGreaterThanOrEqual(1);
    expect(setEngagement.suggestedPower.reason).toMatch(/PageRank \d+ of \d+/);
    const council = await data<Profile>(
      app,
      SET,
      { id: 'body:local-cio-council', v: 0, input: { power: 2, interest: 2 } },
      as('editor'),
    );
    expect(council.setEngagement.quadrant).toBe('MONITOR');
    expect(council.setEngagement.suggestedPower.power).toBe(5);
  });

  it('changes one field and keeps the rest; a stale version is a CONFLICT that writes nothing', async () => {
    const { setEngagement } = await data<Profile & { setEngagement: { owner: string; power: number } }>(
      app,
      SET,
      { id: 'body:solace', v: 1, input: { power: 3 } },
      as('editor'),
    );
    expect(setEngagement).toMatchObject({ version: 2, power: 3, owner: 'Policy team', quadrant: 'KEEP_INFORMED' });
    expect(await errorOf(app, SET, { id: 'body:solace', v: 1, input: { power: 1 } }, as('editor'))).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('names the bad field and writes nothing', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ power: 6 }, 'input.power', /from 1 to 5/],
      [{ interest: 0 }, 'input.interest', /from 1 to 5/],
      [{ nextActionDue: '01/12/2026' }, 'input.nextActionDue', /YYYY-MM-DD/],
      [{ nextActionDue: '2026-02-30' }, 'input.nextActionDue', /not a day/],
      [{ objectives: 'Ring her on 07700 900123' }, 'input.objectives', /contact fields/],
    ];
    for (const [input, field, reason] of cases) {
      const error = await errorOf(app, SET, { id: 'body:solace', v: 2, input }, as('editor'));
      expect(error, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toMatch(reason);
    }
    expect(
      (await gql(app, SET, { id: 'body:solace', v: 2, input: { stance: 'HOSTILE' } }, as('editor'))).errors?.[0]
        ?.message,
    ).toMatch(/HOSTILE/);
    expect(await errorOf(app, SET, { id: 'body:nowhere', v: 0, input: { power: 1 } }, as('editor'))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const { register } = await data<{ register: { entity: { id: string }; version: number; power: number }[] }>(
      app,
      '{ register { entity { id } version power } }',
      {},
      as('editor'),
    );
    expect(register.find((row) => row.entity.id === 'body:solace')).toMatchObject({ version: 2, power: 3 });
  });

  it('filters the register by quadrant and stance', async () => {
    const { register } = await data<{ register: { entity: { id: string } }[] }>(
      app,
      '{ register(quadrant: MONITOR) { entity { id } } }',
      {},
      as('editor'),
    );
    expect(register.map((row) => row.entity.id)).toEqual(['body:local-cio-council']);
    const supporters = await data<{ register: { entity: { id: string } }[] }>(
      app,
      '{ register(stance: SUPPORTER) { entity { id } } }',
      {},
      as('editor'),
    );
    expect(supporters.register.map((row) => row.entity.id)).toEqual(['body:solace']);
  });
});

describe('engagement log', () => {
  it('logs interactions linked to their participants and shows them newest first', async () => {
    for (const [date, summary] of [
      ['2026-09-01', 'First call about the manifesto'],
      ['2026-10-15', 'Workshop on shared services'],
    ]) {
      await data(
        app,
        LOG,
        {
          input: {
            kind: 'MEETING',
            date,
            participants: ['body:solace', 'person:martin-ferguson'],
            summary,
            followUps: [{ what: 'Send the draft', due: '2026-11-01' }],
          },
        },
        as('editor'),
      );
    }
    const { entity } = await data<{ entity: { interactions: { date: string; summary: string }[] } }>(
      app,
      ENTITY,
      { id: 'body:solace' },
      as('editor'),
    );
    expect(entity.interactions.map((interaction) => interaction.date)).toEqual(['2026-10-15', '2026-09-01']);
  });

  it('rejects participants that do not exist, bad dates and kinds, naming the field', async () => {
    const good = { kind: 'CALL', date: '2026-10-01', participants: ['body:solace'], summary: 'x' };
    const logged = async () =>
      (await data<{ entity: { interactions: unknown[] } }>(app, ENTITY, { id: 'body:solace' }, as('editor'))).entity
        .interactions.length;
    const before = await logged();
    expect(
      await errorOf(app, LOG, { input: { ...good, participants: ['body:solace', 'person:nobody'] } }, as('editor')),
    ).toMatchObject({ field: 'input.participants.1' });
    // The interaction and its audit entry went to Neo4j with the check; the refusal rolled them back.
    expect(await logged()).toBe(before);
    expect(await errorOf(app, LOG, { input: { ...good, date: '2026-10' } }, as('editor'))).toMatchObject({
      field: 'input.date',
    });
    expect(await errorOf(app, LOG, { input: { ...good, participants: [] } }, as('editor'))).toMatchObject({
      field: 'input.participants',
    });
    expect((await gql(app, LOG, { input: { ...good, kind: 'LETTER' } }, as('editor'))).errors?.[0]?.message).toMatch(
      /LETTER/,
    );
  });
});

const WARM = `query ($from: ID!, $to: ID!, $avoid: [ID!], $avoidStances: [Stance!], $today: String, $maxHops: Int,
    $includeFormer: Boolean) {
  warmRoutes(from: $from, to: $to, avoid: $avoid, avoidStances: $avoidStances, today: $today, first: 3, maxHops: $maxHops,
      includeFormer: $includeFormer) {
    cost nodes { id }
    steps { from to cost explanation former interaction { id } edge { id validFrom validTo } strengthenedBy { id } }
  }
}`;
type Warm = {
  warmRoutes: {
    cost: number;
    nodes: { id: string }[];
    steps: {
      explanation: string;
      former: boolean;
      interaction: { id: string } | null;
      edge: { id: string; validFrom: string | null; validTo: string | null } | null;
      strengthenedBy: { id: string }[];
    }[];
  }[];
};
const nodesOf = (warm: Warm) => warm.warmRoutes.map((route) => route.nodes.map((node) => node.id).join(' '));

describe('warm-introduction routes', () => {
  it('routes around an opponent and explains each hop with its citation', async () => {
    // In mid-2012 Richard Steel sat on the Local CIO Council, which Jos Creese chaired (2008 to 2016).
    const ends = { from: 'person:richard-steel', to: 'person:jos-creese', today: '2012-06-01' };
    const before = await data<Warm>(app, WARM, ends, as('editor'));
    expect(nodesOf(before)).toEqual([
      'person:richard-steel body:local-cio-council person:jos-creese',
      'person:richard-steel body:socitm body:local-cio-council person:jos-creese',
    ]);
    expect(before.warmRoutes[0]!.steps.map((step) => step.explanation)).toEqual([
      expect.stringMatching(/^member of: "Richard Steel, new president of Socitm and LGCC member"/),
      expect.stringMatching(/^chairs \(Chair \(chairman\)\): "/),
    ]);
    await data(app, SET, { id: 'body:socitm', v: 0, input: { stance: 'OPPONENT' } }, as('editor'));
    const around = await data<Warm>(app, WARM, { ...ends, avoidStances: ['OPPONENT'] }, as('editor'));
    expect(nodesOf(around)).toEqual(['person:richard-steel body:local-cio-council person:jos-creese']);
  });

  it('walks a role on a day before it ended, not after; former roles only when asked, with their dates', async () => {
    const CHAIR = 'rel:jos-creese-chairs-local-cio-council';
    const ends = { from: 'person:richard-steel', to: 'person:jos-creese' };
    const then = await data<Warm>(app, WARM, { ...ends, today: '2016-12-31' }, as('editor'));
    expect(then.warmRoutes[0]!.steps.map((step) => [step.edge?.id, step.former])).toEqual([
      ['rel:richard-steel-member-of-local-cio-council', false],
      [CHAIR, false],
    ]);
    // The chair ended in 2016; today (the default day) no current relationship reaches Jos Creese.
    expect((await data<Warm>(app, WARM, ends, as('editor'))).warmRoutes).toEqual([]);
    expect((await data<Warm>(app, WARM, { ...ends, today: '2017-01-01' }, as('editor'))).warmRoutes).toEqual([]);
    const asked = await data<Warm>(app, WARM, { ...ends, today: '2017-01-01', includeFormer: true }, as('editor'));
    const chair = asked.warmRoutes[0]!.steps.find((step) => step.edge?.id === CHAIR)!;
    expect(chair).toMatchObject({ former: true, edge: { validFrom: '2008', validTo: '2016' } });
    expect(asked.warmRoutes[0]!.steps.filter((step) => step.former)).toHaveLength(1);
    // Martin Ferguson joined Socitm in 2016; Jos Creese's presidency of it ended by 2008: never joined.
    const far = { from: 'person:martin-ferguson', to: 'person:jos-creese', today: '2026-11-01', includeFormer: true };
    expect(nodesOf(await data<Warm>(app, WARM, far, as('editor')))).not.toContain(
      'person:martin-ferguson body:socitm person:jos-creese',
    );
  });

  it('names a bad day', async () => {
    const bad = { from: 'person:richard-steel', to: 'person:jos-creese', today: '2016' };
    expect(await errorOf(app, WARM, bad, as('editor'))).toMatchObject({ field: 'today' });
  });

  it('walks a recent interaction as a direct tie, and forgets it once it is over a year old', async () => {
    await data(
      app,
      LOG,
      {
        input: {
          kind: 'MEETING',
          date: '2026-10-20',
          participants: ['person:vicky-sargent', 'person:andy-nelson'],
          summary: 'Introduced at the conference',
        },
      },
      as('editor'),
    );
    const recent = await data<Warm>(
      app,
      WARM,
      { from: 'person:vicky-sargent', to: 'person:andy-nelson', today: '2026-11-01' },
      as('editor'),
    );
    expect(recent.warmRoutes[0]!.steps).toHaveLength(1);
    expect(recent.warmRoutes[0]!.steps[0]!.interaction).not.toBeNull();
    expect(recent.warmRoutes[0]!.steps[0]!.explanation).toMatch(/meeting on 2026-10-20: Introduced at the conference/);
    const later = await data<Warm>(
      app,
      WARM,
      { from: 'person:vicky-sargent', to: 'person:andy-nelson', today: '2028-01-01' },
      as('editor'),
    );
    expect(later.warmRoutes[0]!.steps.every((step) => step.interaction === null)).toBe(true);
  });
});

describe('roles and personal data', () => {
  it('hides engagement, interactions and contact details from viewers', async () => {
    await data(
      app,
      CONTACT,
      { id: 'person:vicky-sargent', v: 0, input: { email: 'press.office@example.org', phone: '+44 20 7946 0000' } },
      as('editor'),
    );
    const asEditor = await data<{ entity: { contact: { email: string }; interactions: unknown[] } }>(
      app,
      ENTITY,
      { id: 'person:vicky-sargent' },
      as('editor'),
    );
    expect(asEditor.entity.contact.email).toBe('press.office@example.org');
    expect(asEditor.entity.interactions.length).toBeGreaterThan(0);
    const asViewer = await data<{ entity: { contact: null; interactions: unknown[]; engagement: null } }>(
      app,
      ENTITY,
      { id: 'person:vicky-sargent' },
      as('viewer'),
    );
    expect(asViewer.entity).toMatchObject({ contact: null, interactions: [], engagement: null });
    expect(await errorOf(app, '{ register { version } }', {}, as('viewer'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await errorOf(app, WARM, { from: 'person:vicky-sargent', to: 'person:andy-nelson' }, as('viewer')),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await errorOf(
        app,
        LOG,
        { input: { kind: 'CALL', date: '2026-10-01', participants: ['body:solace'], summary: 'x' } },
        as('viewer'),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await errorOf(app, 'query { personalDataExport(personId: "person:vicky-sargent") }', {}, as('editor')),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('validates contact details and audits them without their values', async () => {
    expect(
      await errorOf(
        app,
        CONTACT,
        { id: 'person:vicky-sargent', v: 1, input: { email: 'not-an-address' } },
        as('editor'),
      ),
    ).toMatchObject({ field: 'input.email' });
    expect(
      await errorOf(app, CONTACT, { id: 'body:solace', v: 0, input: { email: 'a@example.org' } }, as('editor')),
    ).toMatchObject({ field: 'personId' });
    const { auditLog } = await data<{ auditLog: { entries: { action: string; after: string }[] } }>(
      app,
      '{ auditLog(entityId: "person:vicky-sargent") { entries { action after } } }',
      {},
      as('admin'),
    );
    const contactChange = auditLog.entries.find((entry) => entry.action === 'setContactDetails')!;
    expect(JSON.parse(contactChange.after)).toEqual({ email: '(set)', phone: '(set)' });
  });

  it('exports the register as CSV that spreadsheets cannot run as formulas', async () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('plain')).toBe('"plain"');
    const { entity } = await data<{ entity: { engagement: { version: number } } }>(
      app,
      ENTITY,
      { id: 'body:solace' },
      as('editor'),
    );
    await data(
      app,
      SET,
      {
        id: 'body:solace',
        v: entity.engagement.version,
        input: { nextAction: '=cmd|"/c calc"!A1 and meet Vicky Sargent' },
      },
      as('editor'),
    );
    expect((await fetch(`${base}/export/register.csv`)).status).toBe(401);
    expect(
      (await fetch(`${base}/export/register.csv`, { headers: { authorization: `Bearer ${TOKENS.viewer}` } })).status,
    ).toBe(403);
    const response = await fetch(`${base}/export/register.csv`, {
      headers: { authorization: `Bearer ${TOKENS.editor}` },
    });
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const csv = await response.text();
    expect(csv).toContain(`"'=cmd|""/c calc""!A1 and meet Vicky Sargent"`);
    expect(csv.split('\r\n')[0]).toContain('"next action"');
  });

  it('exports everything held about a person, then erases it from Neo4j and from every export', async () => {
    await data(
      app,
      SET,
      {
        id: 'person:vicky-sargent',
        v: 0,
        input: { objectives: 'Keep Vicky Sargent informed of launches', power: 2, interest: 5 },
      },
      as('editor'),
    );
    const exported = await data<{ personalDataExport: string }>(
      app,
      'query { personalDataExport(personId: "person:vicky-sargent") }',
      {},
      as('admin'),
    );
    const held = JSON.parse(exported.personalDataExport) as Record<string, unknown[]>;
    expect(JSON.stringify(held.contact)).toContain('press.office@example.org');
    expect(held.engagement).toHaveLength(1);
    expect(held.interactions!.length).toBeGreaterThan(0);
    expect(held.profilesNamingThem).toHaveLength(1);

    expect(await privateText()).toContain('Vicky Sargent');
    const { erasePersonalData } = await data<{ erasePersonalData: Record<string, number> }>(
      app,
      'mutation { erasePersonalData(personId: "person:vicky-sargent", reason: "request 42 from Vicky Sargent") { deletedRecords redactedInteractions redactedProfiles redactedAuditEntries } }',
      {},
      as('admin'),
    );
    // Contact details, profile and the assessment its power and interest made.
    expect(erasePersonalData).toMatchObject({ deletedRecords: 3, redactedProfiles: 1 });
    expect(erasePersonalData.redactedInteractions).toBeGreaterThan(0);

    const remaining = await privateText();
    for (const secret of ['press.office@example.org', '+44 20 7946 0000', 'Vicky Sargent'])
      expect(remaining).not.toContain(secret);
    const after = JSON.parse(
      (
        await data<{ personalDataExport: string }>(
          app,
          'query { personalDataExport(personId: "person:vicky-sargent") }',
          {},
          as('admin'),
        )
      ).personalDataExport,
    ) as Record<string, unknown[]>;
    expect(after.contact).toEqual([]);
    expect(after.engagement).toEqual([]);
    expect(JSON.stringify(after.interactions)).not.toContain('Vicky Sargent');
    const csv = await (
      await fetch(`${base}/export/register.csv`, { headers: { authorization: `Bearer ${TOKENS.editor}` } })
    ).text();
    expect(csv).not.toContain('Vicky Sargent');
    const { auditLog } = await data<{ auditLog: { entries: { action: string; after: string }[] } }>(
      app,
      '{ auditLog(entityId: "person:vicky-sargent") { entries { action after } } }',
      {},
      as('admin'),
    );
    const erasure = auditLog.entries.find((entry) => entry.action === 'erasePersonalData')!;
    expect(erasure.after).toContain('request 42');
    expect(erasure.after).not.toContain('Vicky Sargent');
  });
});
