/** Engagement planning in the browser: the power/interest grid, the engagement log and warm routes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askApi, type Harness, openAtlas, snapshot, startHarness, waitForMap } from './harness.ts';
import { openTool } from './tools.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const api = <T>(query: string, variables: Record<string, unknown> = {}) => askApi<T>(harness, query, variables);

interface ProfileRow {
  power: number | null;
  interest: number | null;
  stance: string | null;
  quadrant: string | null;
  version: number;
}

async function profile(id: string): Promise<ProfileRow | null> {
  const data = await api<{ entity: { engagement: ProfileRow | null } }>(
    'query ($id: ID!) { entity(id: $id) { engagement { power interest stance quadrant version } } }',
    { id },
  );
  return data.entity.engagement;
}

async function setProfile(id: string, input: Record<string, unknown>): Promise<void> {
  const version = (await profile(id))?.version ?? 0;
  await api(
    'mutation ($id: ID!, $v: Int!, $input: EngagementInput!) { setEngagement(entityId: $id, expectedVersion: $v, input: $input) { version } }',
    { id, v: version, input },
  );
}

async function pick(page: Page, label: string, text: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

describe('power/interest grid', () => {
  it('moves a stakeholder to another cell by dragging and by the arrow keys, and shares the selection', async () => {
    await setProfile('body:socitm', { power: 2, interest: 2, stance: 'SUPPORTER', owner: 'Grid test' });
    const page = await openAtlas(harness);
    await page.getByRole('button', { name: 'Grid', exact: true }).click();
    const item = page.getByTestId('grid-item-body:socitm');
    await page.getByTestId('cell-2-2').getByTestId('grid-item-body:socitm').waitFor();
    await expect(item.getAttribute('aria-label')).resolves.toMatch(/power 2, interest 2, Monitor/);

    // Drag it to power 5, interest 5 (top right).
    const from = (await item.boundingBox())!;
    const to = (await page.getByTestId('cell-5-5').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2 - 20, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();
    await page.getByTestId('cell-5-5').getByTestId('grid-item-body:socitm').waitFor();
    await expect
      .poll(() => profile('body:socitm'))
      .toMatchObject({ power: 5, interest: 5, quadrant: 'MANAGE_CLOSELY' });

    // Keyboard: ArrowLeft lowers interest by one.
    await page.getByTestId('grid-item-body:socitm').focus();
    await page.keyboard.press('ArrowLeft');
    await page.getByTestId('cell-5-4').getByTestId('grid-item-body:socitm').waitFor();
    await expect.poll(() => profile('body:socitm')).toMatchObject({ power: 5, interest: 4 });

    // Selecting in the grid selects on the map and opens the details.
    await page.getByTestId('grid-item-body:socitm').click();
    await page.getByRole('heading', { name: 'Socitm', level: 2 }).waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).toBe('body:socitm');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await waitForMap(page, (map) => map.selected.includes('body:socitm'), 'Socitm selected on the map');
    // The legend names the stance rings on the map.
    await page.getByRole('list', { name: 'Stance rings' }).getByText('Supporter').waitFor();
    await page.close();
  });
});

describe('engagement log', () => {
  it('logs an interaction and shows it at the top of the timeline', async () => {
    await api('mutation ($input: InteractionInput!) { logInteraction(input: $input) { id } }', {
      input: {
        kind: 'CALL',
        date: '2020-01-15',
        participants: ['person:jos-creese'],
        summary: 'An older call about shared services',
      },
    });
    const page = await openAtlas(harness, '?sel=person:jos-creese');
    const form = page.getByTestId('interaction-form');
    await form.waitFor();
    await form.getByLabel('Kind').selectOption('MEETING');
    await form.getByLabel('Date').fill('2024-03-02');
    await pick(page, 'Add a participant', 'Socitm', /^Socitm/);
    await form.getByLabel('Summary').fill('Coffee with Jos about the LGA digital board');
    await form.getByRole('button', { name: 'Add a follow-up' }).click();
    await form.getByTestId('follow-up-row-0').getByLabel('What').fill('Send the briefing note');
    await form.getByRole('button', { name: 'Log interaction' }).click();

    const timeline = page.getByTestId('timeline');
    await timeline.getByText('Coffee with Jos about the LGA digital board').waitFor();
    const items = await timeline.locator(':scope > li').allTextContents();
    expect(items[0]).toContain('2024-03-02');
    expect(items[0]).toContain('with Socitm');
    expect(items[0]).toContain('Send the briefing note');
    expect(items.findIndex((text) => text.includes('An older call'))).toBeGreaterThan(0);
    await page.close();
  });

  it('suggests a power score from the network, with its reason, which one click puts in the form', async () => {
    // A profile without a power score, of a stakeholder no other test here touches.
    await setProfile('body:solace', { interest: 3, power: null });
    const page = await openAtlas(harness, '?sel=body:solace');
    const suggestion = page.getByTestId('suggested-power');
    await suggestion.waitFor();
    const power = (await suggestion.locator('strong').innerText()).trim();
    expect(power).toMatch(/^[1-5]$/);
    expect(await suggestion.innerText()).toMatch(/PageRank/i);
    await suggestion.getByRole('button', { name: 'Use suggestion' }).click();
    await expect.poll(() => page.getByTestId('profile-editor').getByLabel('Power').inputValue()).toBe(power);
    await page.close();
  });

  it('shows an input error next to its field', async () => {
    const page = await openAtlas(harness, '?sel=person:jos-creese');
    const form = page.getByTestId('interaction-form');
    await form.waitFor();
    await form.getByRole('button', { name: 'Log interaction' }).click(); // empty summary
    const summary = form.getByLabel('Summary');
    await expect.poll(() => summary.getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });
});

describe('warm routes', () => {
  it('routes around a stakeholder marked as an opponent', async () => {
    await setProfile('body:socitm', { stance: 'OPPONENT' });
    const page = await openAtlas(harness);
    await openTool(page, 'Warm routes');
    await pick(page, 'From (us)', 'Martin Ferguson', /^Martin Ferguson/);
    await pick(page, 'Reach', 'Dylan Roberts', /^Dylan Roberts/);
    // In 2016 Martin Ferguson both worked at Socitm and endorsed the Local Digital Coalition.
    await page.getByLabel('Valid on (blank: today)').fill('2016-06-01');
    const onPath = async () =>
      (await snapshot(page)).nodes.filter((node) => node.classes.includes('on-path')).map((node) => node.id);

    // Without avoiding opponents the cheapest route goes through Socitm.
    await page.getByRole('button', { name: 'Find warm routes' }).click();
    await page.getByTestId('warm-route-list').waitFor();
    await waitForMap(page, (map) => map.nodes.some((node) => node.classes.includes('on-path')), 'a warm route');
    expect(await onPath()).toContain('body:socitm');

    await page.getByRole('checkbox', { name: 'Opponent' }).check();
    await page.getByRole('button', { name: 'Find warm routes' }).click();
    const list = page.getByTestId('warm-route-list').or(page.getByTestId('no-warm-route'));
    await list.waitFor();
    await waitForMap(
      page,
      (map) => !map.nodes.some((node) => node.id === 'body:socitm' && node.classes.includes('on-path')),
      'Socitm off the route',
    );
    const sentences = await page.getByTestId('warm-routes').locator('.hop-sentence').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence).not.toMatch(/Socitm/);
    // Every hop explains itself.
    const hops = await page.getByTestId('warm-hop').allTextContents();
    expect(hops.length).toBeGreaterThan(0);
    for (const hop of hops) expect(hop.length).toBeGreaterThan(20);
    await page.close();
  });

  it('walks an ended role only when asked, and then says it is former, with its dates', async () => {
    const page = await openAtlas(harness);
    await openTool(page, 'Warm routes');
    await pick(page, 'From (us)', 'Richard Steel', /^Richard Steel/);
    await pick(page, 'Reach', 'Jos Creese', /^Jos Creese/);
    await page.getByRole('button', { name: 'Find warm routes' }).click();
    // Today: Jos Creese's roles have all ended.
    await page.getByTestId('no-warm-route').waitFor();
    await page.getByRole('checkbox', { name: 'Include former relationships' }).check();
    await page.getByRole('button', { name: 'Find warm routes' }).click();
    const list = page.getByTestId('warm-route-list');
    await list.waitFor();
    const hops = await list.locator('li.route').first().getByTestId('warm-hop').allTextContents();
    expect(hops.some((hop) => /Jos Creese/.test(hop) && /former/.test(hop))).toBe(true);
    expect(hops.every((hop) => /\d{4}/.test(hop))).toBe(true);
    await page.close();
  });
});
