/** A synthetic network as validated records, ready for importGraph without writing files. */
import { validateAtlasFiles } from '../import/validate.ts';
import type { GraphRecords } from '../records.ts';
import { generateNational } from './national.ts';
import type { SyntheticSize } from './national-sizes.ts';

export function syntheticRecords(size: SyntheticSize, seed = 1): GraphRecords {
  const network = generateNational(size, seed);
  const { records, problems } = validateAtlasFiles(
    [{ file: `synthetic-${size}`, ...network, problems: [] }],
    new Map(),
    'synthetic',
  );
  if (problems.length > 0) throw new Error(`synthetic ${size} network is invalid: ${JSON.stringify(problems[0])}`);
  return records;
}
