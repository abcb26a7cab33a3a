/** Every seed file, with its path, so validation problems can name the file they are in. */
import { sources } from './data/sources.ts';
import { bodies } from './data/bodies.ts';
import { people } from './data/people.ts';
import { programmes } from './data/programmes.ts';
import { relationships as influence } from './data/relationships/influence.ts';
import { relationships as liaison } from './data/relationships/liaison.ts';
import { relationships as membership } from './data/relationships/membership.ts';
import { relationships as governance } from './data/relationships/governance.ts';
import { relationships as programme } from './data/relationships/programme.ts';

export interface SeedFile<T> {
  file: string;
  records: T[];
}

export const seedCatalog = {
  sources: [{ file: 'seed/data/sources.ts', records: sources }],
  entities: [
    { file: 'seed/data/bodies.ts', records: bodies },
    { file: 'seed/data/people.ts', records: people },
    { file: 'seed/data/programmes.ts', records: programmes },
  ],
  relationships: [
    { file: 'seed/data/relationships/influence.ts', records: influence },
    { file: 'seed/data/relationships/liaison.ts', records: liaison },
    { file: 'seed/data/relationships/membership.ts', records: membership },
    { file: 'seed/data/relationships/governance.ts', records: governance },
    { file: 'seed/data/relationships/programme.ts', records: programme },
  ],
};

export type SeedCatalog = {
  sources: SeedFile<unknown>[];
  entities: SeedFile<unknown>[];
  relationships: SeedFile<unknown>[];
};
