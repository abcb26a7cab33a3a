/**
 * Every example of docs/api.md runs, as written, with a personal API token: the GraphQL blocks over
 * HTTP, the shell blocks with curl (localhost:4000 pointed at this test's server, ATLAS_TOKEN set).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { ROOT_DIR } from './build/client.ts';
import { createApiToken } from './repositories/api-tokens.ts';
import { signInUser } from './repositories/users.ts';
import { newPersonalToken } from './schema/security.ts';
import { seededExecutor, type Executor } from './testing/database.ts';

const run = promisify(execFile);
const DOC = readFileSync(join(ROOT_DIR, 'docs/api.md'), 'utf8');
const blocks = (language: string) =>
  [...DOC.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!);

let executor: Executor;
let server: Server;
let host: string;
let token: string;
let workDir: string;
/** The leaver's user id and token id the examples name ("6f1c…", "a9e2…"), made by the test. */
let leaverIds: Record<string, string>;

beforeAll(async () => {
  executor = await seededExecutor();
  const user = await signInUser(executor, {
    issuer: 'https://docs-test.example.org',
    subject: 'docs',
    name: 'Docs Examples',
    email: 'docs@example.org',
    initialRole: 'admin',
    forcedRole: 'admin',
  });
  const personal = newPersonalToken();
  await createApiToken(executor, {
    userId: user.id,
    name: 'docs examples',
    hash: personal.hash,
    prefix: personal.prefix,
  });
  token = personal.secret;
  // A leaver with a token of their own, for the examples that revoke it and close the account.
  const leaver = await signInUser(executor, {
    issuer: 'https://docs-test.example.org',
    subject: 'leaver',
    name: 'Lee Leaver',
    email: 'lee@example.org',
    initialRole: 'viewer',
    forcedRole: null,
  });
  const leaverToken = newPersonalToken();
  const { id: leaverTokenId } = await createApiToken(executor, {
    userId: leaver.id,
    name: 'nightly export',
    hash: leaverToken.hash,
    prefix: leaverToken.prefix,
  });
  leaverIds = { '"6f1c…"': `"${leaver.id}"`, '"a9e2…"': `"${leaverTokenId}"` };
  // Sign-in configured (not used: the examples carry the personal token), so nothing is local admin.
  const app = createApp({
    executor,
    production: true,
    oidc: {
      issuer: 'https://login.example.org',
      clientId: 'atlas',
      publicUrl: 'https://atlas.example.org',
      scopes: 'openid',
      adminEmails: [],
      adminGroups: [],
      editorGroups: [],
      sessionHours: 8,
    },
    log: () => {},
  });
  server = createServer(app.listener);
  await new Promise<void>((resolveListening) => server.listen(0, '127.0.0.1', () => resolveListening()));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  workDir = mkdtempSync(join(tmpdir(), 'atlas-docs-'));
  writeFileSync(join(workDir, 'report.html'), '<html><body><p>The LGA published a report.</p></body></html>');
  // The import example sends the example Kumu sheets, as a user would from the repository's root.
  cpSync(join(ROOT_DIR, 'docs/examples'), join(workDir, 'docs/examples'), { recursive: true });
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolveClosed) => server?.close(() => resolveClosed()));
  await executor?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('docs/api.md', () => {
  it('has examples to run', () => {
    expect(blocks('graphql').length).toBeGreaterThanOrEqual(5);
    expect(blocks('sh').length).toBeGreaterThanOrEqual(3);
  });

  it('runs every GraphQL example with a personal token, in order, without errors', async () => {
    for (const example of blocks('graphql')) {
      // As written, but for the ids of records the test made (as the shell examples' host).
      const query = Object.entries(leaverIds).reduce((text, [shown, id]) => text.replaceAll(shown, id), example);
      const body = JSON.stringify({ query });
      const response = await fetch(`http://${host}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
      expect(answer.errors, query).toBeUndefined();
      expect(answer.data, query).toBeTruthy();
    }
  });

  it('runs every shell example with curl and the personal token', async () => {
    for (const script of blocks('sh')) {
      const { stdout } = await run('sh', ['-c', script.replaceAll('localhost:4000', host)], {
        cwd: workDir,
        env: { ...process.env, ATLAS_TOKEN: token },
      });
      if (script.includes('schema.graphql')) {
        expect(stdout).toContain('type Query');
      } else {
        const answer = JSON.parse(stdout) as { data?: unknown; errors?: unknown[] };
        expect(answer.errors, script).toBeUndefined();
        expect(answer.data, script).toBeTruthy();
      }
    }
  });

  it('refuses the same examples without the token (nothing is public but me and version)', async () => {
    const [first] = blocks('sh');
    const { stdout } = await run('sh', ['-c', first!.replaceAll('localhost:4000', host)], {
      cwd: workDir,
      env: { ...process.env, ATLAS_TOKEN: '' },
    });
    expect(stdout).toContain('UNAUTHENTICATED');
  });
});
