/**
 * The rules on a second text the project never tuned them on: a short press release written for
 * this test (invented bodies and people, in the house style of council press offices, not taken from
 * any seed text), with the atlas and the facts a reader takes from it. docs/reading.md reports how the
 * rules do on it.
 */
import { describe, expect, it } from 'vitest';
import { namedEntity as entity, readWholeText } from './testing.ts';

const TEXT = `Councils and health trust join forces on digital inclusion

Northshire County Council, Eastvale District Council and the Riverside NHS Trust have agreed to work together on a three-year digital inclusion plan.
The Northshire Digital Partnership has been formed by the three organisations, with funding from the Rural Connectivity Fund.
Northshire County Council, the lead authority for the area, and Eastvale District Council welcomed the agreement between themselves, the Trust and Carers First to form the partnership.
With representation from parish councils, Carers First and the Northshire Libraries Service, the Northshire Digital Partnership Board will meet every two months.
The partnership will work with and support the island councils, although it is not a member of the Digital Councils Network.
Dr Amira Shah, Chief Executive of the Riverside NHS Trust, said: "This partnership is about people, not devices." Dr Shah will chair the Northshire Digital Partnership Board.`;

const ATLAS = [
  entity('body:northshire', 'Northshire County Council'),
  entity('body:eastvale', 'Eastvale District Council'),
  entity('body:riverside', 'Riverside NHS Trust'),
  entity('body:partnership', 'Northshire Digital Partnership'),
  entity('body:board', 'Northshire Digital Partnership Board'),
  entity('programme:fund', 'Rural Connectivity Fund'),
  entity('body:carers', 'Carers First'),
  entity('body:libraries', 'Northshire Libraries Service'),
  entity('body:harra', 'Harra Isles Council (island council)'),
  entity('body:skerry', 'Skerry Islands Council (island council)'),
  entity('body:network', 'Digital Councils Network'),
  entity('person:shah', 'Amira Shah'),
];

/** What a reader takes from it (a founder of a partnership is also its member). */
const EXPECTED = [
  'body:northshire COLLABORATES_WITH body:eastvale',
  'body:northshire COLLABORATES_WITH body:riverside',
  'body:eastvale COLLABORATES_WITH body:riverside',
  'programme:fund SUPPORTS body:partnership',
  ...['body:northshire', 'body:eastvale', 'body:riverside', 'body:carers'].flatMap((founder) => [
    `${founder} CREATED body:partnership`,
    `${founder} MEMBER_OF body:partnership`,
  ]),
  'body:carers REPRESENTED_ON body:board',
  'body:libraries REPRESENTED_ON body:board',
  'body:board PART_OF body:partnership',
  'body:partnership COLLABORATES_WITH body:harra',
  'body:partnership COLLABORATES_WITH body:skerry',
  'body:partnership SUPPORTS body:harra',
  'body:partnership SUPPORTS body:skerry',
  'person:shah HOLDS_ROLE_AT body:riverside',
  'person:shah CHAIRS body:board',
];

describe('a press release the rules were not written for', () => {
  const { mentions, found, proposed } = readWholeText(ATLAS, TEXT, '2026');

  it('finds every stakeholder it names: by name, "the Trust", "the partnership", "the island councils", "Dr Shah"', () => {
    expect(found).toEqual(ATLAS.map((known) => known.id).sort());
    expect(mentions.filter((mention) => mention.text === 'Dr Shah')).toHaveLength(1);
  });

  it('proposes what a reader takes from it, and nothing else (21 of 21)', () => {
    expect([...proposed].sort()).toEqual([...EXPECTED].sort());
    // "it is not a member of the Digital Councils Network" proposes nothing.
    expect(proposed.filter((fact) => fact.includes('body:network'))).toEqual([]);
  });
});
