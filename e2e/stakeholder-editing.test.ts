/**
 * Stakeholders as editors keep them: a new one with a name over time and a citation (checked through
 * the API and on the map), bad dates marked on their own field with nothing written, and aliases,
 * type and dates of a seeded one edited, with the conflict dialog when someone else saved first; a
 * name close to an existing stakeholder's warns first.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi, type Harness, openAtlas, startHarness, waitForMap } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const api = <T>(query: string, variables: Record<string, unknown> = {}) => askApi<T>(harness, query, variables);

interface EntityFacts {
  id: string;
  name: string;
  kind: string;
  version: number;
  description: string | null;
  type?: string;
  sector?: string;
  validFrom?: string | null;
  validTo?: string | null;
  aliases: { name: string; kind: string; validFrom: string | null; validTo: string | null; citations: unknown[] }[];
  citations: { quote: string; source: { id: string } }[];
}

async function entity(id: string): Promise<EntityFacts | null> {
  const data = await api<{ entity: EntityFacts | null }>(
    `query ($id: ID!) { entity(id: $id) {
      id name kind version description
      aliases { name kind validFrom validTo citations { quote } }
      citations { quote source { id } }
      ... on Body { type sector validFrom validTo }
      ... on Programme { type validFrom validTo }
    } }`,
    { id },
  );
  return data.entity;
}

const SOURCE = 'source:socitm-lcioc-purpose';

async function openCreateForm(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New stakeholder…' }).click();
  const form = page.getByTestId('create-entity');
  await form.waitFor();
  return form;
}

/** The ids of the form's controls marked invalid. */
function invalidIds(form: Locator): Promise<string[]> {
  return form.locator('[aria-invalid="true"]').evaluateAll((elements) => elements.map((element) => element.id));
}

describe('creating stakeholders', () => {
  it('marks a bad date, and a period that ends before it starts, on its own field and creates nothing', async () => {
    const page = await openAtlas(harness);
    const form = await openCreateForm(page);
    await form.getByLabel('Kind', { exact: true }).selectOption('PROGRAMME');
    await form.getByLabel('Name', { exact: true }).fill('Bad Dates Programme');
    await form.getByLabel('Type', { exact: true }).selectOption('programme');
    const citation = form.getByRole('group', { name: 'Citation 1', exact: true });
    await citation.getByLabel('Source').selectOption(SOURCE);
    await citation.getByLabel('Quote').fill('Maintain strong links');
    const create = form.getByRole('button', { name: 'Create stakeholder' });

    const from = form.getByLabel('Existed from');
    await from.fill('2011-13');
    await create.click();
    await expect.poll(() => from.getAttribute('aria-invalid')).toBe('true');
    expect(await invalidIds(form)).toEqual([await from.getAttribute('id')]);
    await expect(form.locator('[data-field="validFrom"]').textContent()).resolves.toMatch(/month 13/);

    await from.fill('2012');
    const to = form.getByLabel('Existed until');
    await to.fill('2011-06');
    await create.click();
    await expect.poll(() => to.getAttribute('aria-invalid')).toBe('true');
    expect(await invalidIds(form)).toEqual([await to.getAttribute('id')]);
    expect(await from.getAttribute('aria-invalid')).toBeNull();

    // A name used "until" before it was used "from": the second field of the first alias.
    await to.fill('');
    await form.getByRole('button', { name: 'Add a name' }).click();
    const alias = form.getByRole('group', { name: 'Name 1', exact: true });
    await alias.getByLabel('Name', { exact: true }).fill('BDP');
    await alias.getByLabel('Kind of name').selectOption('ACRONYM');
    await alias.getByLabel('Used from').fill('2013');
    await alias.getByLabel('Used until').fill('2012');
    const aliasCitation = alias.getByRole('group', { name: 'Name 1 citation 1' });
    await aliasCitation.getByLabel('Source').selectOption(SOURCE);
    await aliasCitation.getByLabel('Quote').fill('Maintain strong links');
    await create.click();
    const until = alias.getByLabel('Used until');
    await expect.poll(() => until.getAttribute('aria-invalid')).toBe('true');
    expect(await invalidIds(form)).toEqual([await until.getAttribute('id')]);
    await expect(form.locator('[data-field="aliases.0.validTo"]').textContent()).resolves.toMatch(
      /2012 is before validFrom 2013/,
    );

    // Nothing was written.
    expect(await entity('programme:bad-dates-programme')).toBeNull();
    const found = await api<{ search: { id: string }[] }>('query { search(text: "Bad Dates Programme") { id } }');
    expect(found.search).toEqual([]);
    await page.close();
  });

  it('creates a body with a name over time and a citation, selects it, draws it and shows its details', async () => {
    const page = await openAtlas(harness);
    const form = await openCreateForm(page);
    // The form opens on its first field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-entity-kind');
    await form.getByLabel('Name', { exact: true }).fill('Test Digital Partnership');
    await form.getByLabel('Type', { exact: true }).selectOption('coalition');
    await form.getByLabel('Sector').selectOption('cross-sector');
    await form.getByLabel('Existed from').fill('2014-05');
    await form.getByLabel('Description').fill('A partnership made up for a browser test.');
    await form.getByRole('button', { name: 'Add a name' }).click();
    const alias = form.getByRole('group', { name: 'Name 1', exact: true });
    await alias.getByLabel('Name', { exact: true }).fill('TDP');
    await alias.getByLabel('Kind of name').selectOption('ACRONYM');
    await alias.getByLabel('Used from').fill('2015');
    const aliasCitation = alias.getByRole('group', { name: 'Name 1 citation 1' });
    await aliasCitation.getByLabel('Source').selectOption(SOURCE);
    await aliasCitation.getByLabel('Quote').fill('Government Digital Service (GDS)');
    const citation = form.getByRole('group', { name: 'Citation 1', exact: true });
    await citation.getByLabel('Source').selectOption(SOURCE);
    await citation.getByLabel('Quote').fill('Maintain strong links with the Government Digital Service (GDS).');
    await citation.getByLabel('Note').fill('Stands in for a real citation in this test.');
    await form.getByRole('button', { name: 'Create stakeholder' }).click();

    const id = 'body:test-digital-partnership';
    const details = page.getByTestId('entity-details');
    await details.getByRole('heading', { name: 'Test Digital Partnership', level: 2 }).waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(id);
    await expect(entity(id)).resolves.toMatchObject({
      name: 'Test Digital Partnership',
      kind: 'BODY',
      version: 1,
      type: 'coalition',
      sector: 'cross-sector',
      validFrom: '2014-05',
      validTo: null,
      description: 'A partnership made up for a browser test.',
      aliases: [{ name: 'TDP', kind: 'ACRONYM', validFrom: '2015', validTo: null }],
      citations: [
        { quote: 'Maintain strong links with the Government Digital Service (GDS).', source: { id: SOURCE } },
      ],
    });

    // Without a relationship it is drawn because it is selected.
    const drawn = await waitForMap(page, (snapshot) => snapshot.selected.includes(id), 'the new stakeholder selected');
    expect(drawn.nodes.find((node) => node.id === id)).toMatchObject({ label: 'Test Digital Partnership' });
    await details.getByText('Stakeholder created.').waitFor();
    await details.getByText('TDP').waitFor();
    // The next step is offered: "Add a relationship…" has the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add a relationship…');
    await page.close();
  });

  it('warns that a typed name may be an existing stakeholder, creates nothing, and shows the existing one', async () => {
    const page = await openAtlas(harness);
    const form = await openCreateForm(page);
    await form.getByLabel('Name', { exact: true }).fill('Soctim');
    const warning = form.getByTestId('possible-duplicates');
    await warning.getByText('Possibly the same as').waitFor();
    await expect(warning.textContent()).resolves.toContain('Socitm (two letters swapped in Socitm)');
    // Only a warning: nothing was created, and the form stays open for the user to decide.
    expect(await entity('body:soctim')).toBeNull();
    await warning.getByRole('button', { name: 'Socitm', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await waitForMap(page, (snapshot) => snapshot.selected.includes('body:socitm'), 'Socitm selected');
    expect(await entity('body:soctim')).toBeNull();
    await page.close();
  });
});

describe('editing stakeholders', () => {
  it('saves changed aliases, type and dates, checked through the API', async () => {
    const id = 'body:government-digital-service';
    const before = (await entity(id))!;
    const page = await openAtlas(harness, `?sel=${id}`);
    await page.getByRole('button', { name: 'Edit stakeholder' }).click();
    const form = page.getByTestId('entity-editor');
    await form.waitFor();
    await form.getByLabel('Type', { exact: true }).selectOption('public-body');
    await form.getByLabel('Existed from').fill('2011-04');
    const gds = form.getByRole('group', { name: 'Name 1', exact: true });
    await expect(gds.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('GDS');
    await gds.getByLabel('Used from').fill('2011');

    await form.getByRole('button', { name: 'Add a name' }).click();
    const informal = form.getByRole('group', { name: 'Name 2', exact: true });
    await informal.getByLabel('Kind of name').selectOption('INFORMAL');
    // No name yet: marked on that alias's name, nothing saved.
    const citation = informal.getByRole('group', { name: 'Name 2 citation 1' });
    await citation.getByLabel('Source').selectOption(SOURCE);
    await citation.getByLabel('Quote').fill('Government Digital Service (GDS)');
    await form.getByRole('button', { name: 'Save stakeholder' }).click();
    const informalName = informal.getByLabel('Name', { exact: true });
    await expect.poll(() => informalName.getAttribute('aria-invalid')).toBe('true');
    expect((await entity(id))!.version).toBe(before.version);

    await informalName.fill('Digital Service');
    await form.getByRole('button', { name: 'Save stakeholder' }).click();
    await page.getByText('Stakeholder saved.').waitFor();
    await expect(entity(id)).resolves.toMatchObject({
      version: before.version + 1,
      type: 'public-body',
      sector: 'central-government',
      validFrom: '2011-04',
      aliases: expect.arrayContaining([
        expect.objectContaining({ name: 'GDS', kind: 'ACRONYM', validFrom: '2011' }),
        expect.objectContaining({ name: 'Digital Service', kind: 'INFORMAL', validFrom: null }),
      ]),
    });
    // The details show the new name over time and the new period.
    const details = page.getByTestId('entity-details');
    await details.getByText('Digital Service', { exact: true }).waitFor();
    await details.getByText('Existed from April 2011').waitFor();

    // Removing a name saves too.
    await page.getByRole('button', { name: 'Edit stakeholder' }).click();
    await form.getByRole('button', { name: 'Remove name 2', exact: true }).click();
    await form.getByRole('button', { name: 'Save stakeholder' }).click();
    await page.getByText('Stakeholder saved.').waitFor();
    expect((await entity(id))!.aliases.map((alias) => alias.name)).toEqual(['GDS']);
    await page.close();
  });

  it('shows the conflict dialog when the stakeholder changed through the API after editing began', async () => {
    const id = 'body:dclg';
    const page = await openAtlas(harness, `?sel=${id}`);
    await page.getByRole('button', { name: 'Edit stakeholder' }).click();
    const form = page.getByTestId('entity-editor');
    await form.waitFor();
    await form.getByLabel('Existed until').fill('2016-03-31');

    // Someone else saves first.
    const read = (await entity(id))!;
    await api(
      'mutation ($id: ID!, $v: Int!) { updateEntity(id: $id, expectedVersion: $v, input: { validFrom: "2001" }) { version } }',
      {
        id,
        v: read.version,
      },
    );

    await form.getByRole('button', { name: 'Save stakeholder' }).click();
    const dialog = page.getByTestId('conflict-dialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/Someone else changed this stakeholder first/);
    // Nothing of mine was saved.
    await expect(entity(id)).resolves.toMatchObject({ version: read.version + 1, validFrom: '2001', validTo: null });

    await dialog.getByRole('button', { name: 'Reload their version' }).click();
    await expect.poll(() => form.getByLabel('Existed from').inputValue()).toBe('2001');
    await expect(form.getByLabel('Existed until').inputValue()).resolves.toBe('');
    await page.close();
  });
});
