/**
 * Briefing packs through yoga.fetch and the PDF route over real HTTP, on the seeded test database:
 * writes validated (the field named, nothing written), audited, each fact footnoted to a source
 * and quote the atlas holds, and engagement and contact details only for editors and admins.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseForQuote, quoteOccursIn } from '../../../core/citations.ts';
import type { App } from '../../app.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { as, data, errorOf, TEST_TOKENS } from '../../testing/graphql.ts';
import { appWithTestTokens } from '../../testing/app.ts';

let executor: Executor;
let app: App;
let server: Server;
let base: string;

beforeAll(async () => {
  executor = await seededExecutor();
  app = appWithTestTokens(executor, { log: () => {} });
  server = createServer(app.listener);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Socitm's contact person and one interaction, so editors see our records in the pack.
  await data(
    app,
    `mutation { setContactDetails(personId: "person:jos-creese", expectedVersion: 0, input: { email: "jos.brief@example.org" }) { version } }`,
    {},
    as('editor'),
  );
  await data(
    app,
    `mutation ($input: InteractionInput!) { logInteraction(input: $input) { id } }`,
    {
      input: {
        kind: 'MEETING',
        date: '2026-11-02',
        participants: ['body:socitm'],
        summary: 'Talked about the shared data standards',
        followUps: [{ what: 'Send the standards paper', due: '2026-11-20' }],
      },
    },
    as('editor'),
  );
});
afterAll(async () => {
  await new Promise((closed) => server.close(closed));
  app.feed.close();
  await app.influence.close();
  await executor.close();
});

const INPUT = {
  title: 'Socitm and Jos Creese: data standards',
  meetingDate: '2026-12-10',
  stakeholderIds: ['body:socitm', 'person:jos-creese'],
  fromId: 'body:lga',
  objectives: 'Agree a joint note on data standards (£0 budget, côté pratique).',
  linesToTake: 'We back the Local Digital Declaration.',
};
const BRIEF_FIELDS = `id title meetingDate version createdBy objectives linesToTake stakeholders { id } from { id }
  pack { stakeholders { entityId name kind sections { heading note lines { text notes uncited } } }
    footnotes { number source title date quote } }`;
const CREATE = `mutation ($input: BriefInput!) { createBrief(input: $input) { ${BRIEF_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: BriefInput!) { updateBrief(id: $id, expectedVersion: $v, input: $input) { id version title } }`;
const BRIEF = `query ($id: ID!) { brief(id: $id) { ${BRIEF_FIELDS} } }`;
const BRIEFS = `{ briefs { id title } }`;
const AUDIT = `query ($id: ID!) { auditLog(entityId: $id, first: 100) { entries { action targetId actor } } }`;

interface Pack {
  stakeholders: {
    entityId: string;
    name: string;
    sections: {
      heading: string;
      note: string | null;
      lines: { text: string; notes: number[]; uncited: string | null }[];
    }[];
  }[];
  footnotes: { number: number; source: string; title: string; date: string; quote: string }[];
}
interface BriefAnswer {
  id: string;
  version: number;
  createdBy: string;
  stakeholders: { id: string }[];
  from: { id: string } | null;
  pack: Pack;
}

const countBriefs = async () => (await data<{ briefs: unknown[] }>(app, BRIEFS, {}, as('viewer'))).briefs.length;
const lines = (pack: Pack) => pack.stakeholders.flatMap((s) => s.sections.flatMap((section) => section.lines));

describe('briefs', () => {
  let brief: BriefAnswer;

  it('writes a brief and answers its pack, every fact footnoted or marked uncited', async () => {
    brief = (await data<{ createBrief: BriefAnswer }>(app, CREATE, { input: INPUT }, as('editor'))).createBrief;
    expect(brief).toMatchObject({ version: 1, createdBy: 'editor#1', from: { id: 'body:lga' } });
    expect(brief.stakeholders.map((s) => s.id)).toEqual(INPUT.stakeholderIds);
    const { pack } = brief;
    expect(pack.stakeholders.map((s) => s.name)).toEqual(['Socitm', 'Jos Creese']);
    for (const line of lines(pack)) expect(line.notes.length > 0 || line.uncited !== null, line.text).toBe(true);
    expect(pack.footnotes.length).toBeGreaterThan(3);
    expect(pack.footnotes.map((note) => note.number)).toEqual(pack.footnotes.map((_, index) => index + 1));
    // Every footnote's quote is in its source's text, as the atlas holds it.
    const { sources } = await data<{ sources: { id: string; title: string; text: string | null }[] }>(
      app,
      `{ sources { id title text } }`,
      {},
      as('viewer'),
    );
    for (const note of pack.footnotes) {
      const source = sources.find((candidate) => candidate.id === note.source);
      expect(source?.title, note.source).toBe(note.title);
      expect(quoteOccursIn(source?.text ?? '', note.quote), note.quote).toBe(true);
    }
    const text = JSON.stringify(pack);
    expect(text).toContain('jos.brief@example.org');
    expect(text).toContain('Talked about the shared data standards');
    expect(text).toContain('Open follow-up: Send the standards paper');
    const routes = pack.stakeholders[0]!.sections.find((s) => s.heading.startsWith('Introduction routes'))!;
    expect(routes.heading).toBe('Introduction routes valid on 10 December 2026');
  });

  it('leaves engagement, routes and contact details out for viewers, saying so', async () => {
    const { brief: seen } = await data<{ brief: BriefAnswer }>(app, BRIEF, { id: brief.id }, as('viewer'));
    const text = JSON.stringify(seen.pack);
    expect(text).not.toContain('jos.brief@example.org');
    expect(text).not.toContain('Talked about the shared data standards');
    const left = seen.pack.stakeholders[1]!.sections.filter((s) => s.note?.startsWith('Left out'));
    expect(left.map((s) => s.heading)).toEqual([
      'Our relationship',
      'Contact details',
      'Introduction routes valid on 10 December 2026',
    ]);
    expect(seen.pack.footnotes.length).toBeGreaterThan(0);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await countBriefs();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...INPUT, title: '  ' }, 'input.title'],
      [{ ...INPUT, meetingDate: '10/12/2026' }, 'input.meetingDate'],
      [{ ...INPUT, stakeholderIds: [] }, 'input.stakeholderIds'],
      [{ ...INPUT, stakeholderIds: ['body:socitm', 'body:no-such-body'] }, 'input.stakeholderIds.1'],
      [{ ...INPUT, fromId: 'body:socitm' }, 'input.fromId'],
      [{ ...INPUT, linesToTake: 'Ring 07700 900123' }, 'input.linesToTake'],
    ];
    for (const [input, field] of cases) {
      const error = await errorOf(app, CREATE, { input }, as('editor'));
      expect(error, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await errorOf(app, CREATE, { input: INPUT }, as('viewer'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await countBriefs()).toBe(before);
  });

  it('updates with the version read, refuses a stale one, and audits writes', async () => {
    const input = { ...INPUT, title: 'Socitm: data standards (v2)' };
    const stale = await errorOf(app, UPDATE, { id: brief.id, v: 7, input }, as('editor'));
    expect(stale.code).toBe('CONFLICT');
    const updated = await data<{ updateBrief: { version: number; title: string } }>(
      app,
      UPDATE,
      { id: brief.id, v: 1, input },
      as('editor'),
    );
    expect(updated.updateBrief).toEqual({ id: brief.id, version: 2, title: input.title });
    const missing = await errorOf(app, UPDATE, { id: 'brief:none', v: 1, input }, as('editor'));
    expect(missing.code).toBe('NOT_FOUND');
    const { auditLog } = await data<{ auditLog: { entries: { action: string; targetId: string }[] } }>(
      app,
      AUDIT,
      { id: 'body:socitm' },
      as('admin'),
    );
    const actions = auditLog.entries.filter((entry) => entry.targetId === brief.id).map((entry) => entry.action);
    expect(actions.sort()).toEqual(['createBrief', 'updateBrief']);
  });

  it('downloads as a PDF whose text extracts, under the sign-in rules, audited as an export', async () => {
    const url = `${base}/export/brief.pdf?id=${encodeURIComponent(brief.id)}`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(`${base}/export/brief.pdf?id=brief:none`, { headers: bearer('viewer') })).status).toBe(404);
    const response = await fetch(url, { headers: bearer('editor') });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('socitm-data-standards-v2-2026-12-10.pdf');
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('£0 budget, côté pratique');
    expect(normaliseForQuote(text)).toContain('jos.brief@example.org');
    const viewerText = pdfText(Buffer.from(await (await fetch(url, { headers: bearer('viewer') })).arrayBuffer()));
    expect(viewerText).not.toContain('jos.brief@example.org');
    expect(viewerText).toContain('Left out: editors and admins only.');
    const { auditLog } = await data<{ auditLog: { entries: { action: string; targetId: string; actor: string }[] } }>(
      app,
      AUDIT,
      { id: 'person:jos-creese' },
      as('admin'),
    );
    const exports = auditLog.entries.filter((entry) => entry.action === 'exportBrief');
    expect(exports.map((entry) => entry.actor).sort()).toEqual(['editor#1', 'viewer#1']);
  });
});

const bearer = (role: keyof typeof TEST_TOKENS) => ({ authorization: `Bearer ${TEST_TOKENS[role]}` });

/** The PDF's text as Debian's pdftotext (poppler-utils) reads it. */
function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'atlas-brief-')), 'brief.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
