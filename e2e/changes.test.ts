/**
 * What changed, in Chromium against the real server: the Changes view lists a scripted history in
 * words, the period's difference as a list and on the map (gained, ended, edited marked on the very
 * elements), a stakeholder's history with its citations, and the map as recorded the day before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askApi, openAtlas, startHarness, waitForMap, type Harness } from './harness.ts';

let harness: Harness;

const CITE = {
  source: 'source:socitm-local-digital-coalition',
  quote: 'have welcomed the collaboration between itself, SOLACE',
};
const GAINED = 'rel:socitm-briefs-lga';
const EDITED = 'rel:socitm-member-of-local-digital-coalition';
const ENDED = 'rel:socitm-liaises-with-bcs';

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function versionOf(id: string): Promise<number> {
  const { neighbourhood } = await askApi<{ neighbourhood: { edges: { id: string; version: number }[] } }>(
    harness,
    'query { neighbourhood(id: "body:socitm", limitPerNode: 500) { edges { id version } } }',
  );
  return neighbourhood.edges.find((edge) => edge.id === id)!.version;
}

/** Screenshots for docs/ when E2E_SCREENSHOTS names a folder (never in CI). */
async function picture(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

beforeAll(async () => {
  harness = await startHarness();
  await askApi(harness, 'mutation ($input: RelationshipInput!) { createRelationship(input: $input) { id } }', {
    input: {
      id: GAINED,
      type: 'BRIEFS',
      from: 'body:socitm',
      to: 'body:lga',
      dateBasis: 'SOURCE_DATE',
      confidence: 0.6,
      citations: [CITE],
    },
  });
  await askApi(
    harness,
    'mutation ($id: ID!, $v: Int!) { updateRelationship(id: $id, expectedVersion: $v, input: { confidence: 1 }) { id } }',
    { id: EDITED, v: await versionOf(EDITED) },
  );
  await askApi(
    harness,
    'mutation ($id: ID!, $v: Int!) { retireRelationship(id: $id, expectedVersion: $v, reason: "an aim, not a link") { id } }',
    { id: ENDED, v: await versionOf(ENDED) },
  );
}, 600_000);
afterAll(async () => {
  await harness?.stop();
});

describe('what changed', () => {
  it('lists the changes in words and the difference over the period, then marks it on the map', async () => {
    const page = await openAtlas(harness);
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Changes' }).click();
    expect(page.url()).toContain('view=changes');
    const view = page.getByTestId('changes-view');
    await view.getByTestId('change-line').nth(2).waitFor();
    const lines = await view.getByTestId('change-line').allInnerTexts();
    expect(lines[0]).toMatch(/^\S+ added Socitm → (Local Government Association|LGA), BRIEFS/);
    expect(lines[1]).toMatch(/edited Socitm → Local Digital Coalition, MEMBER_OF[\s\S]*confidence 0\.8 → 1/);
    expect(lines[2]).toMatch(/retired Socitm → BCS.*, LIAISES_WITH[\s\S]*Reason: an aim, not a link/);

    const diff = page.getByTestId('network-diff');
    await diff.getByTestId('diff-line').nth(2).waitFor();
    const diffLines = await diff.getByTestId('diff-line').allInnerTexts();
    // In order of each relationship's first change.
    expect(diffLines.map((line) => line.split(/\s/)[0])).toEqual(['GAINED', 'EDITED', 'ENDED']);
    expect(diffLines.join('\n')).toMatch(/GAINED\s+Socitm → .*BRIEFS/);
    expect(diffLines.join('\n')).toMatch(/ENDED\s+Socitm → BCS.*LIAISES_WITH/);
    expect(diffLines.join('\n')).toMatch(/EDITED\s+Socitm → Local Digital Coalition, MEMBER_OF/);
    await picture(page, 'changes-view');

    await diff.getByTestId('diff-on-map').click();
    const marked = await waitForMap(
      page,
      (map) =>
        ['diff-gained', 'diff-edited', 'diff-ended'].every((mark) =>
          map.edges.some((edge) => edge.classes.includes(mark)),
        ),
      'the period marked on the map',
      30_000,
    );
    const markOf = (id: string) =>
      marked.edges.find((edge) => edge.id === id)?.classes.filter((name) => name.startsWith('diff-'));
    expect(markOf(GAINED)).toEqual(['diff-gained']);
    expect(markOf(EDITED)).toEqual(['diff-edited']);
    // Retired, so no longer in the network: drawn from its last version, dashed red.
    expect(markOf(ENDED)).toEqual(['diff-ended']);
    expect(await page.getByTestId('diff-notice').innerText()).toMatch(/1 gained\s+1 ended\s+1 edited/);
    // This week, to today: the address carries the period.
    expect(page.url()).toMatch(/[?&]diff=\d{4}-\d{2}-\d{2}\.\.(&|$)/);
    await picture(page, 'changes-diff-map');

    await page.getByTestId('diff-notice').getByRole('button', { name: 'Clear' }).click();
    await waitForMap(
      page,
      (map) => !map.edges.some((edge) => edge.classes.some((name) => name.startsWith('diff-'))),
      'marks cleared',
    );
    await page.close();
  });

  it("shows a stakeholder's history with who changed it and the citations it was made with", async () => {
    const page = await openAtlas(harness, '?sel=body:socitm');
    const history = page.getByTestId('history');
    await history.locator('summary').click();
    await history.getByTestId('change-line').nth(2).waitFor();
    const first = await history.getByTestId('change-line').first().innerText();
    expect(first).toMatch(/^\S+ added Socitm → .*BRIEFS/);
    expect(first).toContain(CITE.quote);
    expect(first).toContain(CITE.source);
    await page.close();
  });

  it('shows the map as recorded the day before: without what was added today, with what was retired', async () => {
    const page = await openAtlas(harness, `?recorded=${yesterday()}`);
    await page.getByTestId('recorded-notice').waitFor();
    const then = await waitForMap(page, (map) => map.edges.some((edge) => edge.id === ENDED), 'the retired link back');
    expect(then.edges.map((edge) => edge.id)).not.toContain(GAINED);
    await page
      .getByTestId('recorded-notice')
      .getByRole('button', { name: /Back to today/ })
      .click();
    const now = await waitForMap(page, (map) => map.edges.some((edge) => edge.id === GAINED), "today's record");
    expect(now.edges.map((edge) => edge.id)).not.toContain(ENDED);
    await page.close();
  });

  // Last: it restores the retired link the tests above expect retired.
  it('undoes a retirement from the Changes view: the link is back, and the undo is a change of its own', async () => {
    const page = await openAtlas(harness);
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Changes' }).click();
    const view = page.getByTestId('changes-view');
    const retirement = view.locator('[data-testid="change-line"][data-action="retireRelationship"]');
    await retirement.waitFor();
    const seq = await retirement.getAttribute('data-seq');
    await retirement.getByRole('button', { name: `Undo change ${seq}` }).click();
    await retirement.getByText('Undone').waitFor();
    expect(await versionOf(ENDED)).toBeGreaterThan(0);
    await view.locator('[data-testid="change-line"][data-action="restoreRelationship"]').waitFor();
    await page.close();
  });
});
