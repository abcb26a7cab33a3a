/**
 * Suggested positions in the browser: the grid's "Suggest positions for all in view" places every
 * stakeholder in view without a position as a dashed suggestion with its reasons on hover and
 * focus; Enter on one (and a click on another) accepts it as an assessment, which the register,
 * the API and the stakeholder's history then show, attributed, with the reasons as its note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../core/engagement-health.ts';
import { askApi, type Harness, openAtlas, startHarness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const api = <T>(query: string, variables: Record<string, unknown> = {}) => askApi<T>(harness, query, variables);
const SHOTS = process.env.E2E_SCREENSHOTS;
const today = new Date().toISOString().slice(0, 10);

interface Suggested {
  power: number;
  interest: number;
  powerReason: string;
  interestReason: string;
}
async function suggestionFor(id: string): Promise<Suggested> {
  const { suggestedPositions } = await api<{ suggestedPositions: Suggested[] }>(
    'query ($ids: [ID!]!) { suggestedPositions(ids: $ids) { power interest powerReason interestReason } }',
    { ids: [id] },
  );
  return suggestedPositions[0]!;
}
type History = { stance: string | null; power: number; interest: number; note: string; assessedBy: string }[];
async function historyOf(id: string): Promise<History> {
  const { entity } = await api<{ entity: { engagement: { history: History } | null } }>(
    'query ($id: ID!) { entity(id: $id) { engagement { history { stance power interest note assessedBy } } } }',
    { id },
  );
  return entity.engagement?.history ?? [];
}

describe('suggested positions', () => {
  it('suggests a position for everyone in view and accepts one from the keyboard and one by a click', async () => {
    // The register tracks two topics; the council (linked to Green IT and Shared services) was met thrice lately.
    await api(
      'mutation { setEngagement(entityId: "body:solace", expectedVersion: 0, input: { power: 4, interest: 4, stance: SUPPORTER, topics: ["Green IT", "shared services"] }) { version } }',
    );
    for (const days of [3, 20, 45]) {
      await api('mutation ($input: InteractionInput!) { logInteraction(input: $input) { id } }', {
        input: {
          kind: 'MEETING',
          date: addDays(today, -days),
          participants: ['body:local-cio-council'],
          summary: `Council catch-up ${days} days ago`,
        },
      });
    }
    const expected = await suggestionFor('body:local-cio-council');
    expect(expected.interest).toBe(5);

    const page = await openAtlas(harness);
    await page.getByRole('button', { name: 'Grid', exact: true }).click();
    await page.getByLabel('Suggest positions for all in view').check();
    const council = page.getByTestId('suggested-body:local-cio-council');
    await council.waitFor();
    await page
      .getByTestId('suggestions-note')
      .getByText(/suggested positions for stakeholders in view/)
      .waitFor();
    const cell = council.locator('xpath=ancestor::*[@data-cell]');
    expect([await cell.getAttribute('data-power'), await cell.getAttribute('data-interest')]).toEqual([
      String(expected.power),
      String(expected.interest),
    ]);
    // Dashed and hollow, unlike an assessed stakeholder.
    const style = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const computed = getComputedStyle(element);
        return { border: computed.borderTopStyle, background: computed.backgroundColor };
      });
    expect(await style('[data-testid="suggested-body:local-cio-council"]')).toEqual({
      border: 'dashed',
      background: 'rgba(0, 0, 0, 0)',
    });
    expect((await style('[data-testid="grid-item-body:solace"]')).border).toBe('solid');
    expect(await page.getByTestId('grid-item-body:solace').count()).toBe(1);
    expect(await page.getByTestId('suggested-body:solace').count()).toBe(0);

    // The reasons on focus (and hover), in words.
    const reasons = page.locator('#suggested-reasons-body-local-cio-council');
    expect(await reasons.isVisible()).toBe(false);
    await council.focus();
    await reasons.waitFor({ state: 'visible' });
    const text = await reasons.innerText();
    expect(text).toMatch(/^Local CIO Council: suggested/);
    expect(text).toMatch(/Power \d: Ranked \d+(st|nd|rd|th) of \d+ by influence/);
    expect(text).toMatch(
      /Interest 5: 3 interactions in the last 90 days .*linked to 2 programmes on the register’s topics/,
    );
    if (SHOTS) await page.getByTestId('grid-view').screenshot({ path: `${SHOTS}/grid-suggestions.png` });

    // Enter accepts: the suggestion becomes the council's assessed place, and the focus follows it.
    await page.keyboard.press('Enter');
    const placed = page.getByTestId('grid-item-body:local-cio-council');
    await placed.waitFor();
    await council.waitFor({ state: 'detached' });
    await expect.poll(() => placed.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByTestId('grid-status').innerText()).toMatch(/Local CIO Council: suggestion accepted/);
    const [accepted] = (await historyOf('body:local-cio-council')).slice(-1);
    expect(accepted).toMatchObject({ stance: null, power: expected.power, interest: 5 });
    expect(accepted!.note).toContain(expected.powerReason);
    expect(accepted!.note).toContain(expected.interestReason);
    expect(accepted!.assessedBy).not.toBe('');

    // One click accepts another; its history (in the details panel) shows the assessment.
    const socitm = await suggestionFor('body:socitm');
    await page.getByTestId('suggested-body:socitm').click();
    await page.getByTestId('grid-item-body:socitm').click();
    const history = page.getByTestId('stance-history');
    await history.getByText(/Accepted the atlas’s suggestion/).waitFor();
    expect(await history.locator('li').first().innerText()).toContain(
      `stance unknown, power ${socitm.power}, interest ${socitm.interest}`,
    );
    expect(await historyOf('body:socitm')).toHaveLength(1);
    await page.close();
  }, 120_000); // several round trips in one story: more than the default minute on a loaded machine
});
