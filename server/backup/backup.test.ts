/**
 * Backup and restore on the real test Neo4j: the round trip of the seed with engagement data,
 * contact details, interactions, audit entries and a value of every property type; the checksum;
 * refusing a non-empty database; damaged files; scheduled backups; and the two CLIs as processes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setContact } from '../repositories/contacts.ts';
import { setProfile } from '../repositories/engagement.ts';
import { logInteraction } from '../repositories/interactions.ts';
import { databaseChecksum, DatabaseNotEmptyError, type NodeRow, type StoredProperty } from '../repositories/backup.ts';
import { GraphChecksum } from '../repositories/checksum.ts';
import { readGraphVersion } from '../repositories/graph-version.ts';
import { applyMigrations } from '../db/migrate.ts';
import { emptyDatabase, seededExecutor, type Executor } from '../testing/database.ts';
import { checkBackupFile, restoreBackup, writeBackup } from './backup.ts';
import { BackupFileError, parseLine } from './format.ts';
import { pruneBackups, runScheduledBackup, startBackupSchedule } from './schedule.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EDITOR = { id: null, name: 'editor#1' };
let executor: Executor;
let dir: string;

/** A value of every type a property can hold, as [key, type, value] in the backup's encoding. */
const EVERY_TYPE: StoredProperty[] = [
  ['string', 'STRING', 'Local CIO Council – “quoted”, ünïcode, \n new line'],
  ['boolean', 'BOOLEAN', false],
  ['integer', 'INTEGER', '9007199254740993'],
  ['smallest', 'INTEGER', '-9223372036854775808'],
  ['float', 'FLOAT', '0.30000000000000004'],
  ['wholeFloat', 'FLOAT', '1.0'],
  ['negativeZero', 'FLOAT', '-0.0'],
  ['notANumber', 'FLOAT', 'NaN'],
  ['infinity', 'FLOAT', '-Infinity'],
  ['huge', 'FLOAT', '1.0E300'],
  ['date', 'DATE', '2024-02-29'],
  ['localTime', 'LOCAL TIME', '12:34:56.123456789'],
  ['time', 'ZONED TIME', '12:00:00+01:00'],
  ['localDateTime', 'LOCAL DATETIME', '2024-01-01T00:00:00'],
  ['dateTime', 'ZONED DATETIME', '2024-03-31T02:30:00.123456789+01:00[Europe/London]'],
  ['utc', 'ZONED DATETIME', '2024-03-31T02:30:00Z'],
  ['duration', 'DURATION', 'P1Y2M3DT1M40.000000001S'],
  ['negativeDuration', 'DURATION', 'P-1DT-1.5S'],
  ['point', 'POINT', { srid: 7203, x: '1.0', y: '2.5', z: null }],
  ['point3d', 'POINT', { srid: 4979, x: '-0.1276', y: '51.5072', z: '35.0' }],
  ['strings', 'LIST<STRING>', ['a', 'b', '']],
  ['booleans', 'LIST<BOOLEAN>', [true, false]],
  ['integers', 'LIST<INTEGER>', ['1', '-2', '9007199254740993']],
  ['floats', 'LIST<FLOAT>', ['1.5', '2.0']],
  ['dates', 'LIST<DATE>', ['2024-01-01']],
  ['localTimes', 'LIST<LOCAL TIME>', ['01:02:03']],
  ['times', 'LIST<ZONED TIME>', ['01:02:03Z']],
  ['localDateTimes', 'LIST<LOCAL DATETIME>', ['2024-01-01T00:00:00']],
  ['dateTimes', 'LIST<ZONED DATETIME>', ['2024-01-01T00:00:00Z']],
  ['durations', 'LIST<DURATION>', ['PT1S']],
  ['points', 'LIST<POINT>', [{ srid: 7203, x: '1.0', y: '2.0', z: null }]],
  ['empty', 'LIST<NOTHING>', []],
];

async function everyTypeNode(): Promise<NodeRow> {
  const rows = await executor.read<NodeRow & Record<string, unknown>>('backup/list-nodes');
  const node = rows.find((row) => row.labels.includes('EveryType'));
  expect(node).toBeDefined();
  return node!;
}

const byKey = (properties: StoredProperty[]) => [...properties].sort((a, b) => a[0].localeCompare(b[0]));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-backup-test-'));
  executor = await seededExecutor();
  // What users add beside the seed: engagement, contact details, interactions, and their audit entries.
  await setProfile(
    executor,
    'body:solace',
    0,
    { owner: 'Policy team', power: 5, interest: 4, stance: 'supporter', topics: ['digital leadership'] },
    EDITOR,
  );
  await setContact(executor, 'person:jos-creese', 0, { email: 'jos@example.org', phone: '+44 20 7946 0000' }, EDITOR);
  await logInteraction(
    executor,
    {
      kind: 'meeting',
      date: '2026-11-02',
      participants: ['body:solace', 'person:jos-creese'],
      summary: 'Talked through the manifesto',
      followUps: [{ what: 'Send the draft', due: '2026-11-09' }],
    },
    EDITOR,
  );
  // And a value of every property type, on two nodes and the relationship between them.
  const created = await executor.write<{ key: string; id: string }>('backup/create-nodes', {
    rows: [
      { key: 'a', labels: ['EveryType', 'Extra'], properties: EVERY_TYPE },
      { key: 'b', labels: [], properties: [] },
    ],
  });
  const id = (key: string) => created.find((row) => row.key === key)!.id;
  await executor.write('backup/create-relationships', {
    rows: [{ type: 'HAS_EVERY_TYPE', start: id('a'), end: id('b'), properties: EVERY_TYPE }],
  });
});

afterAll(async () => {
  await executor.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the checksum', () => {
  it('is the same for the same content in any order, and differs for any change, a type included', () => {
    const node = (key: string, properties: StoredProperty[]): NodeRow => ({ key, labels: ['Thing'], properties });
    const sum = (nodes: NodeRow[]) => {
      const checksum = new GraphChecksum();
      nodes.forEach((row) => checksum.addNode(row));
      return checksum.digest();
    };
    const one = node('1', [['n', 'INTEGER', '1']]);
    const two = node('2', [['n', 'INTEGER', '2']]);
    expect(sum([one, two])).toBe(sum([node('9', [['n', 'INTEGER', '2']]), node('8', [['n', 'INTEGER', '1']])]));
    expect(sum([one, two])).not.toBe(sum([one, node('2', [['n', 'FLOAT', '2.0']])]));
    expect(sum([one, two])).not.toBe(sum([one, two, two]));
    expect(sum([one])).not.toBe(sum([{ ...one, labels: ['Other'] }]));
  });

  it('changes when the database changes', async () => {
    const before = await databaseChecksum(executor);
    expect(before.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await databaseChecksum(executor)).toEqual(before);
    await setProfile(executor, 'body:solace', 1, { interest: 5 }, EDITOR);
    const after = await databaseChecksum(executor);
    expect(after.checksum).not.toBe(before.checksum);
  });
});

describe('backup and restore', () => {
  let file: string;
  let original: Awaited<ReturnType<typeof databaseChecksum>>;

  it('keeps every property of every type exactly as stored', async () => {
    expect(byKey((await everyTypeNode()).properties)).toEqual(byKey(EVERY_TYPE));
  });

  it('writes everything with a header, and the restored database has the identical checksum', async () => {
    // Every change so far numbered in the feed, as an app's sequencer would have.
    await executor.writeTransaction(async (tx) => {
      await tx.run('feed/lock-feed-sequence');
      await tx.run('feed/number-changes', { batch: 10_000 });
    });
    const [{ last: numberedBefore }] = (await executor.read('feed/get-feed-head')) as [{ last: number }];
    expect(numberedBefore).toBeGreaterThan(0);
    original = await databaseChecksum(executor);
    file = join(dir, 'round-trip.jsonl.gz');
    const progress: number[] = [];
    const written = await writeBackup(executor, file, { onProgress: ({ nodes }) => progress.push(nodes) });
    expect(written).toMatchObject({ ...original, file, attempts: 1 });
    expect(progress.at(-1)).toBe(original.nodes);
    expect(readdirSync(dir)).toEqual(['round-trip.jsonl.gz']);

    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({
      format: 'stakeholder-atlas-backup',
      version: 1,
      neo4j: { edition: 'community' },
      counts: { nodes: original.nodes, relationships: original.relationships },
    });
    expect(header.neo4j.version).toMatch(/^5\.26\./);
    expect(header.schema.constraints.map((item: { name: string }) => item.name)).toContain('entity_id_unique');
    expect(header.schema.indexes.map((item: { name: string }) => item.name)).toContain('entity_names');
    expect(lines).toHaveLength(1 + original.nodes + original.relationships + 1);
    const labels = lines.slice(1, -1).flatMap((line) => (JSON.parse(line).labels as string[] | undefined) ?? []);
    for (const label of [
      'Entity',
      'Source',
      'Alias',
      'EngagementProfile',
      'ContactDetails',
      'Interaction',
      'AuditEntry',
    ]) {
      expect(labels, label).toContain(label);
    }
    expect(JSON.parse(lines.at(-1)!)).toEqual({
      end: { nodes: original.nodes, relationships: original.relationships, checksum: original.checksum },
    });

    const versionBackedUp = await readGraphVersion(executor);
    // Into a database as a fresh start leaves it: empty, migrated (the feed's counter at 0).
    await emptyDatabase(executor);
    await applyMigrations(executor);
    expect((await databaseChecksum(executor)).nodes).toBe(0);
    const restored = await restoreBackup(executor, file, { replace: false, batchSize: 7 });
    expect(restored).toMatchObject({ ...original, file });
    expect(await databaseChecksum(executor)).toEqual(original);
    // The feed goes on after the numbers restored, never giving one twice.
    expect(await executor.read('feed/get-feed-head')).toEqual([{ last: numberedBefore }]);
    // The graph version is not restored: a new epoch, so nothing cached before is served again.
    const versionRestored = await readGraphVersion(executor);
    expect(versionRestored).not.toBe('none');
    expect(versionRestored.split(':')[0]).not.toBe(versionBackedUp.split(':')[0]);
    expect(byKey((await everyTypeNode()).properties)).toEqual(byKey(EVERY_TYPE));
    const [contact] = await executor.read<{ contact: { email: string } }>('contacts/get-contacts', {
      ids: ['person:jos-creese'],
    });
    expect(JSON.stringify(contact)).toContain('jos@example.org');
  }, 180_000);

  it('refuses a database that is not empty unless told to replace it', async () => {
    await setProfile(executor, 'body:solace', 2, { interest: 3 }, EDITOR);
    const changed = await databaseChecksum(executor);
    expect(changed.checksum).not.toBe(original.checksum);
    await expect(restoreBackup(executor, file, { replace: false })).rejects.toThrow(DatabaseNotEmptyError);
    expect(await databaseChecksum(executor)).toEqual(changed);

    await restoreBackup(executor, file, { replace: true });
    expect(await databaseChecksum(executor)).toEqual(original);
  });
});

describe('a damaged backup', () => {
  let lines: string[];
  let good: string;
  beforeAll(async () => {
    const file = join(dir, 'good.jsonl.gz');
    await writeBackup(executor, file);
    lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    good = file;
  });

  /** The file's lines again with its closing line recomputed, so only the change itself is wrong. */
  function withRightClosingLine(changed: string[]): string[] {
    const checksum = new GraphChecksum();
    for (const [index, text] of changed.slice(1, -1).entries()) {
      const line = parseLine(text, 'f', index + 2);
      if (line.kind === 'node') checksum.addNode(line.node);
      if (line.kind === 'relationship') checksum.addRelationship(line.relationship);
    }
    const end = { nodes: checksum.nodes, relationships: checksum.relationships, checksum: checksum.digest() };
    return [...changed.slice(0, -1), JSON.stringify({ end })];
  }

  const write = (name: string, content: Buffer) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const gz = (name: string, changed: string[]) => write(name, gzipSync(`${changed.join('\n')}\n`));
  /** The line of body:solace's node. */
  const nodeLineAt = () => lines.findIndex((line) => line.includes('"id":["STRING","body:solace"]'));

  it('is refused with the line at fault, and the database is left as it was, even with --replace', async () => {
    const before = await databaseChecksum(executor);
    const complete = gzipSync(`${lines.join('\n')}\n`);
    const at = nodeLineAt();
    const cases: [string, string, RegExp][] = [
      [write('truncated.gz', complete.subarray(0, complete.length - 200)), 'truncated gzip', /damaged or truncated/],
      [gz('no-end.gz', lines.slice(0, -1)), 'no closing line', new RegExp(`line ${lines.length - 1}: .*truncated`)],
      [
        gz(
          'changed.gz',
          lines.map((line, index) =>
            index === at ? line.replace('"createdBy":["STRING","seed"]', '"createdBy":["STRING","someone"]') : line,
          ),
        ),
        'edited value',
        new RegExp(`line ${lines.length}: .*was changed`),
      ],
      [
        gz(
          'not-json.gz',
          lines.map((line, index) => (index === 2 ? '{"node": ' : line)),
        ),
        'not JSON',
        /line 3: not valid JSON/,
      ],
      [
        gz(
          'bad-type.gz',
          lines.map((line, index) => (index === at ? line.replace('["INTEGER",', '["HUGEINT",') : line)),
        ),
        'unknown type',
        new RegExp(`line ${at + 1}: .*unknown property type "HUGEINT"`),
      ],
      [
        gz(
          'bad-integer.gz',
          lines.map((line, index) => (index === at ? line.replace(/\["INTEGER","\d+"\]/, '["INTEGER","1.5"]') : line)),
        ),
        'bad integer',
        new RegExp(`line ${at + 1}: .*not a INTEGER value`),
      ],
      [
        gz('newer.gz', [lines[0]!.replace('"version":1', '"version":2'), ...lines.slice(1)]),
        'newer format',
        /line 1: .*format version 2/,
      ],
      [gz('other.gz', ['{"hello":"world"}']), 'not a backup', /line 1: not a Stakeholder Atlas backup/],
      [write('plain.jsonl', Buffer.from(lines.join('\n'))), 'not gzipped', /damaged or truncated/],
      [join(dir, 'missing.gz'), 'missing', /cannot be read/],
    ];
    for (const [file, what, reason] of cases) {
      const error = await restoreBackup(executor, file, { replace: true }).catch((caught: unknown) => caught);
      expect(error, what).toBeInstanceOf(BackupFileError);
      expect((error as Error).message, what).toMatch(reason);
    }
    expect(await databaseChecksum(executor)).toEqual(before);
  }, 180_000);

  it('that passes the file check but holds a value Neo4j rejects writes nothing of it', async () => {
    const before = await databaseChecksum(executor);
    const at = nodeLineAt();
    const bad = withRightClosingLine(
      lines.map((line, index) =>
        index === at ? line.replace(/"createdAt":\["STRING","([^"]+)"\]/, '"createdAt":["DATE","2026-13-45"]') : line,
      ),
    );
    const file = gz('bad-date.gz', bad);
    await expect(checkBackupFile(file)).resolves.toMatchObject({ nodes: before.nodes });
    await emptyDatabase(executor);
    await expect(restoreBackup(executor, file, { replace: false })).rejects.toThrow(
      /backup\/create-nodes.*MonthOfYear/,
    );
    expect(await databaseChecksum(executor)).toMatchObject({ nodes: 0, relationships: 0 });
    await restoreBackup(executor, good, { replace: false });
    expect(await databaseChecksum(executor)).toEqual(before);
  });
});

describe('scheduled backups', () => {
  it('write one backup per period, whichever instance claims it first, and keep the newest N', async () => {
    const scheduled = join(dir, 'scheduled');
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    writeFileSync(join(dir, 'unrelated.txt'), 'not a backup');
    const written: string[] = [];
    for (const period of [1, 2, 3, 4]) {
      const now = new Date(Date.UTC(2026, 10, 30, period));
      const file = await runScheduledBackup(executor, { dir: scheduled, keep: 2, log, period, now, instance: 'one' });
      expect(file).not.toBeNull();
      written.push(file!);
      // A second instance finds the period taken.
      expect(
        await runScheduledBackup(executor, { dir: scheduled, keep: 2, log, period, now, instance: 'two' }),
      ).toBeNull();
    }
    expect(readdirSync(scheduled).sort()).toEqual(
      written
        .slice(-2)
        .map((file) => file.split('/').at(-1))
        .sort(),
    );
    expect(lines.filter((line) => /^Scheduled backup: .*atlas-backup-/.test(line))).toHaveLength(4);
    expect(lines.filter((line) => /is one's to write/.test(line))).toHaveLength(4);
    await expect(checkBackupFile(written.at(-1)!)).resolves.toMatchObject({
      header: { format: 'stakeholder-atlas-backup' },
    });
    expect(await pruneBackups(dir, 0)).toEqual([]);
    expect(existsSync(join(dir, 'unrelated.txt'))).toBe(true);
  });

  it('run on their timer until stopped', async () => {
    const timed = join(dir, 'timed');
    const lines: string[] = [];
    const schedule = startBackupSchedule(executor, {
      dir: timed,
      everyMs: 1_000,
      keep: 3,
      log: (line) => lines.push(line),
    });
    try {
      const deadline = Date.now() + 30_000;
      while (
        !(existsSync(timed) && readdirSync(timed).some((name) => name.endsWith('.jsonl.gz'))) &&
        Date.now() < deadline
      ) {
        await new Promise((later) => setTimeout(later, 100));
      }
      expect(readdirSync(timed).filter((name) => name.endsWith('.jsonl.gz')).length).toBeGreaterThan(0);
    } finally {
      schedule.stop();
      await schedule.idle();
    }
    expect(lines[0]).toMatch(/every .* into .*timed, keeping the newest 3/);
    expect(lines.some((line) => line.includes('failed'))).toBe(false);
  });
});

describe('npm run backup and npm run restore', () => {
  const run = (script: string, args: string[]) =>
    new Promise<{ code: number | null; output: string }>((resolveRun, reject) => {
      const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'server/cli', script), ...args], {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NODE_ENV: 'test' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.once('error', reject);
      child.once('exit', (code) => resolveRun({ code, output }));
    });

  it('back up the running database and restore it, refusing to overwrite without --replace --yes', async () => {
    // The CLIs migrate the database they open (the change feed numbers entries written without an
    // app's sequencer, as these were): done first, so the backup holds exactly what is checked here.
    await applyMigrations(executor);
    const before = await databaseChecksum(executor);
    const out = join(dir, 'cli');
    const backup = await run('backup.ts', ['--out', `${out}/`]);
    expect(backup.output).toContain(`Checksum ${before.checksum}`);
    expect(backup.code).toBe(0);
    const [name] = readdirSync(out);
    const file = join(out, name!);

    const refused = await run('restore.ts', [file]);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/not empty .*--replace/);
    const unconfirmed = await run('restore.ts', [file, '--replace']);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.output).toContain('pass --yes');

    await setProfile(executor, 'body:solace', 2, { interest: 1 }, EDITOR);
    expect((await databaseChecksum(executor)).checksum).not.toBe(before.checksum);
    const restored = await run('restore.ts', [file, '--replace', '--yes']);
    expect(restored.output).toContain(`Checksum ${before.checksum}, the backup's`);
    expect(restored.output).toMatch(/Saved what the database held to .*atlas-before-restore-.*\.jsonl\.gz/);
    expect(readdirSync(out).filter((saved) => saved.startsWith('atlas-before-restore-'))).toHaveLength(1);
    expect(restored.code).toBe(0);
    expect(await databaseChecksum(executor)).toEqual(before);

    writeFileSync(join(dir, 'cut.gz'), readFileSync(file).subarray(0, 100));
    const damaged = await run('restore.ts', [join(dir, 'cut.gz'), '--check']);
    expect(damaged.code).toBe(1);
    expect(damaged.output).toMatch(/damaged or truncated[\s\S]*Nothing was restored/);
  }, 240_000);
});
