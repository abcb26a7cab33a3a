/**
 * `npm run screenshots`: starts Stakeholder Atlas on spare ports with a throwaway Neo4j and the
 * seed, then saves PNGs of the main views into docs/screenshots/; then imports the synthetic
 * national network (core/synthetic/national.ts) and saves its overview, a focused neighbourhood, the
 * map by community and the community overview.
 * `npm run screenshots -- --url http://localhost:4000` uses a running instance instead (the national
 * pictures only when it holds a network of 10,000 stakeholders or more; the UK councils layer is
 * then only checked, never imported). `--only import,layers` takes only the groups named (seed,
 * engagement, import, national, layers). Last, on its own instance, it imports the UK councils layer
 * from the Import dialog and shows a council's identifiers in the stakeholder editor.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CLIENT_DIST, ensureClientBuilt } from '../server/build/client.ts';
import { readConfig } from '../server/config.ts';
import { freePort } from '../server/launcher/ports.ts';
import { startAtlas, type Atlas } from '../server/runtime.ts';
import { seedIfEmpty } from '../server/import/seed.ts';
import { importGraph } from '../server/repositories/graph-import.ts';
import { entitySchema, relationshipSchema, sourceSchema } from '../core/records.ts';
import { generateNational } from '../core/synthetic/national.ts';
import { VIEWPORT, launchChromium } from './harness-browser.ts';
import { captureEngagementViews, seedEngagementExamples } from './screenshots-engagement.ts';
import { captureImport, captureLayers } from './screenshots-import.ts';
import { log, OUT, ready, shoot } from './screenshot-camera.ts';
import { openTool } from './tools.ts';

async function startOwnAtlas(): Promise<{
  url: string;
  importNational: () => Promise<void>;
  stop: () => Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-screenshots-'));
  process.env.NODE_ENV = 'production';
  await ensureClientBuilt(log);
  const config = readConfig({
    PORT: String(await freePort()),
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_DATA_DIR: dataDir,
  });
  const atlas: Atlas = await startAtlas(config, { log, clientDir: CLIENT_DIST, seedIfEmpty });
  return {
    url: atlas.url,
    importNational: async () => {
      log('importing the synthetic national network...');
      const network = generateNational('national', 1);
      await importGraph(
        atlas.database.executor,
        {
          sources: network.sources.map((source) => sourceSchema.parse(source)),
          entities: network.entities.map((entity) => entitySchema.parse(entity)),
          relationships: network.relationships.map((relationship) => relationshipSchema.parse(relationship)),
        },
        { actor: 'screenshots' },
      );
    },
    stop: async () => {
      await atlas.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Example engagement profiles, so the grid and the rings have something to show (own instance only). */
const EXAMPLE_PROFILES: [string, Record<string, unknown>][] = [
  [
    'body:socitm',
    {
      owner: 'Priya',
      power: 5,
      interest: 5,
      stance: 'OPPONENT',
      nextAction: 'Agree joint briefing',
      nextActionDue: '2026-12-04',
    },
  ],
  [
    'body:lga',
    {
      owner: 'Sam',
      power: 5,
      interest: 3,
      stance: 'NEUTRAL',
      nextAction: 'Ask for a board slot',
      nextActionDue: '2026-12-15',
    },
  ],
  [
    'person:jos-creese',
    {
      owner: 'Priya',
      power: 4,
      interest: 4,
      stance: 'SUPPORTER',
      nextAction: 'Coffee in January',
      nextActionDue: '2027-01-10',
    },
  ],
  [
    'body:local-cio-council',
    { owner: 'Sam', power: 3, interest: 5, stance: 'SCEPTIC', nextAction: 'Share the evidence pack' },
  ],
  ['person:dylan-roberts', { owner: 'Alex', power: 2, interest: 4, stance: 'SUPPORTER' }],
  [
    'person:martin-ferguson',
    {
      owner: 'Alex',
      power: 2,
      interest: 2,
      stance: 'CHAMPION',
      nextAction: 'Listen to concerns',
      nextActionDue: '2026-12-01',
    },
  ],
];

async function seedProfiles(url: string): Promise<void> {
  for (const [entityId, input] of EXAMPLE_PROFILES) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation ($id: ID!, $input: EngagementInput!) { setEngagement(entityId: $id, expectedVersion: 0, input: $input) { version } }',
        variables: { id: entityId, input },
      }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors?.length) log(`profile ${entityId}: ${body.errors[0]!.message}`);
  }
}

async function captureEngagement(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/?sel=body:socitm`);
  await ready(page);
  await page.getByRole('button', { name: 'Grid', exact: true }).click();
  await page.getByTestId('grid-view').waitFor();
  await page.waitForTimeout(600);
  await shoot(page, 'grid');

  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.getByTestId('profile-editor').scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await shoot(page, 'profile');

  await page.getByRole('button', { name: 'Edit stakeholder' }).click();
  const editor = page.getByTestId('entity-editor');
  await editor.waitFor();
  await editor.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(400);
  await shoot(page, 'stakeholder-editor');

  await page.getByRole('button', { name: 'New stakeholder…' }).click();
  const form = page.getByTestId('create-entity');
  await form.getByLabel('Name', { exact: true }).fill('Digital Leaders Network');
  await form.getByLabel('Type', { exact: true }).selectOption('network');
  await form.getByLabel('Sector').selectOption('cross-sector');
  await form.getByLabel('Existed from').fill('2014');
  await page.waitForTimeout(400);
  await shoot(page, 'new-stakeholder');

  await form.getByLabel('Name', { exact: true }).fill('Soctim');
  await form.getByTestId('possible-duplicates').waitFor();
  await page.waitForTimeout(400);
  await shoot(page, 'possible-duplicate');

  await page.goto(url);
  await ready(page);
  await openTool(page, 'Warm routes');
  await choose(page, 'From (us)', 'Martin Ferguson');
  await choose(page, 'Reach', 'Dylan Roberts');
  await page.getByLabel('Valid on (blank: today)').fill('2016-06-01');
  await page.getByRole('checkbox', { name: 'Opponent' }).check();
  await page.getByRole('button', { name: 'Find warm routes' }).click();
  await page.getByTestId('warm-route-list').or(page.getByTestId('no-warm-route')).waitFor();
  await page.waitForTimeout(600);
  await shoot(page, 'warm-routes');
}

/** Types a name into the labelled search combobox and picks the first match. */
async function choose(page: Page, label: string, name: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).fill(name);
  await page
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .first()
    .click();
}

/**
 * The map coloured by community and the community overview: `communities-map` and
 * `community-overview`, with a suffix for the national network.
 */
async function captureCommunities(page: Page, url: string, suffix: string): Promise<void> {
  await page.goto(`${url}/?colour=community`);
  await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 600_000 });
  await ready(page);
  await shoot(page, `communities-map${suffix}`);
  await page.getByRole('button', { name: 'Community overview' }).click();
  await page.getByTestId('community-bubble').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(600);
  await shoot(page, `community-overview${suffix}`);
}

/** Waits until the server has found the communities of the network as it is now. */
async function communitiesFound(url: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ communities(first: 1) { freshness { stale } } }' }),
    });
    const body = (await response.json()) as { data?: { communities: { freshness: { stale: boolean } } } };
    if (body.data && !body.data.communities.freshness.stale) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error('The communities of the national network never came.');
}

/** Waits until the summary beside the map names what the map draws now. */
async function named(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const said = document.querySelector('[data-testid="map-summary"]')?.textContent ?? '';
    const drawn = window.__atlas?.snapshot().labelled ?? [];
    return drawn.length > 0 && said.includes(drawn.slice(0, 12).join(', '));
  });
  await page.waitForTimeout(400);
}

/** A stakeholder selected: the rest faded, its neighbours named. */
async function captureFocus(page: Page, url: string, id: string, name: string): Promise<void> {
  await page.goto(`${url}/?sel=${id}`);
  await ready(page);
  await named(page);
  await shoot(page, name);
}

/** The national network's whole-network view and a hub's neighbourhood in focus. */
async function captureNational(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('[data-testid="map"][data-drawn="yes"]', { timeout: 600_000 });
  await ready(page);
  const summary = (await page.getByTestId('map-summary').textContent()) ?? '';
  const stakeholders = Number(/^Map of ([\d,]+) stakeholders/.exec(summary)?.[1]?.replace(/,/g, '') ?? 0);
  if (stakeholders < 10_000) {
    log(`national pictures skipped: ${stakeholders} stakeholders`);
    return;
  }
  await named(page);
  await shoot(page, 'national-overview');
  // The best-linked stakeholder, reached from the keyboard (the first the summary names): selecting it
  // in place spares drawing the national network again.
  await page.getByTestId('map').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__atlas?.snapshot().selected.length === 1);
  await page.keyboard.press('Tab');
  await named(page);
  await shoot(page, 'national-focus');
  await communitiesFound(url);
  await captureCommunities(page, url, '-national');
}

/** The seed's main views: map, focus, details, paths, influence, communities, table and sources. */
async function captureSeed(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await ready(page);
  await shoot(page, 'map');
  await captureFocus(page, url, 'body:local-cio-council', 'map-focus');

  await page.goto(`${url}/?sel=body:local-cio-council&asof=2011`);
  await ready(page);
  await page.getByTestId('entity-details').getByRole('heading', { name: 'Relationships' }).scrollIntoViewIfNeeded();
  await shoot(page, 'details');

  await page.goto(url);
  await ready(page);
  await page.getByRole('tab', { name: 'Paths' }).click();
  await choose(page, 'From', 'Jos Creese');
  await choose(page, 'To', 'Dylan Roberts');
  // Jos Creese's chair of the council ended in 2016: today his routes go through it as former.
  await page.getByLabel('Include former relationships').check();
  await page.getByRole('button', { name: 'Find routes' }).click();
  await page.getByTestId('routes').waitFor();
  await page.waitForTimeout(600);
  await shoot(page, 'paths');

  await page.goto(`${url}/?metric=PAGERANK&layout=concentric`);
  await ready(page);
  await page.getByRole('tab', { name: 'Influence' }).click();
  await page.getByTestId('ranking').waitFor();
  await page.waitForTimeout(600);
  await shoot(page, 'influence');

  await captureCommunities(page, url, '');

  await page.goto(`${url}/?view=table&sel=person:jos-creese`);
  await page.getByTestId('table-view').waitFor();
  await page.getByTestId('entity-details').waitFor();
  await page.waitForTimeout(600);
  await shoot(page, 'table');

  await page.goto(`${url}/?view=sources`);
  await page.getByTestId('sources-view').waitFor();
  await page.waitForTimeout(400);
  await shoot(page, 'sources');
  await page
    .getByRole('button', { name: /^Local CIO Council Update/ })
    .or(page.getByRole('link', { name: /^Local CIO Council Update/ }))
    .first()
    .click();
  await page.getByTestId('source-page').waitFor();
  // A loaded machine can take a minute to answer: the picture is of the text, not of its loading.
  await page.getByText('Loading the source…').waitFor({ state: 'detached', timeout: 120_000 });
  await page.waitForTimeout(400);
  await shoot(page, 'source-page');
}

/** The groups of pictures, in the order taken; `--only import,layers` takes only those named. */
const GROUPS = ['seed', 'engagement', 'import', 'national', 'layers'] as const;

async function capture(
  url: string,
  withExamples: boolean,
  only: readonly string[],
  importNational?: () => Promise<void>,
): Promise<void> {
  const wanted = (group: (typeof GROUPS)[number]) => only.length === 0 || only.includes(group);
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    if (wanted('seed')) await captureSeed(page, url);
    if (wanted('engagement')) {
      if (withExamples) await seedProfiles(url);
      if (withExamples) await seedEngagementExamples(url);
      await captureEngagement(page, url);
      await captureEngagementViews(page, url, shoot);
    }
    if (wanted('import')) await captureImport(page, url);
    if (wanted('national')) {
      await importNational?.();
      await captureNational(page, url);
    }
    // Last: importing the layer (own instance only) adds its councils to every later picture.
    if (wanted('layers')) await captureLayers(page, url, withExamples);
  } finally {
    await browser.close();
  }
}

const flag = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const given = flag('--url');
const only = (flag('--only') ?? '').split(',').filter((group) => group !== '');
const unknown = only.filter((group) => !(GROUPS as readonly string[]).includes(group));
if (unknown.length > 0) {
  console.error(`--only takes some of ${GROUPS.join(', ')} (not ${unknown.join(', ')}).`);
  process.exit(2);
}
const own = given ? undefined : await startOwnAtlas();
try {
  await capture((given ?? own!.url).replace(/\/$/, ''), !given, only, own?.importNational);
} finally {
  await own?.stop();
}
