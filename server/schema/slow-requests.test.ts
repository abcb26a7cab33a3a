import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { data } from '../testing/graphql.ts';
import { slowRequestLine } from './slow-requests.ts';

let executor: Executor;
beforeAll(async () => {
  executor = await seededExecutor();
});
afterAll(() => executor.close());

const NEIGHBOURHOOD = 'query Around($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id } } }';

describe('the slow-request log', () => {
  it('logs a request over the threshold with its operation name, time and request id', async () => {
    const lines: string[] = [];
    // A request that reads Neo4j takes more than a millisecond.
    const app = createApp({ executor, slowRequestMs: 1, log: (line) => lines.push(line) });
    await data(app, NEIGHBOURHOOD, { id: 'body:socitm' });
    await data(app, '{ neighbourhood(id: "body:socitm") { truncated } }');
    expect(lines).toEqual([
      expect.stringMatching(/^slow request: Around took \d+ ms \(request id [0-9a-f-]{36}\)$/),
      expect.stringMatching(/^slow request: \(anonymous\) took \d+ ms \(request id [0-9a-f-]{36}\)$/),
    ]);
  });

  it('logs nothing under the threshold, and nothing when it is 0', async () => {
    const lines: string[] = [];
    for (const slowRequestMs of [3_600_000, 0]) {
      const app = createApp({ executor, slowRequestMs, log: (line) => lines.push(line) });
      await data(app, NEIGHBOURHOOD, { id: 'body:socitm' });
    }
    expect(lines).toEqual([]);
  });

  it('writes one line in a fixed form', () => {
    expect(slowRequestLine('Paths', 1234.4, 'abc')).toBe('slow request: Paths took 1234 ms (request id abc)');
    expect(slowRequestLine(null, 12, undefined)).toBe('slow request: (anonymous) took 12 ms (request id none)');
  });
});
