/**
 * A third text the rules were not tuned on: a council announcement written for this test (invented
 * councils, partnership, programmes and people; no seed text), with the atlas and the facts a reader
 * takes from it. It exercises the rules of the second round (a list of projects under a heading, a
 * count of bodies named before, the merger noun, a trigger after another, "strengthen", a document
 * named after its owner) and older ones. docs/reading.md reports what it finds and misses.
 */
import { describe, expect, it } from 'vitest';
import { namedEntity as entity, readWholeText } from './testing.ts';

const TEXT = `Coastline councils launch shared digital partnership

Fenmouth City Council and Saltmarsh District Council have agreed to pool their digital teams.
The Coastline Digital Partnership has been established by both councils, with support from the Tidewater Foundation.
The merger of the Fenmouth Digital Unit into the Coastline Digital Partnership will be complete by April.
The Coastline Digital Partnership is hosted by Fenmouth City Council and is a member of the Regional Digital Network.
Councillor Priya Natt, leader of Saltmarsh District Council, said: "The partnership will strengthen the Regional Digital Network."
The Coastline Digital Partnership Charter sets out how the partnership is governed.
Four projects have been agreed for the first year:
• Shared Contact Centre
• Coastal Flood Alerts for residents
• Saltmarsh District Council parking permits
• Open Spending Data
The Coastline Digital Partnership will report to the Coastline Leaders Board, chaired by Marcus Ovie.`;

const ATLAS = [
  entity('body:fenmouth', 'Fenmouth City Council'),
  entity('body:saltmarsh', 'Saltmarsh District Council'),
  entity('body:partnership', 'Coastline Digital Partnership'),
  entity('body:foundation', 'Tidewater Foundation'),
  entity('body:unit', 'Fenmouth Digital Unit'),
  entity('body:network', 'Regional Digital Network'),
  entity('body:leaders', 'Coastline Leaders Board'),
  entity('person:natt', 'Priya Natt'),
  entity('person:ovie', 'Marcus Ovie'),
  entity('programme:charter', 'Coastline Digital Partnership Charter'),
  entity('programme:contact', 'Shared Contact Centre'),
  entity('programme:flood', 'Coastal Flood Alerts'),
  entity('programme:spending', 'Open Spending Data'),
];

/** What a reader takes from it (a founder of a partnership is also its member). */
const EXPECTED = [
  'body:fenmouth COLLABORATES_WITH body:saltmarsh',
  'body:fenmouth CREATED body:partnership',
  'body:saltmarsh CREATED body:partnership',
  'body:fenmouth MEMBER_OF body:partnership',
  'body:saltmarsh MEMBER_OF body:partnership',
  'body:foundation SUPPORTS body:partnership',
  'body:unit MERGED_INTO body:partnership',
  'body:fenmouth HOSTS body:partnership',
  'body:partnership MEMBER_OF body:network',
  'person:natt HOLDS_ROLE_AT body:saltmarsh',
  'body:partnership SUPPORTS body:network',
  'body:partnership RUNS programme:charter',
  'body:partnership RUNS programme:contact',
  'body:partnership RUNS programme:flood',
  'body:partnership RUNS programme:spending',
  'body:partnership BRIEFS body:leaders',
  'person:ovie CHAIRS body:leaders',
];

describe('an announcement the rules were not written for', () => {
  const { found, proposed } = readWholeText(ATLAS, TEXT, '2026');

  it('finds every stakeholder it names', () => {
    expect(found).toEqual(ATLAS.map((known) => known.id).sort());
  });

  it('proposes what a reader takes from it but the pooling, and nothing else (16 of 17)', () => {
    // "have agreed to pool their digital teams" has no trigger: no rule reads it.
    const missed = 'body:fenmouth COLLABORATES_WITH body:saltmarsh';
    expect([...proposed].sort()).toEqual(EXPECTED.filter((fact) => fact !== missed).sort());
  });
});
