/** The client's operations as the warm-up runs them, and the variables it makes up for them. */
import { getVariableValues } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SearchDocument } from '../../client/api/generated/operations.ts';
import { queryText } from '../../client/api/operation-text.ts';
import { createSchema } from '../schema/index.ts';
import { clientOperations, sampleVariables } from './client-operations.ts';

const schema = createSchema();
const samples = {
  entityIds: ['body:lga', 'body:socitm', 'person:ada'],
  personIds: ['person:ada', 'person:grace'],
  sourceIds: ['source:report'],
};
const operations = clientOperations();
const byName = (name: string) => operations.find((operation) => operation.name === name)!;

describe('clientOperations', () => {
  it('lists each operation once, in the very text the client sends', () => {
    const names = operations.map((operation) => operation.name);
    expect(new Set(names).size).toBe(names.length);
    expect(byName('Search')).toMatchObject({ kind: 'query', text: queryText(SearchDocument) });
    expect(byName('LogInteraction').kind).toBe('mutation');
    expect(byName('LiveChanges').kind).toBe('subscription');
  });
});

describe('sampleVariables', () => {
  it('gives every query variables its schema accepts, in every run', () => {
    for (const operation of operations.filter((each) => each.kind === 'query')) {
      for (const run of [0, 1, 5]) {
        const variables = sampleVariables(schema, operation, samples, run, '2026-12-07');
        const coerced = getVariableValues(schema, operation.definition.variableDefinitions ?? [], variables);
        expect(coerced.errors ?? [], `${operation.name}, run ${run}`).toEqual([]);
      }
    }
  });

  it('takes ids of the kind of record asked for, two different ones for a path, and others each run', () => {
    const paths = (run: number) => sampleVariables(schema, byName('Paths'), samples, run, '2026-12-07');
    expect(paths(0)).toEqual({ from: 'body:lga', to: 'body:socitm' });
    expect(paths(1)).toEqual({ from: 'body:socitm', to: 'person:ada' });
    expect(sampleVariables(schema, byName('SourcePage'), samples, 0, '2026-12-07')).toEqual({ id: 'source:report' });
    expect(sampleVariables(schema, byName('PersonContact'), samples, 1, '2026-12-07')).toEqual({ id: 'person:grace' });
    const search = (run: number) => sampleVariables(schema, byName('Search'), samples, run, '2026-12-07');
    expect(search(0).text).not.toBe(search(1).text);
    // Required variables only: the optional ones keep the server's defaults.
    expect(sampleVariables(schema, byName('Neighbourhood'), samples, 0, '2026-12-07')).toEqual({
      id: 'body:lga',
      depth: 2,
    });
  });
});
