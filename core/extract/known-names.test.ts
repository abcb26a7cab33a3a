import { describe, expect, it } from 'vitest';
import { foldForMatching, KnownNameMatcher, type NamedEntity } from './known-names.ts';

const entity = (
  id: string,
  name: string,
  aliases: { name: string; kind: string; validFrom?: string; validTo?: string }[] = [],
  retired = false,
): NamedEntity => ({
  id,
  kind: id.split(':')[0]!.toUpperCase(),
  name,
  retired,
  aliases: aliases.map(({ name: alias, kind }) => ({ name: alias, kind })),
  datedNames: aliases
    .filter((alias) => alias.validFrom || alias.validTo)
    .map((alias) => ({ name: alias.name, validFrom: alias.validFrom ?? null, validTo: alias.validTo ?? null })),
});

const matcher = KnownNameMatcher.build([
  entity('body:lga', 'LGA'),
  entity('body:lga-legal', 'Legal Governance Alliance', [{ name: 'LGA', kind: 'acronym' }]),
  entity('body:socitm', 'Socitm', [{ name: 'Society of IT Management', kind: 'name' }]),
  entity('body:local-cio-council', 'Local CIO Council', [{ name: 'LCIOC', kind: 'acronym' }]),
  entity('body:cio-council', 'CIO Council'),
  entity('programme:gov-uk', 'GOV.UK'),
  entity('body:dluhc', 'Department for Levelling Up, Housing and Communities', [
    { name: 'Department for Communities and Local Government', kind: 'name', validTo: '2018' },
    { name: 'DCLG', kind: 'acronym', validTo: '2018' },
  ]),
  entity('body:fire', 'Kent Fire and Rescue Service'),
  entity('body:gone', 'Retired Body', [], true),
  entity('body:solace', 'SOLACE'),
  entity('body:gds', 'Government Digital Service', [{ name: 'GDS', kind: 'acronym' }]),
  entity('body:istand', 'iStand'),
  entity('body:techuk', 'techUK'),
  entity('body:localgov-digital', 'LocalGov Digital'),
  entity('body:reading', 'Reading Borough Council'),
  entity('programme:trust', 'Restoring trust in local services'),
  entity('programme:schools', 'Schools’ services'),
  entity('programme:open-door', 'Open-door surgeries'),
  entity('body:cafe', 'Café Network'),
]);

const found = (text: string, date: string | null = '2016') =>
  matcher.find(text, date).map((mention) => [mention.text, mention.candidates.map((candidate) => candidate.id)]);

describe('KnownNameMatcher', () => {
  it('matches acronyms in exact case only', () => {
    expect(found('The LGA met. The lga did not. Lga neither.')).toEqual([['LGA', ['body:lga', 'body:lga-legal']]]);
  });

  it('matches names ignoring case', () => {
    expect(found('SOCITM and the society of it management')).toEqual([
      ['SOCITM', ['body:socitm']],
      ['society of it management', ['body:socitm']],
    ]);
  });

  it('matches dotted names whole, and not inside a longer word', () => {
    expect(found('See GOV.UK. Not GOV.UKs, not xGOV.UK, not gov.uk.')).toEqual([['GOV.UK', ['programme:gov-uk']]]);
  });

  it('needs word boundaries on both sides', () => {
    expect(found('LGAs, MyLGA and LGA2 are not the LGA.')).toEqual([['LGA', ['body:lga', 'body:lga-legal']]]);
  });

  it('resolves overlaps longest first', () => {
    expect(found('The Local CIO Council and the CIO Council')).toEqual([
      ['Local CIO Council', ['body:local-cio-council']],
      ['CIO Council', ['body:cio-council']],
    ]);
  });

  it('offers every candidate of an ambiguous name, the one whose name it is first', () => {
    const [mention] = matcher.find('the LGA', null);
    expect(mention!.candidates.map((candidate) => [candidate.id, candidate.via])).toEqual([
      ['body:lga', 'name'],
      ['body:lga-legal', 'acronym'],
    ]);
  });

  it('matches a dated name only at a date it was valid', () => {
    const text = 'DCLG and the Department for Communities and Local Government';
    expect(found(text, '2016')).toHaveLength(2);
    expect(found(text, '2020')).toEqual([]);
    expect(found(text, null)).toHaveLength(2);
  });

  it('matches "&" for "and", well-known expansions, possessives and names across a line break', () => {
    expect(
      found("Kent Fire & Rescue Service, Socitm's board, the Local\nCIO Council, Local Government Association"),
    ).toEqual([
      ['Kent Fire & Rescue Service', ['body:fire']],
      ['Socitm', ['body:socitm']],
      ['Local\nCIO Council', ['body:local-cio-council']],
      ['Local Government Association', ['body:lga']],
    ]);
  });

  it('leaves retired stakeholders out', () => {
    expect(found('Retired Body')).toEqual([]);
  });

  it('keeps offsets right after characters that lower-case to two units', () => {
    const text = 'İİ the LGA';
    expect(foldForMatching(text)).toHaveLength(text.length);
    const [mention] = matcher.find(text, null);
    expect(text.slice(mention!.start, mention!.end)).toBe('LGA');
  });

  it('reads control characters, right-to-left marks and HTML without harm', () => {
    expect(found('\u0000\u202eLGA\u200f <b>Socitm</b>\u0007')).toEqual([
      ['LGA', ['body:lga', 'body:lga-legal']],
      ['Socitm', ['body:socitm']],
    ]);
  });

  it('matches possessives either way round, hyphens as spaces and letters without their accents', () => {
    expect(found("the school's services, open door surgeries, the Cafe Network")).toEqual([
      ["school's services", ['programme:schools']],
      ['open door surgeries', ['programme:open-door']],
      ['Cafe Network', ['body:cafe']],
    ]);
  });

  it('matches acronyms with dots, and those said as words in title case, still in exact case', () => {
    expect(found('G.D.S. and Solace met; no solace, no Lga, no G.d.s.')).toEqual([
      ['G.D.S', ['body:gds']],
      ['Solace', ['body:solace']],
    ]);
  });

  it('matches a gerund-led theme with the plain verb, never a place that ends in -ing', () => {
    expect(found('We will restore trust in local services. Read Borough Council minutes.')).toEqual([
      ['restore trust in local services', ['programme:trust']],
    ]);
  });

  it('reads names run together in a scraped logo list, each joint at a capital or a name of its own case', () => {
    expect(found('Partners: GDSSolaceLocalGov DigitaliStandtechUK.')).toEqual([
      ['GDS', ['body:gds']],
      ['Solace', ['body:solace']],
      ['LocalGov Digital', ['body:localgov-digital']],
      ['iStand', ['body:istand']],
      ['techUK', ['body:techuk']],
    ]);
    // Not a list: a word that is not a name, a joint inside a word, one name alone.
    expect(found('GDSolace, GDSSolacex, solacegds, xGDS')).toEqual([]);
  });
});
