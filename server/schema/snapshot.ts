/**
 * The committed schema snapshot (server/schema/schema.snapshot.graphql): the API other tools rely on.
 * schema-snapshot.test.ts fails on a breaking change against it, and on any change not yet in it;
 * `npm run schema:snapshot` writes the current schema there, deliberately.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './index.ts';

export const SNAPSHOT_PATH = fileURLToPath(new URL('./schema.snapshot.graphql', import.meta.url));

/** The schema as SDL, types sorted, so the snapshot's diff shows only real changes. */
export function currentSdl(): string {
  return `${printSchema(lexicographicSortSchema(createSchema()))}\n`;
}

export function readSnapshot(): string {
  return readFileSync(SNAPSHOT_PATH, 'utf8');
}

export function writeSnapshot(): void {
  writeFileSync(SNAPSHOT_PATH, currentSdl());
}
