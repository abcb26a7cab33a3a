/**
 * Stance over time and follow-ups in the browser: the stance history chart (and recording an
 * assessment), the grid's movement arrows, and a follow-up logged with an interaction that shows
 * as overdue once "today" is moved past its due day, then closed with a note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../core/engagement-health.ts';
import { askApi, type Harness, openAtlas, startHarness } from './harness.ts';
import { openTool } from './tools.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const api = <T>(query: string, variables: Record<string, unknown> = {}) => askApi<T>(harness, query, variables);
const SHOTS = process.env.E2E_SCREENSHOTS;

async function assess(id: string, input: Record<string, unknown>) {
  await api(
    'mutation ($id: ID!, $input: AssessmentInput!) { addAssessment(entityId: $id, input: $input) { version } }',
    {
      id,
      input,
    },
  );
}

describe('stance over time', () => {
  it('draws the history as a chart, records a new assessment, and shows movement on the grid', async () => {
    await assess('body:lga', { date: '2026-01-10', stance: 'SCEPTIC', power: 3, interest: 2, note: 'Cool on it' });
    await assess('body:lga', { date: '2026-03-01', stance: 'SUPPORTER', power: 4, interest: 3 });
    const page = await openAtlas(harness, '?sel=body:lga');
    const chart = page.getByTestId('stance-history');
    await chart.waitFor();
    await expect.poll(() => chart.locator('circle').count()).toBe(2);
    expect(await chart.locator('svg').getAttribute('aria-label')).toMatch(/from Sceptic on 2026-01-10 to Supporter/);

    await page.getByText('Record an assessment').click();
    const form = page.getByTestId('assessment-form');
    await form.getByLabel('As of').fill('2026-06-01');
    await form.getByLabel('Stance').selectOption('CHAMPION');
    await form.getByLabel('Power').selectOption('5');
    await form.getByLabel('Interest').selectOption('4');
    await form.getByLabel('Note').fill('Spoke for us at the board');
    await form.getByRole('button', { name: 'Record assessment' }).click();
    await expect.poll(() => chart.locator('circle').count()).toBe(3);
    const { entity } = await api<{ entity: { engagement: { stance: string; history: { note: string | null }[] } } }>(
      '{ entity(id: "body:lga") { engagement { stance history { note } } } }',
    );
    expect(entity.engagement.stance).toBe('CHAMPION');
    expect(entity.engagement.history.at(-1)!.note).toBe('Spoke for us at the board');
    if (SHOTS)
      await page
        .getByTestId('engagement')
        .locator('..')
        .screenshot({ path: `${SHOTS}/stance-history.png` });

    // The grid: an arrow from where LGA stood on 1 February (power 3, interest 2) to now (5, 4).
    await page.getByRole('button', { name: 'Grid', exact: true }).click();
    await page.getByLabel('Movement since').fill('2026-02-01');
    await page.getByTestId('movement-body:lga').waitFor({ state: 'attached' });
    const label = await page.getByTestId('grid-item-body:lga').getAttribute('aria-label');
    expect(label).toMatch(/moved from power 3, interest 2 since 2026-02-01/);
    if (SHOTS) await page.getByTestId('grid-view').screenshot({ path: `${SHOTS}/grid-movement.png` });
    await page.close();
  });
});

describe('follow-ups', () => {
  it('logs an interaction with a follow-up, sees it overdue after moving today, and closes it with a note', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const due = addDays(today, 3);
    await api(
      'mutation { setEngagement(entityId: "person:jos-creese", expectedVersion: 0, input: { cadenceDays: 30 }) { version } }',
    );
    const page = await openAtlas(harness, '?sel=person:jos-creese');
    const form = page.getByTestId('interaction-form');
    await form.waitFor();
    await form.getByLabel('Summary').fill('Lunch with Jos about the manifesto');
    await form.getByRole('button', { name: 'Add a follow-up' }).click();
    const row = form.getByTestId('follow-up-row-0');
    await row.getByLabel('What').fill('Send Jos the briefing pack');
    await row.getByLabel('Due').fill(due);
    await form.getByRole('button', { name: 'Log interaction' }).click();
    await page.getByTestId('timeline').getByText('Send Jos the briefing pack').waitFor();
    await page
      .getByTestId('details-health')
      .getByText(/On track/)
      .waitFor();

    await openTool(page, 'Follow-ups');
    const panel = page.getByTestId('follow-ups-panel');
    await panel.getByTestId('open-follow-ups').getByText('Send Jos the briefing pack').waitFor();
    expect(await panel.getByTestId('overdue-follow-ups').count()).toBe(0);

    // Move "today" past the due day: the follow-up is overdue; 40 days on, so is the contact.
    await panel.getByLabel('Today').fill(addDays(today, 40));
    const overdue = panel.getByTestId('overdue-follow-ups');
    await overdue.getByText('Send Jos the briefing pack').waitFor();
    expect(await overdue.innerText()).toMatch(/Overdue/);
    await page
      .getByTestId('details-health')
      .getByText(/Contact overdue/)
      .waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/follow-ups-overdue.png` });

    await overdue.getByRole('button', { name: 'Close…' }).first().click();
    await overdue.getByLabel('What was done').fill('Sent by e-mail');
    await overdue.getByRole('button', { name: 'Close follow-up' }).click();
    await panel.getByText('Nothing overdue on').waitFor();
    const { followUps } = await api<{ followUps: { what: string }[] }>('{ followUps { what } }');
    expect(followUps.map((followUp) => followUp.what)).not.toContain('Send Jos the briefing pack');
    await page.close();
  });
});
