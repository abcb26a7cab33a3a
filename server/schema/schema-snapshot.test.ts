/**
 * The API other tools rely on: the schema may grow, but a breaking change against the committed
 * snapshot fails here (graphql-inspector's criticality), whoever makes it. A deliberate change is
 * recorded with `npm run schema:snapshot` and reviewed with the commit (docs/api.md#the-schema).
 */
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from './index.ts';
import { currentSdl, readSnapshot } from './snapshot.ts';

describe('the schema snapshot', () => {
  it('has no breaking change against the committed snapshot', async () => {
    const changes = await diff(buildSchema(readSnapshot()), createSchema());
    const breaking = changes
      .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
      .map((change) => change.message);
    expect(breaking, 'breaking changes: if deliberate, run npm run schema:snapshot and say so in docs/api.md').toEqual(
      [],
    );
  });

  it('is up to date (npm run schema:snapshot records additions)', () => {
    expect(readSnapshot()).toBe(currentSdl());
  });

  it('catches a breaking change (a removed field, a new required argument)', async () => {
    const before = buildSchema('type Query { a(x: Int): String, b: String }');
    const after = buildSchema('type Query { a(x: Int, y: Int!): String }');
    const levels = (await diff(before, after)).map((change) => change.criticality.level);
    expect(levels.filter((level) => level === CriticalityLevel.Breaking)).toHaveLength(2);
  });
});
