/**
 * Vitest global setup: one real Neo4j per test run, on a free port, in a temporary data directory
 * (never the user's .data/). Test files reach it through inject('neo4jUri').
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../launcher/embedded-neo4j.ts';
import { freePort } from '../launcher/ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-test-neo4j-'));
  const started = Date.now();
  const neo4j = await startEmbeddedNeo4j({
    port: await freePort(),
    dataDir,
    log: (line) => console.log(`[test neo4j] ${line}`),
  });
  console.log(
    `[test neo4j] ready at ${neo4j.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data in ${dataDir})`,
  );
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
