import { describe, expect, it } from 'vitest';
import { networkDiff, statesBefore, type RecordedChange } from './network-diff.ts';

const cite = [{ source: 'src:a', quote: 'q' }];
const lga = { id: 'body:lga', kind: 'BODY', name: 'LGA', type: 'association', sector: 'local', citations: cite };
const socitm = {
  id: 'body:socitm',
  kind: 'BODY',
  name: 'Socitm',
  type: 'association',
  sector: 'local',
  citations: cite,
};
const member = {
  id: 'rel:socitm-member-of-lga',
  type: 'MEMBER_OF',
  from: 'body:socitm',
  to: 'body:lga',
  dateBasis: 'stated',
  confidence: 0.8,
  citations: cite,
};
const chair = { ...member, id: 'rel:ann-chairs-lga', type: 'CHAIRS', from: 'person:ann', role: 'Chair' };

let seq = 0;
const change = (actor: string, action: string, targetId: string, before: unknown, after: unknown): RecordedChange => {
  seq++;
  return { seq, at: `2026-03-${String(seq).padStart(2, '0')}T09:00:00Z`, actor, action, targetId, before, after };
};

// A scripted history: the numbers are each change's seq.
const history: RecordedChange[] = [
  /* 1 */ change('Ada', 'createEntity', 'body:newco', null, { ...lga, id: 'body:newco', name: 'NewCo' }),
  /* 2 */ change('Ada', 'updateRelationship', member.id, member, { ...member, confidence: 0.6 }),
  /* 3 */ change('Bo', 'updateRelationship', member.id, { ...member, confidence: 0.6 }, { ...member, confidence: 1 }),
  /* 4 */ change('Ada', 'retireRelationship', chair.id, chair, { retired: true, reason: 'left' }),
  /* 5 */ change('Bo', 'retireEntity', 'body:socitm', socitm, { retired: true, reason: 'merged' }),
  /* 6 */ change('Bo', 'restoreEntity', 'body:socitm', { retired: true, reason: 'merged' }, socitm),
  /* 7 */ change('Ada', 'updateEntity', 'body:lga', lga, { ...lga, name: 'Local Government Association' }),
  /* 8 */ change('Ada', 'createRelationship', 'rel:new', null, { ...member, id: 'rel:new', from: 'body:newco' }),
  /* 9 */ change('Bo', 'setEngagement', 'body:lga', null, { stance: 'supportive' }),
  /* 10 */ change('Ada', 'updateEntity', 'body:newco', { ...lga, id: 'body:newco', name: 'NewCo' }, lga),
  /* 11 */ change('Ada', 'retireEntity', 'body:gone', lga, { retired: true, reason: 'x' }),
  /* 12 */ change('Bo', 'updateRelationship', 'rel:ends', member, { ...member, validTo: '2026-02' }),
  /* 13 */ change('Ada', 'updateRelationship', 'rel:back', member, { ...member, role: 'x' }),
  /* 14 */ change('Ada', 'updateRelationship', 'rel:back', { ...member, role: 'x' }, member),
];

describe('networkDiff', () => {
  it('folds a scripted history into one line per record, first before and last after', () => {
    const diff = networkDiff(history);
    expect(
      diff.map(({ kind, id, change, actors, firstSeq, lastSeq, count }) => [
        kind,
        id,
        change,
        actors,
        firstSeq,
        lastSeq,
        count,
      ]),
    ).toEqual([
      ['ENTITY', 'body:newco', 'CREATED', ['Ada'], 1, 10, 2],
      ['ENTITY', 'body:lga', 'RENAMED', ['Ada'], 7, 7, 1],
      ['ENTITY', 'body:gone', 'RETIRED', ['Ada'], 11, 11, 1],
      ['RELATIONSHIP', member.id, 'EDITED', ['Ada', 'Bo'], 2, 3, 2],
      ['RELATIONSHIP', chair.id, 'ENDED', ['Ada'], 4, 4, 1],
      ['RELATIONSHIP', 'rel:new', 'GAINED', ['Ada'], 8, 8, 1],
      ['RELATIONSHIP', 'rel:ends', 'ENDED', ['Bo'], 12, 12, 1],
    ]);
  });

  it('keeps the first before and the last after of a record changed several times', () => {
    const edited = networkDiff(history).find((entry) => entry.id === member.id)!;
    expect(edited.before).toEqual(member);
    expect(edited.after).toEqual({ ...member, confidence: 1 });
    expect(edited.fields).toEqual([{ field: 'confidence', before: '0.8', after: '1' }]);
  });

  it('a created record comes with its whole last version; a retired one with its last live version', () => {
    const diff = networkDiff(history);
    const created = diff.find((entry) => entry.id === 'body:newco')!;
    expect(created.before).toBeNull();
    expect(created.after).toEqual(lga);
    const ended = diff.find((entry) => entry.id === chair.id)!;
    expect(ended.before).toEqual(chair);
    expect(ended.after).toBeNull();
  });

  it('a retire and restore within the period, or an edit made and undone, leaves no line', () => {
    const ids = networkDiff(history).map((entry) => entry.id);
    expect(ids).not.toContain('body:socitm');
    expect(ids).not.toContain('rel:back');
  });

  it('a record retired before the period and restored in it is restored', () => {
    const [restored] = networkDiff([history[5]!]);
    expect(restored).toMatchObject({ id: 'body:socitm', change: 'RESTORED', before: null, after: socitm });
  });

  it("reads the period's changes in seq order, whatever order they come in", () => {
    const period = history.slice(1, 3).reverse();
    expect(networkDiff(period).map((entry) => [entry.id, entry.change, entry.firstSeq])).toEqual([
      [member.id, 'EDITED', 2],
    ]);
  });
});

describe('statesBefore', () => {
  it('gives each touched record as it was before its first change after the date', () => {
    const states = statesBefore(history.slice(3));
    const byId = new Map(states.map((state) => [state.id, state.record]));
    expect(byId.get(chair.id)).toEqual(chair);
    expect(byId.get('body:socitm')).toEqual(socitm);
    expect(byId.get('body:lga')).toEqual(lga);
    // Created after the date: not there then.
    expect(byId.get('rel:new')).toBeNull();
    // Renamed after the date: its name then.
    expect(byId.get('body:newco')).toMatchObject({ name: 'NewCo' });
    expect(byId.get('body:gone')).toEqual(lga);
    // Engagement changes are not records of the network.
    expect(states.every((state) => state.kind === 'ENTITY' || state.kind === 'RELATIONSHIP')).toBe(true);
    expect(states).toHaveLength(8);
  });
});
