/**
 * `npm run bench -- extract`: reading texts (core/extract/). Quality on the five seed texts against
 * the curated seed (bench/extract-gold.ts): mention recall and precision over the stakeholders that
 * cite each text, and proposed relationships counted right when their ends (in order) and family
 * match a relationship that cites the text (either order for a symmetric type). Speed: the matcher over the synthetic national atlas,
 * built once, reading a 1 MB text, beside a baseline in the same run (one regular expression over
 * the same text).
 */
import type { NamedEntity } from '../core/extract/known-names.ts';
import { KnownNameMatcher } from '../core/extract/known-names.ts';
import { proposeRelationships } from '../core/extract/relations.ts';
import { syntheticRecords } from '../core/synthetic/records.ts';
import { namedInText, readSeed, relationshipKey } from './extract-gold.ts';

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);

interface Score {
  goldMentions: number;
  foundMentions: number;
  rightMentions: number;
  goldRelationships: number;
  proposed: number;
  rightProposed: number;
  recalledRelationships: number;
  /** The same over what the text names by a name the atlas holds (namedInText). */
  namedMentions: number;
  rightNamedMentions: number;
  namedRelationships: number;
  recalledNamedRelationships: number;
}

function scoreLine(label: string, score: Score): string {
  return (
    `${label.padEnd(42)} mentions: recall ${percent(score.rightMentions, score.goldMentions)} ` +
    `(${score.rightMentions}/${score.goldMentions}), precision ${percent(score.rightMentions, score.foundMentions)}; ` +
    `relationships: recall ${percent(score.recalledRelationships, score.goldRelationships)} ` +
    `(${score.recalledRelationships}/${score.goldRelationships}), precision ${percent(score.rightProposed, score.proposed)} ` +
    `(${score.rightProposed}/${score.proposed}); over what the text names: mentions ` +
    `${percent(score.rightNamedMentions, score.namedMentions)} (${score.rightNamedMentions}/${score.namedMentions}), ` +
    `relationships ${percent(score.recalledNamedRelationships, score.namedRelationships)} ` +
    `(${score.recalledNamedRelationships}/${score.namedRelationships})`
  );
}

function quality(): string[] {
  const seed = readSeed();
  const matcher = KnownNameMatcher.build(seed.entities);
  const total: Score = {
    goldMentions: 0,
    foundMentions: 0,
    rightMentions: 0,
    goldRelationships: 0,
    proposed: 0,
    rightProposed: 0,
    recalledRelationships: 0,
    namedMentions: 0,
    rightNamedMentions: 0,
    namedRelationships: 0,
    recalledNamedRelationships: 0,
  };
  const byId = new Map(seed.entities.map((entity) => [entity.id, entity]));
  const lines: string[] = [];
  for (const text of seed.texts) {
    const mentions = matcher.find(text.text, text.date);
    const found = new Set(mentions.flatMap((mention) => mention.candidates.map((candidate) => candidate.id)));
    const gold = text.relationships.map((r) => relationshipKey(r.from, r.to, r.type));
    const named = new Set([...text.entities].filter((id) => namedInText(byId.get(id)!, text.text)));
    const namedGold = text.relationships
      .filter((r) => named.has(r.from) && named.has(r.to))
      .map((r) => relationshipKey(r.from, r.to, r.type));
    const proposed = proposeRelationships(text.text, mentions).map((p) => relationshipKey(p.from, p.to, p.type));
    const score: Score = {
      goldMentions: text.entities.size,
      foundMentions: found.size,
      rightMentions: [...found].filter((id) => text.entities.has(id)).length,
      goldRelationships: gold.length,
      proposed: proposed.length,
      rightProposed: proposed.filter((key) => gold.includes(key)).length,
      recalledRelationships: new Set(gold.filter((key) => proposed.includes(key))).size,
      namedMentions: named.size,
      rightNamedMentions: [...named].filter((id) => found.has(id)).length,
      namedRelationships: new Set(namedGold).size,
      recalledNamedRelationships: new Set(namedGold.filter((key) => proposed.includes(key))).size,
    };
    for (const key of Object.keys(total) as (keyof Score)[]) total[key] += score[key];
    lines.push(scoreLine(text.id, score));
  }
  lines.push(scoreLine('total', total));
  return lines;
}

function namedEntities(): NamedEntity[] {
  return syntheticRecords('national').entities.map((entity) => ({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    retired: false,
    aliases: entity.aliases.map((alias) => ({ name: alias.name, kind: alias.kind })),
    datedNames: entity.aliases
      .filter((alias) => alias.kind === 'name' && (alias.validFrom || alias.validTo))
      .map((alias) => ({ name: alias.name, validFrom: alias.validFrom ?? null, validTo: alias.validTo ?? null })),
  }));
}

function speed(): string[] {
  const entities = namedEntities();
  let started = performance.now();
  const matcher = KnownNameMatcher.build(entities);
  const buildMs = performance.now() - started;
  // A megabyte of the seed's prose with names of the national atlas woven in.
  const prose = readSeed().texts.map((text) => text.text);
  const parts: string[] = [];
  let length = 0;
  for (let at = 0; length < 1_000_000; at++) {
    const part = `${prose[at % prose.length]!} ${entities[(at * 7919) % entities.length]!.name} works with ${entities[(at * 104729) % entities.length]!.name}.\n`;
    parts.push(part);
    length += part.length;
  }
  const text = parts.join('').slice(0, 1_000_000);
  started = performance.now();
  const baseline = text.match(/\b\p{Lu}\p{L}+\b/gu)?.length ?? 0;
  const baselineMs = performance.now() - started;
  started = performance.now();
  const mentions = matcher.find(text, '2016');
  const findMs = performance.now() - started;
  started = performance.now();
  const proposals = proposeRelationships(text, mentions);
  const proposeMs = performance.now() - started;
  return [
    `national atlas: ${entities.length} stakeholders, ${matcher.size} distinct names; matcher built in ${buildMs.toFixed(0)} ms (target <= 2000 ms)`,
    `1 MB text: ${mentions.length} mentions in ${findMs.toFixed(0)} ms (target <= 1000 ms); ` +
      `${(findMs / baselineMs).toFixed(1)}x one regular expression over it (${baselineMs.toFixed(0)} ms, ${baseline} capitalised words)`,
    `relationship proposals on it: ${proposals.length} in ${proposeMs.toFixed(0)} ms`,
  ];
}

export function benchExtract(log: (line: string) => void): string[] {
  log('extract: scoring the seed texts and timing the national atlas');
  return [...quality(), ...speed()];
}
