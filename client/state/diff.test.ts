import { describe, expect, it } from 'vitest';
import { diffMarks, diffVariables, nextDay, retiredEdges, retiredEnds, type DiffLine } from './diff.ts';
import { readSharedState, writeSharedState } from './url.ts';
import { initialState } from './defaults.ts';

const line = (patch: Partial<DiffLine>): DiffLine => ({
  kind: 'RELATIONSHIP',
  id: 'rel:a',
  change: 'GAINED',
  label: 'MEMBER_OF',
  source: 'body:a',
  target: 'body:b',
  entities: [],
  fields: [],
  before: null,
  after: '{}',
  actors: ['Ada'],
  count: 1,
  firstSeq: 1,
  lastSeq: 1,
  ...patch,
});

const retired = line({
  id: 'rel:gone',
  change: 'ENDED',
  before: JSON.stringify({ type: 'CHAIRS', confidence: 0.8 }),
  after: null,
});

describe('a period on the map', () => {
  it('marks each line: created, restored and gained green; retired and ended red; renamed and edited amber', () => {
    const marks = diffMarks([
      line({}),
      retired,
      line({ id: 'rel:e', change: 'EDITED' }),
      line({ kind: 'ENTITY', id: 'body:n', change: 'CREATED' }),
      line({ kind: 'ENTITY', id: 'body:r', change: 'RENAMED' }),
      line({ kind: 'ENTITY', id: 'body:x', change: 'RETIRED' }),
    ]);
    expect([...marks]).toEqual([
      ['rel:a', 'gained'],
      ['rel:gone', 'ended'],
      ['rel:e', 'edited'],
      ['body:n', 'gained'],
      ['body:r', 'edited'],
      ['body:x', 'ended'],
    ]);
  });

  it('draws a retired relationship from its last version when both ends are on the map and it is not', () => {
    const nodes = new Set(['body:a', 'body:b']);
    expect(retiredEdges([retired, line({})], nodes, new Set())).toEqual([
      { id: 'rel:gone', source: 'body:a', target: 'body:b', type: 'CHAIRS', family: 'MEMBERSHIP', confidence: 0.8 },
    ]);
    expect(retiredEdges([retired], new Set(['body:a']), new Set())).toEqual([]);
    expect(retiredEdges([retired], nodes, new Set(['rel:gone']))).toEqual([]);
    // Ended by an end date: still in the network, drawn as it is.
    expect(retiredEdges([line({ change: 'ENDED', before: '{}', after: '{}' })], nodes, new Set())).toEqual([]);
  });

  it("keeps a retired relationship's ends on the map while the period is shown", () => {
    expect(retiredEnds([retired, line({ source: 'body:c' })], new Set(['body:a']))).toEqual(['body:b']);
    expect(retiredEnds([retired], new Set(['body:a', 'body:b']))).toEqual([]);
  });

  it('asks for whole days, the last included', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(diffVariables({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-03-01', to: '2026-04-01' });
    expect(diffVariables({ from: '2026-03-01', to: null })).toEqual({ from: '2026-03-01' });
  });
});

describe('the Changes view, a period and a recorded day in the address', () => {
  it('round-trips and ignores days that are not days', () => {
    const state = {
      ...initialState(),
      view: 'changes' as const,
      recordedAt: '2026-02-28',
      diff: { from: '2026-03-01', to: null },
    };
    const search = writeSharedState(state);
    expect(search).toBe('?view=changes&recorded=2026-02-28&diff=2026-03-01..');
    expect(readSharedState(search)).toEqual({
      view: 'changes',
      recordedAt: '2026-02-28',
      diff: { from: '2026-03-01', to: null },
    });
    expect(readSharedState('?recorded=2026-02-30&diff=soon..2026-03-01')).toEqual({});
    expect(readSharedState('?diff=2026-03-01..2026-03-31').diff).toEqual({ from: '2026-03-01', to: '2026-03-31' });
  });
});
