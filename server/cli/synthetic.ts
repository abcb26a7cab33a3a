/**
 * `npm run synthetic -- --size national --out <dir> [--seed N]`: writes a synthetic national network
 * (core/synthetic/national.ts) as Atlas data files in JSON, which the import pipeline loads. The same
 * size and seed write the same files. Sizes: small (tests), national (about 20,000 entities and
 * 60,000 relationships), large (about five times that, for import and stress benchmarks).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateNational, syntheticFiles } from '../../core/synthetic/national.ts';
import { SYNTHETIC_SIZE_NAMES, type SyntheticSize } from '../../core/synthetic/national-sizes.ts';

const log = (line: string) => console.log(`[synthetic] ${line}`);
const USAGE = `Usage: npm run synthetic -- --size ${SYNTHETIC_SIZE_NAMES.join('|')} --out <dir> [--seed N]`;

function main(args: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        size: { type: 'string', default: 'national' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const size = values.size as SyntheticSize;
  const seed = Number(values.seed);
  if (!SYNTHETIC_SIZE_NAMES.includes(size) || !Number.isInteger(seed) || seed < 0 || !values.out) {
    console.error(USAGE);
    return 2;
  }
  mkdirSync(values.out, { recursive: true });
  const stale = readdirSync(values.out).filter((name) => name.endsWith('.json'));
  if (stale.length > 0) {
    console.error(`${values.out} already holds ${stale.length} .json file(s); give an empty or new folder.`);
    return 1;
  }
  const started = performance.now();
  log(`Generating ${size} network from seed ${seed}...`);
  const network = generateNational(size, seed);
  log(
    `Generated ${network.entities.length} entities and ${network.relationships.length} relationships in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const files = syntheticFiles(network);
  for (const [index, file] of files.entries()) {
    writeFileSync(join(values.out, file.name), JSON.stringify(file.content));
    log(`Wrote ${file.name} (${index + 1}/${files.length})`);
  }
  log(`Done: ${files.length} files in ${values.out}; load them with the import pipeline (sources need no texts).`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
