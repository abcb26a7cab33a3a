/**
 * The engagement views for `npm run screenshots` (e2e/screenshots.ts): example history,
 * interactions and follow-ups on its own instance, then the grid with movement arrows and
 * suggestions, the stance history, overdue follow-ups, the register with health, interlocks in a
 * body's details, and a warm route with a former step.
 */
import type { Page } from 'playwright-core';
import { addDays } from '../core/engagement-health.ts';
import { openTool } from './tools.ts';

type Shoot = (page: Page, name: string) => Promise<void>;

const today = new Date().toISOString().slice(0, 10);

async function ask<T = unknown>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data;
}

/** Changes a profile at the version it has now. */
async function setProfile(url: string, id: string, input: Record<string, unknown>): Promise<void> {
  const { entity } = await ask<{ entity: { engagement: { version: number } | null } }>(
    url,
    'query ($id: ID!) { entity(id: $id) { engagement { version } } }',
    { id },
  );
  await ask(
    url,
    'mutation ($id: ID!, $v: Int!, $input: EngagementInput!) { setEngagement(entityId: $id, expectedVersion: $v, input: $input) { version } }',
    { id, v: entity.engagement?.version ?? 0, input },
  );
}

/** Earlier positions, contact cadences, topics, interactions and follow-ups (one overdue), relative to today. */
export async function seedEngagementExamples(url: string): Promise<void> {
  const assess =
    'mutation ($id: ID!, $input: AssessmentInput!) { addAssessment(entityId: $id, input: $input) { version } }';
  const earlier: [string, string, string, number, number, string][] = [
    ['body:lga', addDays(today, -150), 'SCEPTIC', 3, 2, 'Wary of the manifesto'],
    ['body:lga', addDays(today, -60), 'NEUTRAL', 4, 2, 'Warmer after the conference'],
    ['person:jos-creese', addDays(today, -120), 'NEUTRAL', 3, 2, 'First conversation'],
    ['body:socitm', addDays(today, -100), 'SUPPORTER', 4, 4, 'Co-hosted the roundtable'],
  ];
  for (const [id, date, stance, power, interest, note] of earlier) {
    await ask(url, assess, { id, input: { date, stance, power, interest, note } });
  }
  await setProfile(url, 'body:socitm', { cadenceDays: 30, topics: ['Green IT', 'shared services'] });
  await setProfile(url, 'person:jos-creese', { cadenceDays: 30 });
  await setProfile(url, 'body:lga', { cadenceDays: 60 });
  const log = 'mutation ($input: InteractionInput!) { logInteraction(input: $input) { id } }';
  await ask(url, log, {
    input: {
      kind: 'MEETING',
      date: addDays(today, -10),
      participants: ['person:jos-creese', 'body:hampshire-county-council'],
      summary: 'Lunch with Jos about the manifesto',
      followUps: [
        { what: 'Send Jos the briefing pack', due: addDays(today, -3) },
        { what: 'Invite Jos to the January roundtable', due: addDays(today, 20) },
      ],
    },
  });
  await ask(url, log, {
    input: {
      kind: 'CALL',
      date: addDays(today, -40),
      participants: ['body:socitm'],
      summary: 'Call with the Socitm policy lead',
      followUps: [{ what: 'Share the evidence pack with Socitm', due: addDays(today, -12) }],
    },
  });
}

export async function captureEngagementViews(page: Page, url: string, shoot: Shoot): Promise<void> {
  // The grid: movement since 90 days ago, and suggestions for everyone else, one focused.
  await page.goto(`${url}/?view=grid`);
  await page.getByTestId('grid-view').waitFor();
  await page.getByLabel('Movement since').fill(addDays(today, -90));
  await page.getByLabel('Suggest positions for all in view').check();
  const suggestion = page.locator('[data-cell][data-power="5"] [data-testid^="suggested-"]').first();
  await suggestion.waitFor({ timeout: 120_000 });
  await suggestion.focus();
  await page.waitForTimeout(400);
  await shoot(page, 'grid-suggestions');

  await page.getByTestId('plan').scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await shoot(page, 'register-health');

  await page.goto(`${url}/?sel=body:lga`);
  const history = page.getByTestId('stance-history');
  await history.waitFor({ timeout: 60_000 });
  await history.scrollIntoViewIfNeeded();
  await page.waitForTimeout(600);
  await shoot(page, 'stance-history');

  await page.goto(`${url}/?sel=person:jos-creese`);
  await openTool(page, 'Follow-ups');
  await page.getByTestId('overdue-follow-ups').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(600);
  await shoot(page, 'follow-ups-overdue');

  await page.goto(`${url}/?sel=body:local-cio-council&asof=2012`);
  const pair = page.getByTestId('shared-people').getByRole('button', { name: /^Hampshire County Council: 1 person/ });
  await pair.waitFor({ timeout: 60_000 });
  await pair.scrollIntoViewIfNeeded();
  await pair.click();
  await page.waitForTimeout(1_200);
  await shoot(page, 'interlocks');

  // Today, Hampshire reaches Dylan Roberts only through Jos Creese's chair of the council, which ended in 2016.
  await page.goto(url);
  await openTool(page, 'Warm routes');
  for (const [label, name] of [
    ['From (us)', 'Hampshire County Council'],
    ['Reach', 'Dylan Roberts'],
  ] as const) {
    await page.getByRole('combobox', { name: label, exact: true }).fill(name);
    await page
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .first()
      .click();
  }
  await page.getByLabel('Include former relationships').check();
  await page.getByRole('button', { name: 'Find warm routes' }).click();
  const former = page.locator('[data-testid="warm-hop"].former').first();
  await former.waitFor({ timeout: 60_000 });
  await former.scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await shoot(page, 'warm-routes-former');
}
