/** How the CLIs end: a message and what to do next for what is expected, a request id for the rest. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../config.ts';
import { Neo4jLaunchError } from '../launcher/errors.ts';
import { CliFailure, EXIT_STATUS, reportFailure, UsageError } from './run.ts';

const folder = mkdtempSync(join(tmpdir(), 'atlas-cli-run-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

class BadFileError extends Error {}

function report(error: unknown): { status: number; lines: string[] } {
  const lines: string[] = [];
  const status = reportFailure(
    error,
    { name: 'demo', usage: 'Usage: npm run demo', whenInUse: 'Use NEO4J_URI.', expected: [BadFileError] },
    (line) => lines.push(line),
  );
  return { status, lines };
}

describe('how a CLI ends', () => {
  it('prints an expected failure with what to do next and its status, without a stack trace', () => {
    expect(report(new UsageError('--out needs a file'))).toEqual({
      status: EXIT_STATUS.USAGE,
      lines: ['[demo] --out needs a file', 'Usage: npm run demo'],
    });
    expect(report(new CliFailure('3 problems', EXIT_STATUS.REFUSED, 'Fix them and run again.'))).toEqual({
      status: 1,
      lines: ['[demo] 3 problems', '[demo] Fix them and run again.'],
    });
    expect(report(new ConfigError('PORT must be a number')).status).toBe(EXIT_STATUS.UNAVAILABLE);
    expect(report(new Neo4jLaunchError('The store is in use by another process'))).toEqual({
      status: EXIT_STATUS.UNAVAILABLE,
      lines: ['[demo] The store is in use by another process', '[demo] Use NEO4J_URI.'],
    });
    expect(report(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ServiceUnavailable' })).status).toBe(3);
    expect(report(new BadFileError('the file is damaged'))).toEqual({
      status: 1,
      lines: ['[demo] the file is damaged'],
    });
  });

  it('gives an unexpected failure a request id that finds its stack in the log', () => {
    process.env.CLI_LOG_FILE = join(folder, 'cli.log');
    try {
      const { status, lines } = report(new TypeError('cannot read x of undefined'));
      expect(status).toBe(EXIT_STATUS.UNEXPECTED);
      expect(lines.join('\n')).not.toMatch(/\n\s+at /);
      const id = /request id ([0-9a-f-]{36})/.exec(lines[0]!)![1]!;
      expect(lines[1]).toContain(join(folder, 'cli.log'));
      const logged = readFileSync(join(folder, 'cli.log'), 'utf8');
      expect(logged).toContain(`[demo] request ${id}: TypeError: cannot read x of undefined`);
      expect(logged).toMatch(/\n\s+at /);
    } finally {
      delete process.env.CLI_LOG_FILE;
    }
  });
});
