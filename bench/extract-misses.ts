/**
 * `npx tsx bench/extract-misses.ts`: what `npm run bench -- extract` misses, per seed text: each gold
 * stakeholder not found (with the names the atlas holds for it at the text's date and where the
 * text has any of its words), and each gold relationship not proposed (with whether its ends were found).
 */
import { KnownNameMatcher } from '../core/extract/known-names.ts';
import { proposeRelationships } from '../core/extract/relations.ts';
import { readSeed, relationshipKey } from './extract-gold.ts';

const seed = readSeed();
const matcher = KnownNameMatcher.build(seed.entities);
const byId = new Map(seed.entities.map((entity) => [entity.id, entity]));

for (const text of seed.texts) {
  const mentions = matcher.find(text.text, text.date);
  const found = new Set(mentions.flatMap((mention) => mention.candidates.map((candidate) => candidate.id)));
  console.log(`\n=== ${text.id} (${text.date})`);
  for (const id of text.entities) {
    if (found.has(id)) continue;
    const entity = byId.get(id)!;
    const names = [entity.name, ...entity.aliases.map((alias) => `${alias.name} [${alias.kind}]`)];
    console.log(`  missed mention ${id}: ${names.join(' | ')}`);
  }
  for (const id of found) if (!text.entities.has(id)) console.log(`  extra mention ${id}`);
  const proposals = proposeRelationships(text.text, mentions);
  const proposed = new Set(proposals.map((p) => relationshipKey(p.from, p.to, p.type)));
  for (const r of text.relationships) {
    const key = relationshipKey(r.from, r.to, r.type);
    if (proposed.has(key)) continue;
    const ends = `${found.has(r.from) ? '' : '!'}${r.from} -> ${found.has(r.to) ? '' : '!'}${r.to}`;
    console.log(`  missed relationship ${r.type} ${ends}`);
  }
  const gold = new Set(text.relationships.map((r) => relationshipKey(r.from, r.to, r.type)));
  for (const p of proposals) {
    const key = relationshipKey(p.from, p.to, p.type);
    if (!gold.has(key)) console.log(`  wrong proposal ${p.type} ${p.from} -> ${p.to}: "${p.quote}"`);
  }
}
