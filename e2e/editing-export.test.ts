/** Signing in with a token, editing a relationship someone else changed first, and the plan export. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readConfig } from '../server/config.ts';
import { freePort } from '../server/launcher/ports.ts';
import { startAtlas, type Atlas } from '../server/runtime.ts';
import { CLIENT_DIST } from '../server/build/client.ts';
import { VIEWPORT } from './harness-browser.ts';
import { askApi, type Harness, openAtlas, startHarness } from './harness.ts';

const EDITOR_TOKEN = 'editor-token-0123456789abcdef';
const VIEWER_TOKEN = 'viewer-token-0123456789abcdef';

let harness: Harness;
/** A second app on the same database that asks for bearer tokens. */
let guarded: Atlas;
beforeAll(async () => {
  harness = await startHarness();
  const config = readConfig({
    PORT: String(await freePort()),
    NEO4J_URI: inject('neo4jUri'),
    AUTH_TOKENS: `editor:${EDITOR_TOKEN},viewer:${VIEWER_TOKEN}`,
  });
  guarded = await startAtlas(config, { log: () => {}, clientDir: CLIENT_DIST });
  // As a load balancer would: pages only once /ready says ready (warm-up done).
  await guarded.warmedUp;
});
afterAll(async () => {
  await guarded?.stop();
  await harness?.stop();
});

const api = <T>(query: string, variables: Record<string, unknown> = {}) => askApi<T>(harness, query, variables);

const REL = 'rel:martin-ferguson-holds-role-at-socitm';

async function relationship(): Promise<{ version: number; role: string | null }> {
  const data = await api<{ neighbourhood: { edges: { id: string; version: number; role: string | null }[] } }>(
    'query { neighbourhood(id: "person:martin-ferguson", depth: 1) { edges { id version role } } }',
  );
  return data.neighbourhood.edges.find((edge) => edge.id === REL)!;
}

describe('editing', () => {
  it('shows a conflict dialog when someone else changed the relationship first, and reloads theirs', async () => {
    const page = await openAtlas(harness, `?sel=${REL}`);
    await page.getByTestId('relationship-details').waitFor();
    await page.getByRole('button', { name: 'Edit relationship' }).click();
    const editor = page.getByTestId('relationship-editor');
    await editor.waitFor();
    await editor.getByLabel('Role', { exact: true }).fill('Mine: past president');

    // Someone else saves first.
    const before = await relationship();
    await api(
      'mutation ($id: ID!, $v: Int!) { updateRelationship(id: $id, expectedVersion: $v, input: { role: "Theirs: president" }) { version } }',
      { id: REL, v: before.version },
    );

    await editor.getByRole('button', { name: 'Save relationship' }).click();
    const dialog = page.getByTestId('conflict-dialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/Someone else changed this relationship first/);
    // Nothing of mine was saved.
    expect((await relationship()).role).toBe('Theirs: president');

    await dialog.getByRole('button', { name: 'Reload their version' }).click();
    await expect.poll(() => editor.getByLabel('Role', { exact: true }).inputValue()).toBe('Theirs: president');
    await page.close();
  });

  it('shows an input error next to the citation field the API names', async () => {
    const page = await openAtlas(harness, `?sel=${REL}`);
    await page.getByRole('button', { name: 'Edit relationship' }).click();
    const editor = page.getByTestId('relationship-editor');
    await editor.getByRole('button', { name: 'Add a citation' }).click();
    const groups = editor.getByRole('group', { name: /^Citation \d+$/ });
    const last = groups.last();
    await last.getByLabel('Quote').fill('A quote without a source');
    await editor.getByRole('button', { name: 'Save relationship' }).click();
    await expect.poll(() => last.locator('select').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });
});

describe('creating', () => {
  it('creates a cited relationship from the selected stakeholder, with input errors by field first', async () => {
    const page = await openAtlas(harness, '?sel=person:jos-creese');
    await page.getByRole('button', { name: 'Add a relationship…' }).click();
    const form = page.getByTestId('create-relationship');
    await form.waitFor();
    const type = form.locator('select').first();
    // No type yet: the API names the field.
    await form.getByRole('button', { name: 'Create relationship' }).click();
    await expect.poll(() => type.getAttribute('aria-invalid')).toBe('true');

    await type.selectOption('ADVISES');
    await form.getByRole('combobox', { name: 'To', exact: true }).fill('LGA');
    await page.getByRole('option', { name: /^LGA/ }).first().click();
    const citation = form.getByRole('group', { name: 'Citation 1' });
    await citation.locator('select').selectOption('source:socitm-lcioc-purpose');
    // The quote must occur in the source's text.
    await citation.getByLabel('Quote').fill('Identify and influence national groups and programmes');
    await form.getByRole('button', { name: 'Create relationship' }).click();

    await page.getByTestId('relationship-details').waitFor();
    const id = new URL(page.url()).searchParams.get('sel');
    expect(id).toMatch(/^rel:/);
    const data = await api<{ neighbourhood: { edges: { id: string; type: string; target: string }[] } }>(
      'query { neighbourhood(id: "person:jos-creese", depth: 1) { edges { id type target } } }',
    );
    expect(data.neighbourhood.edges.find((edge) => edge.id === id)).toMatchObject({
      type: 'ADVISES',
      target: 'body:lga',
    });
    await page.close();
  });
});

describe('editing stakeholders', () => {
  it('saves a new description, and marks an empty name on its field', async () => {
    const page = await openAtlas(harness, '?sel=body:bcs');
    await page.getByRole('button', { name: 'Edit stakeholder' }).click();
    const form = page.getByTestId('entity-editor');
    await form.waitFor();
    const name = form.locator('input').first();
    await name.fill('');
    await form.getByRole('button', { name: 'Save stakeholder' }).click();
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');

    await name.fill('BCS');
    await form.locator('textarea').first().fill('The Chartered Institute for IT, edited in the browser test.');
    await form.getByRole('button', { name: 'Save stakeholder' }).click();
    await page.getByText('Stakeholder saved.').waitFor();
    const data = await api<{ entity: { description: string } }>('query { entity(id: "body:bcs") { description } }');
    expect(data.entity.description).toBe('The Chartered Institute for IT, edited in the browser test.');
    await page.getByTestId('entity-details').getByText('edited in the browser test').waitFor();
    await page.close();
  });
});

describe('tokens and the plan export', () => {
  it('asks for a token, shows editors the grid, and downloads the register as CSV with the token', async () => {
    const current = await api<{ entity: { engagement: { version: number } | null } }>(
      'query { entity(id: "body:lga") { engagement { version } } }',
    );
    await api(
      'mutation ($v: Int!) { setEngagement(entityId: "body:lga", expectedVersion: $v, input: { owner: "=Export test", power: 4, interest: 5, stance: CHAMPION, nextAction: "Brief the board", nextActionDue: "2030-01-31" }) { version } }',
      { v: current.entity.engagement?.version ?? 0 },
    );
    const page = await harness.browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce', acceptDownloads: true });
    await page.goto(`${guarded.url}/`);
    await page.getByText('This atlas needs a bearer token').waitFor();
    await page.getByLabel('Bearer token').fill(EDITOR_TOKEN);
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Grid', exact: true }).click();

    const plan = page.getByTestId('plan');
    await plan.getByRole('row', { name: /^LGA/ }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      plan.getByRole('button', { name: 'Download register (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.split('\r\n');
    expect(header).toBe(
      '"id","name","kind","owner","power","interest","quadrant","stance","objectives","topics","next action","due","contact every (days)","last contact","next contact due","health"',
    );
    const lga = rows.find((row) => row.startsWith('"body:lga"'));
    // A cell that a spreadsheet would run as a formula comes back defused.
    expect(lga).toContain(`"'=Export test"`);
    await page.close();

    // A viewer sees the map but not the grid.
    const viewer = await harness.browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    await viewer.goto(`${guarded.url}/`);
    await viewer.getByLabel('Bearer token').fill(VIEWER_TOKEN);
    await viewer.getByRole('button', { name: 'Use token' }).click();
    await viewer.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 30_000 });
    await viewer.locator('[data-testid="sign-in"][data-role="viewer"]').waitFor();
    expect(await viewer.getByRole('button', { name: 'Grid', exact: true }).count()).toBe(0);
    await viewer.close();
  });
});
