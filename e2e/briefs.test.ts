/**
 * A briefing pack in Chromium: write a brief for a meeting with Socitm, open its page at its own
 * address, download the PDF, and read it back with Debian's pdftotext (poppler-utils): every
 * footnote names a source and a quote that the atlas holds (asked of the API, not of the page).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseForQuote } from '../core/citations.ts';
import { dateWords } from '../core/briefs/words.ts';
import { askApi, type Harness, openAtlas, seriousViolations, startHarness } from './harness.ts';
import { openTool } from './tools.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const SHOTS = process.env.E2E_SCREENSHOTS;

async function pick(page: Page, label: string, text: string, option: RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

/** The footnotes of pdftotext's text: "[n] Title (Publisher), date: "quote"", joined across lines. */
function footnotesOf(text: string): Map<number, string> {
  // Page footers ("… · page 2 of 3 · made …") may fall between footnotes: they are not part of any.
  const body = text
    .split('\n')
    .filter((line) => !/ · page \d+ of \d+ · /.test(line))
    .join('\n');
  const tail = normaliseForQuote(body.slice(body.lastIndexOf('Footnotes')));
  const notes = new Map<number, string>();
  for (const match of tail.matchAll(/\[(\d+)\] (.*?)(?= \[\d+\] |$)/g)) notes.set(Number(match[1]), match[2]!);
  return notes;
}

describe('briefing packs', () => {
  it('writes a brief for Socitm, shows it at its address, and downloads a PDF whose footnotes the atlas backs', async () => {
    const page = await openAtlas(harness);
    await openTool(page, 'Briefs');
    await page.getByRole('button', { name: 'New brief…' }).click();
    const form = page.getByRole('form', { name: 'New brief' });
    await form.getByLabel('Meeting', { exact: true }).fill('Socitm: shared data standards');
    await form.getByLabel('Meeting day').fill('2026-12-10');
    await pick(page, 'Stakeholders met', 'Socitm', /^Socitm/);
    await pick(page, 'From (us), for introduction routes', 'LGA', /^LGA/);
    await form.getByLabel('Our objectives').fill('Agree a joint note on data standards; café at £0 côté budget.');
    await form.getByLabel('Lines to take').fill('We back the Local Digital Declaration.');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/brief-form.png` });
    await form.getByRole('button', { name: 'Write the brief' }).click();
    const brief = page.getByRole('article');
    // The pack reads the network as on the meeting day (influence worked out for that day first):
    // on a loaded machine that can take a while.
    await brief.getByRole('heading', { name: 'Socitm: shared data standards' }).waitFor({ timeout: 90_000 });
    await brief.getByText('Introduction routes valid on 10 December 2026').waitFor({ timeout: 90_000 });
    expect(await seriousViolations(page)).toEqual([]);
    const address = new URL(page.url());
    const id = address.searchParams.get('brief')!;
    expect(id).toMatch(/^brief:/);

    // The address is shareable: a fresh page opened at it shows the same brief.
    const shared = await harness.browser.newPage();
    await shared.goto(page.url());
    await shared.getByRole('heading', { name: 'Socitm: shared data standards' }).waitFor({ timeout: 90_000 });
    await shared.close();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const pdf = (await download.path())!;
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(normaliseForQuote(text)).toContain('café at £0 côté budget');

    // Every footnote names a source the atlas holds, with a quote its text contains.
    const { sources } = await askApi<{ sources: { id: string; title: string; date: string; text: string | null }[] }>(
      harness,
      '{ sources { id title date text } }',
    );
    const footnotes = footnotesOf(text);
    const { brief: answer } = await askApi<{ brief: { pack: { footnotes: { number: number }[] } } }>(
      harness,
      'query ($id: ID!) { brief(id: $id) { pack { footnotes { number } } } }',
      { id },
    );
    expect(footnotes.size).toBe(answer.pack.footnotes.length);
    expect(footnotes.size).toBeGreaterThan(3);
    for (const [number, note] of footnotes) {
      // normaliseForQuote made the typographic quote marks plain.
      const quote = /: "(.*)"$/.exec(note)?.[1];
      expect(quote, `footnote ${number}: ${note}`).toBeTruthy();
      // The source whose title the footnote starts with and whose text holds the quote.
      const source = sources.find(
        (candidate) =>
          note.startsWith(normaliseForQuote(candidate.title)) &&
          normaliseForQuote(candidate.text ?? '').includes(normaliseForQuote(quote!)),
      );
      expect(source, `footnote ${number}: ${note}`).toBeDefined();
      expect(note).toContain(dateWords(source!.date));
    }

    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/brief-page.png`, fullPage: true });
      const dir = mkdtempSync(join(tmpdir(), 'atlas-brief-shot-'));
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, join(dir, 'brief-pdf')]);
      console.log(`[briefs] PDF pages as PNG in ${dir}`);
    }
    await page.close();
  }, 240_000);
});
