import { describe, expect, it } from 'vitest';
import { readAtlasFile } from '../import/atlas-file.ts';
import { validateAtlasFiles } from '../import/validate.ts';
import type { RelationshipRecord } from '../records.ts';
import { COUNCIL_POSTS } from './national-people.ts';
import { COUNCIL_TIERS, SYNTHETIC_SIZES } from './national-sizes.ts';
import { generateNational, syntheticFiles } from './national.ts';
import { createRandom } from './random.ts';

const network = generateNational('small', 7);
const councils = network.entities.filter((entity) => entity.kind === 'BODY' && entity.type === 'council');
const of = (type: string) => network.relationships.filter((relationship) => relationship.type === type);

describe('createRandom', () => {
  it('draws the same numbers from the same seed, and others from another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(2)).not.toEqual(draw(1));
    expect(draw(1).every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('generateNational', () => {
  it('writes files that validate as a set with no problems', () => {
    const files = syntheticFiles(network, 400).map((file) => readAtlasFile(file.name, JSON.stringify(file.content)));
    expect(files.map((file) => file.file)).toEqual([
      'sources.json',
      'bodies.json',
      'people.json',
      'programmes.json',
      'relationships-01.json',
      'relationships-02.json',
      'relationships-03.json',
      'relationships-04.json',
    ]);
    const { records, problems } = validateAtlasFiles(files, new Map(), 'sources/');
    expect(problems).toEqual([]);
    expect(records.entities).toHaveLength(network.entities.length);
    expect(records.relationships).toHaveLength(network.relationships.length);
  });

  it('draws the same network from the same seed, and another from another seed', () => {
    expect(JSON.stringify(generateNational('small', 7))).toBe(JSON.stringify(network));
    expect(generateNational('small', 8).entities).not.toEqual(network.entities);
  });

  it('cites one source that says it is synthetic, with a confidence on every relationship', () => {
    expect(network.sources).toEqual([
      expect.objectContaining({
        id: 'source:synthetic-national-seed-7',
        title: 'Synthetic national network (generated, seed 7)',
        kind: 'other',
      }),
    ]);
    expect(network.sources[0]!.text).toBeUndefined();
    const cited = [...network.entities, ...network.relationships].flatMap((record) => record.citations);
    expect(cited.every((citation) => citation.source === 'source:synthetic-national-seed-7')).toBe(true);
    expect(new Set(cited.map((citation) => citation.quote)).size).toBe(cited.length);
    expect(network.relationships.every((relationship) => relationship.confidence > 0)).toBe(true);
  });

  it('has councils of every tier in regions, each with a chief executive, a leader and a CIO or CDO', () => {
    const spec = SYNTHETIC_SIZES.small;
    expect(councils.length).toBeGreaterThanOrEqual(
      Object.values(spec.councils).reduce((sum: number, count) => sum + count, 0),
    );
    for (const tier of COUNCIL_TIERS) {
      const word = {
        county: 'County Council',
        district: /(District|Borough) Council/,
        unitary: 'Council',
        metropolitan: 'Metropolitan Borough Council',
        london: 'London Borough of',
      }[tier];
      expect(councils.some((council) => council.name.match(word))).toBe(true);
    }
    const regional = network.entities.filter((entity) => entity.name.startsWith('Association of'));
    expect(regional).toHaveLength(spec.regions);
    for (const council of councils) {
      const roles = of('HOLDS_ROLE_AT')
        .filter((relationship) => relationship.to === council.id)
        .map((relationship) => relationship.role);
      expect(roles).toContain('Chief Executive');
      expect(roles).toContain('Leader of the Council');
      expect(roles.some((role) => /^Chief (Digital|Information|Digital and Information) Officer$/.test(role!))).toBe(
        true,
      );
      expect(
        of('MEMBER_OF').filter(
          (relationship) =>
            relationship.from === council.id && regional.some((region) => region.id === relationship.to),
        ),
      ).toHaveLength(1);
    }
  });

  it('has national bodies with every council as a member (supernodes)', () => {
    const members = new Map<string, Set<string>>();
    for (const { from, to } of of('MEMBER_OF')) {
      if (councils.some((council) => council.id === from)) members.set(to, (members.get(to) ?? new Set()).add(from));
    }
    const everyCouncil = [...members].filter(([, set]) => set.size === councils.length);
    expect(everyCouncil.length).toBeGreaterThanOrEqual(4);
  });

  it('gives each post holders one after another, and moves people between roles without overlap', () => {
    const postOf = (role: string) => COUNCIL_POSTS.find((post) => post.titles.includes(role))?.key ?? role;
    const byPost = new Map<string, RelationshipRecord[]>();
    const byPerson = new Map<string, RelationshipRecord[]>();
    for (const held of of('HOLDS_ROLE_AT')) {
      const post = `${held.to} ${postOf(held.role!)}`;
      byPost.set(post, [...(byPost.get(post) ?? []), held]);
      byPerson.set(held.from, [...(byPerson.get(held.from) ?? []), held]);
    }
    const successive = (periods: RelationshipRecord[]) =>
      [...periods]
        .sort((a, b) => a.validFrom!.localeCompare(b.validFrom!))
        .every((period, index, sorted) => index === 0 || sorted[index - 1]!.validTo! < period.validFrom!);
    expect([...byPost.values()].every(successive)).toBe(true);
    expect([...byPost.values()].some((holders) => holders.length >= 3)).toBe(true);
    expect([...byPerson.values()].every(successive)).toBe(true);
    const movers = [...byPerson.values()].filter((roles) => new Set(roles.map((role) => role.to)).size > 1);
    expect(movers.length).toBeGreaterThan(5);
    const dates = of('HOLDS_ROLE_AT').flatMap((held) => [held.validFrom!, held.validTo ?? '2026']);
    expect(dates.some((date) => date < '2006')).toBe(true);
    expect(dates.some((date) => date >= '2026')).toBe(true);
  });

  it('names people from name lists, with no contact details', () => {
    const people = network.entities.filter((entity) => entity.kind === 'PERSON');
    expect(people.length).toBeGreaterThan(100);
    expect(people.every((person) => /^[A-Z][a-z]+ [A-Z][a-zA-Z]+$/.test(person.name))).toBe(true);
    expect(people.every((person) => person.description === undefined)).toBe(true);
  });
});
