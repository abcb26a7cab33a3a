import { describe, expect, it } from 'vitest';
import { distance } from 'fastest-levenshtein';
import {
  acronymOf,
  compactName,
  matchCandidates,
  nameKeyLookup,
  nameKeys,
  normaliseName,
  type KnownEntity,
} from './matching.ts';

const body = (id: string, name: string, aliases: KnownEntity['aliases'] = []): KnownEntity => ({
  id,
  name,
  kind: 'BODY',
  aliases,
});

const KNOWN: KnownEntity[] = [
  body('body:socitm', 'Socitm', [{ name: 'Society of Information Technology Management', kind: 'name' }]),
  body('body:lga', 'LGA'),
  body('body:dclg', 'DCLG'),
  body('body:solace', 'SOLACE'),
  body('body:localgov-digital', 'LocalGov Digital'),
  body('body:gds', 'Government Digital Service'),
  body('body:local-cio-council', 'Local CIO Council', [{ name: 'LGCC', kind: 'acronym' }]),
  body('body:local-digital-coalition', 'Local Digital Coalition'),
  body('body:ashford-borough-council', 'Ashford Borough Council'),
  body('body:london-borough-of-camden', 'London Borough of Camden'),
  { id: 'programme:gov-uk-verify', name: 'GOV.UK Verify', kind: 'PROGRAMME', aliases: [] },
  { id: 'person:jos-creese', name: 'Jos Creese', kind: 'PERSON', aliases: [] },
];

const best = (name: string, kind?: string) => matchCandidates({ name, kind }, KNOWN)[0];

describe('normalising names', () => {
  it('folds case, accents and "&", and keeps dotted and hyphenated words whole', () => {
    expect(normaliseName('  Sócitm & GOV.UK   IT-enabled, (reform)')).toBe('socitm and gov.uk it-enabled reform');
    expect(compactName('GOV.UK Verify')).toBe(compactName('govuk verify'));
    expect(compactName('LocalGov Digital')).toBe(compactName('Local Gov Digital'));
  });

  it('makes acronyms from the significant words', () => {
    expect(acronymOf('Local Government Association')).toBe('LGA');
    expect(acronymOf('Department for Communities and Local Government')).toBe('DCLG');
    expect(acronymOf('Socitm')).toBeNull();
  });
});

describe('matchCandidates', () => {
  it('matches the exact id first, then the exact name', () => {
    const [first] = matchCandidates({ name: 'Something else', id: 'body:lga' }, KNOWN);
    expect(first).toMatchObject({ id: 'body:lga', match: 'exact-id' });
    expect(best('socitm')).toMatchObject({ id: 'body:socitm', match: 'exact-name', reason: 'same name as Socitm' });
  });

  it('matches a shared identifier before any name, whatever its case, and never a different code', () => {
    const coded: KnownEntity[] = [
      { ...body('body:bucks', 'Buckinghamshire Council'), identifiers: ['gss:E06000060'] },
      { ...body('body:other', 'Aylesbury Vale District Council'), identifiers: ['gss:E07000004'] },
    ];
    const [first, second] = matchCandidates(
      { name: 'Aylesbury Vale District Council', identifiers: ['GSS:e06000060'] },
      coded,
    );
    expect(first).toEqual({
      id: 'body:bucks',
      match: 'exact-identifier',
      reason: 'same identifier gss:E06000060 as Buckinghamshire Council',
    });
    expect(second).toMatchObject({ id: 'body:other', match: 'exact-name' });
    expect(matchCandidates({ name: 'Nowhere', identifiers: ['gss:E07000005'] }, coded)).toEqual([]);
  });

  it('finds dotted names by their exact text, whatever the case or dots', () => {
    for (const text of ['GOV.UK Verify', 'gov.uk verify', 'govuk verify']) {
      expect(best(text)).toMatchObject({ id: 'programme:gov-uk-verify', match: 'exact-name' });
    }
    expect(best('localgov digital')).toMatchObject({ id: 'body:localgov-digital', match: 'exact-name' });
  });

  it('matches aliases, with the kind of alias in the reason', () => {
    expect(best('lgcc')).toMatchObject({
      id: 'body:local-cio-council',
      match: 'alias',
      reason: "'LGCC' is an acronym of Local CIO Council",
    });
    expect(best('Society of Information Technology Management')).toMatchObject({ id: 'body:socitm', match: 'alias' });
  });

  it('matches well-known expansions both ways', () => {
    expect(best('Local Government Association')).toMatchObject({
      id: 'body:lga',
      match: 'acronym',
      reason: "'LGA' stands for Local Government Association (well-known expansion)",
    });
    expect(best('department for communities & local government')).toMatchObject({ id: 'body:dclg', match: 'acronym' });
    expect(best('Society of Local Authority Chief Executives')).toMatchObject({ id: 'body:solace', match: 'acronym' });
    expect(best('LGD')).toMatchObject({ id: 'body:localgov-digital', match: 'acronym' });
    expect(best('GDS')).toMatchObject({ id: 'body:gds', match: 'acronym' });
  });

  it('offers an acronym made from the initials as a possible match only, and not for people', () => {
    expect(best('Local Digital Coalition')).toMatchObject({ match: 'exact-name' });
    expect(matchCandidates({ name: 'LDC' }, KNOWN)[0]).toMatchObject({
      id: 'body:local-digital-coalition',
      match: 'possible',
      reason: "'LDC' may be the acronym of Local Digital Coalition",
    });
    expect(best('Local Gaming Authority')).toMatchObject({ id: 'body:lga', match: 'possible' });
    expect(matchCandidates({ name: 'JC' }, KNOWN)).toEqual([]);
  });

  it('offers typos as possible duplicates, with the reason', () => {
    expect(best('Soctim')).toMatchObject({
      id: 'body:socitm',
      match: 'possible',
      reason: 'two letters swapped in Socitm',
    });
    expect(best('Local Goverment Association')).toMatchObject({
      id: 'body:lga',
      match: 'possible',
      reason: expect.stringContaining('one letter apart from Local Government Association'),
    });
    expect(best('Local CIO Counsil')).toMatchObject({ id: 'body:local-cio-council', match: 'possible' });
  });

  it('offers word order and Council/Borough variants as possible duplicates', () => {
    expect(best('Council Ashford Borough')).toMatchObject({
      id: 'body:ashford-borough-council',
      match: 'possible',
      reason: 'same words in another order as Ashford Borough Council',
    });
    expect(best('Ashford Council')).toMatchObject({
      id: 'body:ashford-borough-council',
      match: 'possible',
      reason: "differs only by 'Borough' from Ashford Borough Council",
    });
    expect(best('Camden Council')).toMatchObject({ id: 'body:london-borough-of-camden', match: 'possible' });
  });

  it('never matches clearly different names', () => {
    expect(matchCandidates({ name: 'Local CIO Council' }, KNOWN).map((candidate) => candidate.id)).toEqual([
      'body:local-cio-council',
    ]);
    expect(matchCandidates({ name: 'Local Digital Coalition' }, KNOWN).map((c) => c.id)).toEqual([
      'body:local-digital-coalition',
    ]);
    expect(matchCandidates({ name: 'Council' }, KNOWN)).toEqual([]);
    expect(matchCandidates({ name: 'Nesta' }, KNOWN)).toEqual([]);
    expect(matchCandidates({ name: '  ' }, KNOWN)).toEqual([]);
  });

  it('keeps to the kind asked for, ranking exact matches before possible ones', () => {
    expect(matchCandidates({ name: 'GOV.UK Verify', kind: 'BODY' }, KNOWN)).toEqual([]);
    const ranked = matchCandidates({ name: 'Socitm' }, [...KNOWN, body('body:soctim', 'Soctim')]);
    expect(ranked.map((candidate) => [candidate.id, candidate.match])).toEqual([
      ['body:socitm', 'exact-name'],
      ['body:soctim', 'possible'],
    ]);
  });
});

describe('name keys (what the index entity_name_keys finds a name by)', () => {
  /** Whether the look-up for `asked` finds the stored name: a shared key, or its compact name within the typos allowed. */
  const found = (asked: string, stored: string) => {
    const lookup = nameKeyLookup(asked);
    const keys = new Set(nameKeys(stored));
    if (lookup.exact.some((key) => keys.has(key))) return true;
    if (lookup.fuzzy === null) return false;
    // Lucene counts two letters swapped as one edit (Damerau); Levenshtein as two.
    const [a, b] = [lookup.fuzzy.key, compactName(stored)];
    const swapped = a.length === b.length && [...a].sort().join('') === [...b].sort().join('') && distance(a, b) === 2;
    return distance(a, b) - (swapped ? 1 : 0) <= lookup.fuzzy.edits;
  };

  it('finds every stored name the matcher matches or offers', () => {
    const pairs: [string, string][] = [
      ['SOCITM', 'Socitm'],
      ['Soctim', 'Socitm'],
      ['Council Bramcombe Borough', 'Bramcombe Borough Council'],
      ['Bramcombe Council', 'Bramcombe Borough Council'],
      ['LGA', 'Local Government Association'],
      ['Local Government Association', 'LGA'],
      ['London Borough of Camden', 'Camden Council'],
      ['Bramcombe Borugh Council', 'Bramcombe Borough Council'],
    ];
    for (const [asked, stored] of pairs) {
      const matched = matchCandidates({ name: asked }, [body('body:x', stored)]).length > 0;
      expect([asked, stored, matched && found(asked, stored)]).toEqual([asked, stored, true]);
    }
  });

  it('keeps clearly different names apart', () => {
    expect(found('Nesta', 'Bramcombe Borough Council')).toBe(false);
    expect(found('Local Digital Coalition', 'Local CIO Council')).toBe(false);
  });
});
