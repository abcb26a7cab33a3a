/**
 * The rules on a text the project never tuned them on: sentences from the Local Government
 * Association's news listing (https://local.gov.uk/about/news, pages 28, 47 and 3 of the listing,
 * read 2026-12-07), written out by hand; the atlas and the expected facts are a reader's, made for
 * this test. docs/reading.md reports how the rules do on it.
 */
import { describe, expect, it } from 'vitest';
import type { NamedEntity } from './known-names.ts';
import { readWholeText } from './testing.ts';

const TEXT = [
  'Cllr Ian Hudspeth, Chairman of the Local Government Association’s Community Wellbeing Board, responds to the latest official suicides statistics, for 2018.',
  'Cllr Simon Blackburn, Chairman of the LGA’s Safer and Stronger Communities Board, responds to announcement by Home Secretary Sajid Javid of a £200 million fund.',
  'Cllr Richard Watts, Chair of the Local Government Association’s Resources Board, responds to the report by Citizens Advice on council tax collection practices.',
  'Responding to the final Local Government Finance Settlement announced today, Cllr James Jamieson, Chairman of the Local Government Association, said: “We are pleased.”',
  'LGA Chairman Cllr James Jamieson said: “Councils across the country are leading efforts to support communities.”',
  'LGA and LEP network joint-working commitment',
].join('\n\n');

const entity = (id: string, name: string, aliases: string[] = []): NamedEntity => ({
  id,
  kind: id.split(':')[0]!.toUpperCase(),
  name,
  retired: false,
  aliases: aliases.map((alias) => ({ name: alias, kind: 'acronym' })),
  datedNames: [],
});

const ATLAS = [
  entity('body:lga', 'Local Government Association', ['LGA']),
  entity('body:cwb', 'Community Wellbeing Board'),
  entity('body:ssc', 'Safer and Stronger Communities Board'),
  entity('body:resources', 'Resources Board'),
  entity('body:citizens-advice', 'Citizens Advice'),
  entity('body:lep-network', 'LEP network'),
  entity('body:home-office', 'Home Office'),
  entity('person:hudspeth', 'Ian Hudspeth'),
  entity('person:blackburn', 'Simon Blackburn'),
  entity('person:watts', 'Richard Watts'),
  entity('person:jamieson', 'James Jamieson'),
  entity('programme:settlement', 'Local Government Finance Settlement'),
];

/** What a reader takes from it. */
const EXPECTED = [
  'person:hudspeth CHAIRS body:cwb',
  'body:cwb PART_OF body:lga',
  'person:blackburn CHAIRS body:ssc',
  'body:ssc PART_OF body:lga',
  'person:watts CHAIRS body:resources',
  'body:resources PART_OF body:lga',
  'person:jamieson CHAIRS body:lga',
  'body:lga COLLABORATES_WITH body:lep-network',
];

describe('a text the rules were not written for', () => {
  const { found, proposed } = readWholeText(ATLAS, TEXT, '2020');

  it('finds every stakeholder of the atlas it names', () => {
    expect(found).toEqual(
      ATLAS.map((known) => known.id)
        .filter((id) => id !== 'body:home-office')
        .sort(),
    );
  });

  it('proposes what a reader takes from it, the verbless headline too, and nothing else (8 of 8)', () => {
    // The headline "LGA and LEP network joint-working commitment" is read since the third round.
    expect([...proposed].sort()).toEqual([...EXPECTED].sort());
  });
});
