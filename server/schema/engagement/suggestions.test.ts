/**
 * suggestedPositions over yoga.fetch against the seeded database: power from the PageRank place,
 * interest from interactions and the register's topics, each with its reason; links valid on
 * asOf only; bad input named by its field; and accepting one records an attributed assessment.
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
  app = appWithTestTokens(executor);
});
afterAll(async () => {
  await executor.close();
});

const SUGGEST = `query ($ids: [ID!]!, $asOf: String, $today: String) {
  suggestedPositions(ids: $ids, asOf: $asOf, today: $today) {
    entity { id name } power powerReason influencePlace networkSize interest interestReason recentInteractions
    lastContact topicLinks { topic programmeId programmeName } quadrant freshness { stale }
  }
}`;
const RANKING = `{ influence(metric: PAGERANK, first: 200) { entity { id } rank } }`;
const LOG = `mutation ($input: InteractionInput!) { logInteraction(input: $input) { id } }`;
const SET = `mutation ($id: ID!, $input: EngagementInput!) { setEngagement(entityId: $id, expectedVersion: 0, input: $input) { version } }`;
const ACCEPT = `mutation ($id: ID!, $input: AssessmentInput!) {
  addAssessment(entityId: $id, input: $input) { stance power interest quadrant history { stance power interest note assessedBy } }
}`;

interface Suggestion {
  entity: { id: string; name: string };
  power: number;
  powerReason: string;
  influencePlace: number | null;
  networkSize: number;
  interest: number;
  interestReason: string;
  recentInteractions: number;
  lastContact: string | null;
  topicLinks: { topic: string; programmeId: string; programmeName: string }[];
  quadrant: string;
}
const TODAY = '2026-12-07';

async function suggest(ids: string[], extra: Record<string, unknown> = {}): Promise<Suggestion[]> {
  return (await data<{ suggestedPositions: Suggestion[] }>(app, SUGGEST, { ids, today: TODAY, ...extra }, as('editor')))
    .suggestedPositions;
}

describe('suggested positions', () => {
  it('suggests power from the PageRank place the influence ranking gives, saying so', async () => {
    const ranking = (
      await data<{ influence: { entity: { id: string }; rank: number }[] }>(app, RANKING, {}, as('editor'))
    ).influence;
    const top = ranking[0]!.entity.id;
    const tenth = ranking[9]!.entity.id;
    const [first, other] = await suggest([top, tenth]);
    expect(first).toMatchObject({ entity: { id: top }, influencePlace: 1, power: 5 });
    expect(first!.powerReason).toBe(`Ranked 1st of ${first!.networkSize} by influence (PageRank, top 1%).`);
    expect(other).toMatchObject({ entity: { id: tenth }, influencePlace: 10 });
    expect(other!.powerReason).toMatch(new RegExp(`^Ranked 10th of ${other!.networkSize} by influence`));
  });

  it('starts interest at 1 without evidence, and says why', async () => {
    const [socitm] = await suggest(['body:socitm']);
    expect(socitm).toMatchObject({ interest: 1, recentInteractions: 0, lastContact: null, topicLinks: [] });
    expect(socitm!.interestReason).toBe('No interactions logged; no topics in the register yet.');
  });

  it('raises interest for recent interactions (planned ones left out) and for programmes on the register’s topics', async () => {
    for (const date of ['2026-11-30', '2026-10-01', '2026-09-09', '2026-09-08', '2026-12-20']) {
      await data(
        app,
        LOG,
        { input: { kind: 'MEETING', date, participants: ['body:socitm'], summary: `Catch-up on ${date}` } },
        as('editor'),
      );
    }
    await data(app, SET, { id: 'body:solace', input: { topics: ['Green IT', 'shared services'] } }, as('editor'));
    const [socitm, council] = await suggest(['body:socitm', 'body:local-cio-council']);
    expect(socitm).toMatchObject({ interest: 3, recentInteractions: 3, lastContact: '2026-11-30' });
    expect(socitm!.interestReason).toMatch(
      /^3 interactions in the last 90 days \(the last on 2026-11-30\); linked to no programme/,
    );
    expect(council!.topicLinks.map((link) => link.programmeId).sort()).toEqual([
      'programme:green-it',
      'programme:shared-services',
    ]);
    expect(council).toMatchObject({ interest: 3 });
    expect(council!.interestReason).toMatch(/linked to 2 programmes on the register’s topics: .*Green IT \(Green IT\)/);
    // Moving today back moves the window: in mid-September only two meetings had been held.
    const [september] = await suggest(['body:socitm'], { today: '2026-09-30' });
    expect(september).toMatchObject({ recentInteractions: 2, lastContact: '2026-09-09' });
  });

  it('reads programme links valid on asOf: Richard Steel endorsed shared services in 2008 only', async () => {
    const [now] = await suggest(['person:richard-steel'], { asOf: '2020' });
    const [then] = await suggest(['person:richard-steel'], { asOf: '2008' });
    expect(now!.topicLinks).toEqual([]);
    expect(then!.topicLinks).toEqual([
      { topic: 'shared services', programmeId: 'programme:shared-services', programmeName: 'Shared services' },
    ]);
    expect(then!.networkSize).not.toBe(now!.networkSize);
  });

  it('names the bad argument and answers nothing', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ids: ['body:socitm', 'body:nowhere'] }, 'ids.1', /no entity with id "body:nowhere"/],
      [{ ids: ['body:socitm'], today: '7 Dec' }, 'today', /YYYY-MM-DD/],
      [{ ids: ['body:socitm'], asOf: 'last year' }, 'asOf', /./],
      [{ ids: Array.from({ length: 2001 }, (_, index) => `body:x${index}`) }, 'ids', /at most 2,000/],
    ];
    for (const [variables, field, message] of cases) {
      const error = await errorOf(app, SUGGEST, variables, as('editor'));
      expect(error, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message, field).toMatch(message);
    }
    expect(await errorOf(app, SUGGEST, { ids: ['body:socitm'] }, as('viewer'))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('becomes an assessment, attributed and with its reasons, when accepted through addAssessment', async () => {
    const [lgcc] = await suggest(['body:local-cio-council']);
    const note = `Accepted the atlas’s suggestion. Power ${lgcc!.power}: ${lgcc!.powerReason} Interest ${lgcc!.interest}: ${lgcc!.interestReason}`;
    const { addAssessment } = await data<{
      addAssessment: { power: number; interest: number; history: { stance: null; note: string; assessedBy: string }[] };
    }>(
      app,
      ACCEPT,
      {
        id: 'body:local-cio-council',
        input: { date: TODAY, power: lgcc!.power, interest: lgcc!.interest, note },
      },
      as('editor'),
    );
    // A suggestion says nothing of stance: the assessment records none rather than inventing one.
    expect(addAssessment).toMatchObject({ stance: null, power: lgcc!.power, interest: lgcc!.interest });
    expect(addAssessment.history.at(-1)).toMatchObject({
      stance: null,
      note,
      assessedBy: expect.stringMatching(/editor/),
    });
  });
});
