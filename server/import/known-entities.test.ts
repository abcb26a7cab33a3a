/** The preview's candidates come from the indexes: what they must still find. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEntity } from '../repositories/entities.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { importUploads } from './uploads.ts';

let executor: Executor;
const actor = { id: null, name: 'test' };
const cite = [{ source: 'source:socitm-local-digital-coalition', quote: 'Socitm Press Office' }];

beforeAll(async () => {
  executor = await seededExecutor();
  // Its id is what a row named "Northfold Borough Council" would get, its name nothing like it.
  await createEntity(
    executor,
    {
      id: 'body:northfold-borough-council',
      kind: 'BODY',
      name: 'Quite Another Body',
      type: 'network',
      sector: 'private',
      citations: cite,
    },
    actor,
  );
}, 120_000);
afterAll(() => executor.close());

const file = (rows: string[]) => [
  { name: 'elements.csv', bytes: new TextEncoder().encode(['Label,Type,Sector', ...rows].join('\n')) },
];

describe('the stakeholders a preview compares rows with', () => {
  it('finds exact names, aliases and possible duplicates through the full-text index', async () => {
    const report = await importUploads(
      executor,
      file(['Socitm,Network,local-government', 'LGCC,Network,local-government', 'Soctim,Network,local-government']),
      { actor, dryRun: true },
    );
    expect(report.problems).toEqual([]);
    expect(
      report.stakeholders.map((row) => [
        row.name,
        row.outcome.kind,
        'entityId' in row.outcome ? row.outcome.entityId : null,
      ]),
    ).toEqual([
      ['Socitm', 'matches', 'body:socitm'],
      ['LGCC', 'matches', 'body:local-cio-council'],
      ['Soctim', 'possible-duplicate', 'body:socitm'],
    ]);
  });

  it('never gives a new row the id of a stakeholder the index did not offer', async () => {
    const report = await importUploads(executor, file(['Northfold Borough Council,Council,local-government']), {
      actor,
      dryRun: true,
    });
    const [row] = report.stakeholders;
    expect(row).toMatchObject({ name: 'Northfold Borough Council', outcome: { kind: 'new' } });
    expect(row!.entityId).toMatch(/^body:northfold-borough-council-/);
  });
});
