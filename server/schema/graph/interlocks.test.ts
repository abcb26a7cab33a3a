import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { data, errorOf } from '../../testing/graphql.ts';

let executor: Executor;
let app: App;

beforeAll(async () => {
  executor = await seededExecutor();
  app = createApp({ executor });
});
afterAll(() => executor.close());

const INTERLOCKS = `query ($id: ID!, $asOf: String) {
  interlocksOf(id: $id, asOf: $asOf) {
    body { id name kind }
    people { person { id name } here { id type role validFrom validTo } there { id type role validFrom validTo } }
  }
}`;
type Edge = { id: string; type: string; role: string | null; validFrom: string | null; validTo: string | null };
type Interlocks = {
  interlocksOf: {
    body: { id: string; name: string; kind: string };
    people: { person: { id: string; name: string }; here: Edge[]; there: Edge[] }[];
  }[];
};
const sharedWith = (answer: Interlocks, body: string) =>
  answer.interlocksOf.find((interlock) => interlock.body.id === body)?.people.map((shared) => shared.person.id) ?? [];

describe('interlocksOf', () => {
  it('lists the bodies sharing people with a body, with the people, their roles and dates', async () => {
    const answer = await data<Interlocks>(app, INTERLOCKS, { id: 'body:local-cio-council', asOf: '2012' });
    expect(answer.interlocksOf.every((interlock) => interlock.body.kind === 'BODY')).toBe(true);
    expect(answer.interlocksOf.map((interlock) => interlock.body.id)).not.toContain('body:local-cio-council');
    // Jos Creese chaired the council (2008 to 2016) and was CIO of Hampshire County Council from 2008.
    expect(sharedWith(answer, 'body:hampshire-county-council')).toEqual(['person:jos-creese']);
    const jos = answer.interlocksOf
      .find((interlock) => interlock.body.id === 'body:hampshire-county-council')!
      .people.find((shared) => shared.person.id === 'person:jos-creese')!;
    expect(jos.here).toEqual([
      {
        id: 'rel:jos-creese-chairs-local-cio-council',
        type: 'CHAIRS',
        role: 'Chair (chairman)',
        validFrom: '2008',
        validTo: '2016',
      },
    ]);
    expect(jos.there).toEqual([expect.objectContaining({ type: 'HOLDS_ROLE_AT', role: 'CIO', validFrom: '2008' })]);
    expect(sharedWith(answer, 'body:socitm')).toContain('person:richard-steel');
    // Most shared people first.
    const counts = answer.interlocksOf.map((interlock) => interlock.people.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('respects as of: a chair that ended in 2016 no longer links the council to Hampshire in 2020', async () => {
    const later = await data<Interlocks>(app, INTERLOCKS, { id: 'body:local-cio-council', asOf: '2020' });
    expect(sharedWith(later, 'body:hampshire-county-council')).toEqual([]);
    const allTime = await data<Interlocks>(app, INTERLOCKS, { id: 'body:local-cio-council' });
    expect(sharedWith(allTime, 'body:hampshire-county-council')).toEqual(['person:jos-creese']);
    const before = await data<Interlocks>(app, INTERLOCKS, { id: 'body:local-cio-council', asOf: '2005' });
    expect(before.interlocksOf).toEqual([]);
  });

  it('names a bad id or date', async () => {
    expect((await errorOf(app, INTERLOCKS, { id: 'body:nobody' })).message).toMatch(/body:nobody/);
    expect(await errorOf(app, INTERLOCKS, { id: 'body:local-cio-council', asOf: '2012-13' })).toMatchObject({
      field: 'asOf',
    });
  });
});
