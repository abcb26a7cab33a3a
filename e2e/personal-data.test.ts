/** A person's contact details and, for admins, the subject access export and erasure. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlas, startHarness, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

async function contact(id: string): Promise<{ email: string | null; phone: string | null } | null> {
  const response = await fetch(`${harness.atlas.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($id: ID!) { entity(id: $id) { ... on Person { contact { email phone } } } }',
      variables: { id },
    }),
  });
  const body = (await response.json()) as {
    data: { entity: { contact: { email: string | null; phone: string | null } | null } };
  };
  return body.data.entity.contact;
}

describe('personal data', () => {
  it('saves contact details, exports them, and erases them after a confirmation naming the person', async () => {
    const atlas = await openAtlas(harness, '?sel=person:dylan-roberts');
    const section = atlas.getByTestId('personal-data');
    await section.waitFor();
    await section.getByLabel('E-mail').fill('not an address');
    await section.getByRole('button', { name: 'Save contact details' }).click();
    // A wait, not a timing: the answer takes over poll's default second on a loaded machine.
    await expect
      .poll(() => section.getByLabel('E-mail').getAttribute('aria-invalid'), { timeout: 30_000 })
      .toBe('true');

    await section.getByLabel('E-mail').fill('dylan@example.org');
    await section.getByLabel('Telephone').fill('+44 20 7946 0000');
    await section.getByRole('button', { name: 'Save contact details' }).click();
    await section.getByText('Contact details saved.').waitFor();
    expect(await contact('person:dylan-roberts')).toEqual({ email: 'dylan@example.org', phone: '+44 20 7946 0000' });

    // The default local instance makes the reader an admin: export and erase are offered.
    const [download] = await Promise.all([
      atlas.waitForEvent('download'),
      section.getByRole('button', { name: 'Download personal data (JSON)' }).click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toContain('dylan@example.org');

    await section.getByRole('button', { name: 'Erase personal data…' }).click();
    const dialog = atlas.getByTestId('erase-dialog');
    await expect(dialog.getByRole('heading').textContent()).resolves.toContain('Dylan Roberts');
    const confirm = dialog.getByRole('button', { name: /^Erase Dylan Roberts/ });
    await dialog.getByLabel(/^Reason/).fill('Subject asked to be forgotten');
    expect(await confirm.isDisabled()).toBe(true); // the name is not typed yet
    await dialog.getByLabel(/^Type/).fill('Dylan Roberts');
    await confirm.click();
    await section.getByText(/^Erased:/).waitFor();
    expect(await contact('person:dylan-roberts')).toBeNull();
    await atlas.close();
  });
});
