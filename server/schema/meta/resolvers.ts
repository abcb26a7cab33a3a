import { readFileSync } from 'node:fs';
import type { Resolvers } from '../generated/resolvers-types.ts';

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export const metaResolvers: Resolvers = {
  Query: {
    version: () => version,
  },
};
