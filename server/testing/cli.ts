/** Runs a CLI of server/cli/ as a user does: a real process, against the test Neo4j. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';
import { ROOT_DIR } from '../build/client.ts';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(script: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'server/cli', script), ...args], {
      cwd: ROOT_DIR,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: '', NEO4J_PASSWORD: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

export const runImport = (...args: string[]) => runCli('import.ts', args);
