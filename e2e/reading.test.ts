/** Reading a source in Chromium: its mentions marked, a proposal accepted onto the map, another rejected for good. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi, type Harness, openAtlas, startHarness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const TEXT = `Minutes of the review board, June 2016.

Richard Steel works with Jos Creese on the plan. Socitm endorses the LGCC.
The Rural Services Network (RSN) sent apologies.`;

interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  citations: { quote: string; source: { id: string } }[];
}

async function richardToJos(): Promise<Edge[]> {
  const data = await askApi<{ neighbourhood: { edges: Edge[] } }>(
    harness,
    'query { neighbourhood(id: "person:richard-steel", depth: 1) { edges { id type source target citations { quote source { id } } } } }',
  );
  return data.neighbourhood.edges.filter(
    (edge) => edge.source === 'person:richard-steel' && edge.target === 'person:jos-creese',
  );
}

describe('reading a source', () => {
  it('marks its mentions, accepts a proposal with the keyboard onto the map, and forgets none it rejected', async () => {
    await askApi(harness, 'mutation ($input: SourceInput!) { createSource(input: $input) { id } }', {
      input: {
        title: 'Review board minutes',
        publisher: 'Test Borough Council',
        kind: 'minutes',
        date: '2016-06',
        text: TEXT,
      },
    });
    expect(await richardToJos()).toEqual([]);
    const page = await openAtlas(harness);
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByTestId('sources-view').getByRole('button', { name: 'Review board minutes' }).click();
    const sourcePage = page.getByTestId('source-page');

    // Its mentions, each a link to the stakeholder.
    await sourcePage.getByTestId('mention').first().waitFor();
    await expect(sourcePage.getByTestId('mention').allTextContents()).resolves.toEqual([
      'Richard Steel',
      'Jos Creese',
      'Socitm',
      'LGCC',
    ]);
    await expect(sourcePage.locator('.source-text').textContent()).resolves.toBe(TEXT);

    // A name the atlas does not hold, proposed with its acronym and sentence.
    await expect(sourcePage.getByTestId('new-stakeholder').allTextContents()).resolves.toEqual([
      expect.stringContaining('Rural Services Network (RSN)'),
    ]);

    // Accept the first proposal from the keyboard.
    const proposals = sourcePage.getByTestId('proposal');
    await expect(proposals.allTextContents()).resolves.toEqual([
      expect.stringContaining('Richard Steel collaborates with Jos Creese'),
      expect.stringContaining('Socitm endorses Local CIO Council'),
    ]);
    await proposals.first().focus();
    await page.keyboard.press('a');
    await expect.poll(async () => (await richardToJos()).length, { timeout: 30_000 }).toBe(1);
    const [edge] = await richardToJos();
    expect(edge).toMatchObject({
      type: 'COLLABORATES_WITH',
      citations: [{ quote: 'Richard Steel works with Jos Creese', source: { id: 'source:review-board-minutes' } }],
    });
    await expect.poll(() => proposals.first().textContent(), { timeout: 30_000 }).toContain('already cited');

    // Reject the other: gone, and not proposed again after a reload.
    await proposals.nth(1).focus();
    await page.keyboard.press('r');
    await expect.poll(() => proposals.count(), { timeout: 30_000 }).toBe(1);
    await page.reload();
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByTestId('sources-view').getByRole('button', { name: 'Review board minutes' }).click();
    await sourcePage.getByTestId('mention').first().waitFor();
    await expect(sourcePage.getByTestId('proposal').allTextContents()).resolves.toEqual([
      expect.stringContaining('already cited'),
    ]);

    // The map shows the accepted relationship, cited with the quote.
    const map = await openAtlas(harness, `?sel=${edge!.id}`);
    const details = map.getByTestId('relationship-details');
    await details.waitFor();
    await expect(details.textContent()).resolves.toContain('Richard Steel works with Jos Creese');
    await map.close();
    await page.close();
  }, 180_000);
});

const PASTED = `Notes of the partners' day, May 2016.

Jos Creese chairs the Local CIO Council. Richard Steel works with Socitm.
The Rural Services Network (RSN) sent apologies.`;

interface Cited {
  id: string;
  type: string;
  target: string;
  citations: { quote: string; source: { id: string } }[];
}

async function edgesFrom(id: string): Promise<Cited[]> {
  const data = await askApi<{ neighbourhood: { edges: (Cited & { source: string })[] } }>(
    harness,
    'query ($id: ID!) { neighbourhood(id: $id, depth: 1) { edges { id type source target citations { quote source { id } } } } }',
    { id },
  );
  return data.neighbourhood.edges.filter((edge) => edge.source === id);
}

describe('reading a text pasted into New source…', () => {
  it('reads it before it is saved, then adds a citation, accepts an edited proposal and a new stakeholder', async () => {
    const page = await openAtlas(harness);
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByRole('button', { name: 'New source…' }).click();
    const form = page.getByRole('group', { name: 'New source' });
    await form.getByLabel('Title').fill("Partners' day notes");
    await form.getByLabel('Publisher').fill('Test Borough Council');
    await form.getByLabel('Date', { exact: true }).fill('2016-05');
    await form.getByLabel(/^Text/).fill(PASTED);

    // Read before it is saved: mentions, proposals and new names, but nothing to accept yet.
    const draft = form.getByTestId('draft-reading');
    await draft.getByTestId('proposal').first().waitFor({ timeout: 30_000 });
    await expect(draft.getByTestId('draft-mentions').textContent()).resolves.toBe(
      'It names Jos Creese, Local CIO Council, Richard Steel, Socitm.',
    );
    await expect(draft.getByTestId('proposal').allTextContents()).resolves.toEqual([
      expect.stringContaining('Jos Creese chairs Local CIO Council (would add this citation'),
      expect.stringContaining('Richard Steel collaborates with Socitm (new'),
    ]);
    await expect(draft.getByRole('note').textContent()).resolves.toContain('Save the source first');
    await expect(draft.getByRole('button', { name: /^Accept/ }).count()).resolves.toBe(0);
    await expect(draft.getByTestId('new-stakeholder').textContent()).resolves.toContain('Rural Services Network (RSN)');

    await form.getByRole('button', { name: 'Create source' }).click();
    const sourcePage = page.getByTestId('source-page');
    await sourcePage.getByRole('heading', { name: "Partners' day notes" }).waitFor({ timeout: 30_000 });
    const proposals = sourcePage.getByTestId('proposal');
    await proposals.first().waitFor({ timeout: 30_000 });

    // "Would add this citation": accepting cites the new source on the relationship the atlas has.
    await proposals.first().getByRole('button', { name: 'Add this citation' }).click();
    const said = sourcePage.getByRole('status').filter({ hasText: /^(Accepted|Not done)/ });
    await expect(said.textContent({ timeout: 60_000 })).resolves.toBe(
      'Accepted: Jos Creese chairs the Local CIO Council',
    );
    await expect
      .poll(
        async () =>
          (await edgesFrom('person:jos-creese')).find((edge) => edge.id === 'rel:jos-creese-chairs-local-cio-council')
            ?.citations,
        { timeout: 30_000 },
      )
      .toContainEqual({
        quote: 'Jos Creese chairs the Local CIO Council',
        source: { id: 'source:partners-day-notes' },
      });
    await expect.poll(() => proposals.first().textContent(), { timeout: 30_000 }).toContain('already cited');

    // Edit then accept (keyboard E): made a membership, cited with the quote; the proposal as read is gone.
    await proposals.nth(1).focus();
    await page.keyboard.press('e');
    const editor = sourcePage.getByTestId('proposal-editor');
    await editor.getByLabel('Relationship').selectOption('MEMBER_OF');
    await editor.getByRole('button', { name: 'Accept as edited' }).click();
    await expect
      .poll(
        async () =>
          (await edgesFrom('person:richard-steel')).filter(
            (edge) => edge.target === 'body:socitm' && edge.type === 'MEMBER_OF',
          ),
        { timeout: 30_000 },
      )
      .toEqual([
        expect.objectContaining({
          citations: [{ quote: 'Richard Steel works with Socitm', source: { id: 'source:partners-day-notes' } }],
        }),
      ]);
    await expect.poll(() => proposals.count(), { timeout: 30_000 }).toBe(1);

    // A proposed new stakeholder, added with its acronym and the sentence as citation.
    const named = sourcePage.getByTestId('new-stakeholder');
    await named.getByRole('button', { name: 'Add…' }).click();
    await named.getByLabel('Type').selectOption('network');
    await named.getByLabel('Sector').selectOption('local-government');
    await named.getByRole('button', { name: 'Add to the atlas' }).click();
    await sourcePage.getByText('Added Rural Services Network to the atlas').waitFor({ timeout: 30_000 });
    const found = await askApi<{ search: { id: string; aliases: { name: string; kind: string }[] }[] }>(
      harness,
      'query { search(text: "Rural Services Network") { id aliases { name kind } } }',
    );
    expect(found.search).toEqual([expect.objectContaining({ aliases: [{ name: 'RSN', kind: 'ACRONYM' }] })]);
    await expect
      .poll(() => sourcePage.getByTestId('mention').allTextContents(), { timeout: 30_000 })
      .toContain('Rural Services Network');

    // The stakeholder's details list the sources that mention it; one opens the source's page.
    const map = await openAtlas(harness, '?sel=person:richard-steel');
    const mentioned = map.getByTestId('mentioned-in');
    await mentioned.getByText('Sources that mention it').click();
    await mentioned.getByRole('button', { name: "Partners' day notes" }).click();
    await map.getByTestId('source-page').getByRole('heading', { name: "Partners' day notes" }).waitFor();
    await map.close();
    await page.close();
  }, 180_000);
});

describe("reading a text in the citations editor's New source…", () => {
  it('reads the pasted text as the Sources view does, before the source is saved', async () => {
    const countSources = async () =>
      (await askApi<{ sources: { id: string }[] }>(harness, 'query { sources { id } }')).sources.length;
    const before = await countSources();
    const page = await openAtlas(harness);
    await page.getByRole('button', { name: 'New stakeholder…' }).click();
    const create = page.getByTestId('create-entity');
    const citation = create.getByRole('group', { name: 'Citation 1', exact: true });
    await citation.getByRole('button', { name: 'New source…' }).click();
    const form = citation.getByRole('group', { name: 'New source' });
    await form.getByLabel('Date', { exact: true }).fill('2016-05');
    await form.getByLabel(/^Text/).fill(PASTED);

    const draft = form.getByTestId('draft-reading');
    await draft.getByTestId('proposal').first().waitFor({ timeout: 30_000 });
    // The tests before may have added the Rural Services Network: it is named then, not proposed.
    await expect(draft.getByTestId('draft-mentions').textContent()).resolves.toMatch(
      /^It names Jos Creese, Local CIO Council, Richard Steel, Socitm[,.]/,
    );
    await expect(draft.getByTestId('proposal').first().textContent()).resolves.toContain(
      'Jos Creese chairs Local CIO Council',
    );
    // Reading saved nothing: the stakeholder form is still open and no source was made.
    await expect(create.isVisible()).resolves.toBe(true);
    await expect(countSources()).resolves.toBe(before);
    await page.close();
  });
});
