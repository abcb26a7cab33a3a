/** The UK councils layer through the import's writer, against the seed in a real Neo4j. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UK_COUNCILS_SOURCE_ID } from '../../core/layers/uk-councils.ts';
import { compactName } from '../../core/matching.ts';
import { getEntities, knownEntities } from '../repositories/entity-lookup.ts';
import { countGraph, importGraph } from '../repositories/graph-import.ts';
import { getEdges } from '../repositories/graph.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { recordOf } from './layer-changes.ts';
import { importLayer, layerDir, type LayerReport } from './layers.ts';

let executor: Executor;
let first: LayerReport;
const dir = layerDir('uk-councils');
const csv = readFileSync(join(dir, 'uk_local_authorities_current.csv'), 'utf8');
const dataset = parseCsv(csv, { columns: true }) as Record<string, string>[];

beforeAll(async () => {
  executor = await seededExecutor();
  first = await importLayer(executor, 'uk-councils', { actor: 'test' });
}, 120_000);
afterAll(() => executor.close());

/** Every stakeholder the layer stands for: its own, and the seed's it matched. */
async function layerEntities() {
  const ids = first.changes.filter((change) => change.what === 'entity').map((change) => change.id);
  return (await getEntities(executor, ids)).flatMap((row) => (row ? [row] : []));
}

describe('the UK councils layer', () => {
  it('matches the seed’s councils instead of duplicating them, and cites the dataset on them', async () => {
    expect(first.problems).toEqual([]);
    expect(first.written).toBe(true);
    const matched = Object.fromEntries(first.matched.map((match) => [match.entityId, match.layerId]));
    expect(matched).toMatchObject({
      'body:aylesbury-vale-district-council': 'body:aylesbury-vale-district-council',
      'body:hampshire-county-council': 'body:hampshire-county-council',
      'body:ashford-borough-council': 'body:ashford-borough-council',
      'body:london-borough-of-camden': expect.any(String),
    });
    const names = (await knownEntities(executor, ['BODY'])).map((entity) => entity.name);
    for (const name of ['Aylesbury Vale District Council', 'Hampshire County Council', 'Ashford Borough Council']) {
      expect(names.filter((known) => known === name)).toHaveLength(1);
    }
    const [aylesbury] = await getEntities(executor, ['body:aylesbury-vale-district-council']);
    expect(aylesbury).toMatchObject({ type: 'non-metropolitan-district', validTo: '2020-03-31' });
    expect(aylesbury!.identifiers).toEqual(['gss:E07000004', 'la-code:AYL']);
    expect(aylesbury!.citationSources).toEqual(['source:blog-first-lcioc-meeting', UK_COUNCILS_SOURCE_ID]);
  });

  it('reports the dataset’s damaged alternative names as left out, and stores none', async () => {
    expect(first.leftOut.map((item) => item.row)).toEqual(['row 7 (AGY)', 'row 394 (SWA)']);
    const names = (await layerEntities()).flatMap((entity) => [entity.name, ...entity.aliases.map((a) => a.name)]);
    expect(names).toContain('Isle of Anglesey');
    expect(names.filter((name) => /\uFFFD|ï¿|ï¾/u.test(name))).toEqual([]);
  });

  it('says Aylesbury Vale was replaced by Buckinghamshire Council in 2020', async () => {
    const [edge] = await getEdges(executor, [
      'rel:aylesbury-vale-district-council-replaced-by-buckinghamshire-council',
    ]);
    expect(edge).toMatchObject({
      type: 'MERGED_INTO',
      source: 'body:aylesbury-vale-district-council',
      target: 'body:buckinghamshire-council',
      validFrom: '2020-03-31',
    });
  });

  it('gives as many stakeholders of each type as the dataset counts', async () => {
    const typeOf: Record<string, string> = {
      CTY: 'county-council',
      NMD: 'non-metropolitan-district',
      UA: 'unitary-authority',
      MD: 'metropolitan-district',
      LBO: 'london-borough',
      CC: 'city-corporation',
      COMB: 'combined-authority',
      SRA: 'strategic-authority',
      SCO: 'scottish-unitary-authority',
      WPA: 'welsh-unitary-authority',
      NID: 'ni-district',
    };
    const count = (types: string[]) =>
      types.reduce<Record<string, number>>((counts, type) => ({ ...counts, [type]: (counts[type] ?? 0) + 1 }), {});
    const stored = await layerEntities();
    expect(stored).toHaveLength(dataset.length);
    expect(count(stored.map((entity) => entity.type ?? ''))).toEqual(
      count(dataset.map((row) => typeOf[row['local-authority-type']!] ?? 'unknown')),
    );
  });

  it('changes nothing when imported again', async () => {
    const before = await countGraph(executor);
    const again = await importLayer(executor, 'uk-councils', { actor: 'test' });
    expect(again.changes).toEqual([]);
    expect(again.written).toBe(false);
    expect(await countGraph(executor)).toEqual(before);
  });

  it('updates exactly what a newer version of the file changed, and a dry run lists it first', async () => {
    const newer = mkdtempSync(join(tmpdir(), 'atlas-layer-'));
    cpSync(dir, newer, { recursive: true });
    const lines = csv.split('\n');
    const adur = lines.findIndex((line) => line.startsWith('ADU,'));
    lines[adur] = lines[adur]!.replace(
      'ADU,Adur District Council,Adur,E07000223,,',
      'ADU,Adur District Council,Adur,E07000223,,2027-03-31',
    );
    writeFileSync(join(newer, 'uk_local_authorities_current.csv'), lines.join('\n'));
    const meta = readFileSync(join(newer, 'layer.yaml'), 'utf8').replace(/^version: .*$/m, 'version: 9.9.9');
    writeFileSync(join(newer, 'layer.yaml'), meta);

    const dry = await importLayer(executor, 'uk-councils', { actor: 'test', dir: newer, dryRun: true });
    expect(dry.written).toBe(false);
    const summary = dry.changes.map((change) => [change.what, change.id, change.fields]);
    expect(summary).toEqual([
      ['source', UK_COUNCILS_SOURCE_ID, ['title']],
      ['entity', 'body:adur-district-council', ['validTo', 'aliases', 'citations']],
      [
        'relationship',
        'rel:adur-district-council-part-of-west-sussex-county-council',
        ['validTo', 'dateBasis', 'citations'],
      ],
    ]);
    const [unchanged] = await getEntities(executor, ['body:adur-district-council']);
    expect(unchanged!.validTo).toBeUndefined();

    const wrote = await importLayer(executor, 'uk-councils', { actor: 'test', dir: newer });
    expect(wrote.changes).toEqual(dry.changes);
    const [adurNow] = await getEntities(executor, ['body:adur-district-council']);
    expect(adurNow!.validTo).toBe('2027-03-31');
    expect((await importLayer(executor, 'uk-councils', { actor: 'test', dir: newer, dryRun: true })).changes).toEqual(
      [],
    );
  });

  it('removes the aliases of its own a newer file dropped, never one someone else added', async () => {
    const bedford = 'body:bedford-borough-council';
    const aliasNames = async () =>
      (await getEntities(executor, [bedford]))[0]!.aliases.map((alias) => compactName(alias.name));
    expect(await aliasNames()).toContain('bedfordua');
    // Another import (not an edit: the entity stays unedited) gives it a name citing another source.
    const current = recordOf((await getEntities(executor, [bedford]))[0]!);
    const theirs = {
      name: 'Bedford BC',
      kind: 'informal' as const,
      citations: [{ source: 'source:blog-first-lcioc-meeting', quote: 'Bedford BC' }],
    };
    await importGraph(
      executor,
      { sources: [], entities: [{ ...current, aliases: [...current.aliases, theirs] }], relationships: [] },
      { actor: 'test' },
    );
    const newer = mkdtempSync(join(tmpdir(), 'atlas-layer-'));
    cpSync(dir, newer, { recursive: true });
    // The newer file no longer has "Bedford UA" among Bedford's alternative names.
    const dropped = csv.replace('"Bedford,Bedford UA,bedford,bedford borough council"', '"Bedford,bedford"');
    expect(dropped).not.toBe(csv);
    writeFileSync(join(newer, 'uk_local_authorities_current.csv'), dropped);

    const dry = await importLayer(executor, 'uk-councils', { actor: 'test', dir: newer, dryRun: true });
    const removals = dry.changes.filter((change) => change.action === 'remove');
    expect(removals.map((change) => [change.what, compactName(change.name)])).toEqual([['alias', 'bedfordua']]);
    expect(dry.changes).toContainEqual(expect.objectContaining({ what: 'entity', id: bedford, action: 'update' }));
    expect(await aliasNames()).toContain('bedfordua');

    const wrote = await importLayer(executor, 'uk-councils', { actor: 'test', dir: newer });
    expect(wrote.written).toBe(true);
    const after = await aliasNames();
    expect(after).not.toContain('bedfordua');
    expect(after).toContain('bedfordbc');
    expect(after).toContain('bedford');
    expect((await importLayer(executor, 'uk-councils', { actor: 'test', dir: newer, dryRun: true })).changes).toEqual(
      [],
    );
  });

  it('refuses an unknown layer by name', async () => {
    await expect(importLayer(executor, 'uk-parishes', { actor: 'test' })).rejects.toThrow(
      'there is no ready-made layer "uk-parishes" (there is: uk-councils)',
    );
    // Names an object inherits, and paths, are no layer either (the hostile-input test found "constructor").
    for (const name of ['constructor', '__proto__', 'toString', '../layers/uk-councils']) {
      await expect(importLayer(executor, name, { actor: 'test' })).rejects.toThrow(
        `there is no ready-made layer "${name}"`,
      );
    }
  });
});
