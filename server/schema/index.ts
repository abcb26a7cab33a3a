/** The executable schema: every server/schema/<area>/*.graphql merged with its resolvers. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { guardRootFields } from './access.ts';
import { auditResolvers } from './audit/resolvers.ts';
import { briefResolvers } from './briefs/resolvers.ts';
import { engagementResolvers } from './engagement/resolvers.ts';
import { suggestionResolvers } from './engagement/suggestions.ts';
import { entityResolvers } from './entities/resolvers.ts';
import { feedResolvers } from './feed/resolvers.ts';
import { graphResolvers } from './graph/resolvers.ts';
import { historyResolvers } from './history/resolvers.ts';
import { importResolvers } from './import/resolvers.ts';
import { layerResolvers } from './import/layer-resolvers.ts';
import { influenceResolvers } from './influence/resolvers.ts';
import { metaResolvers } from './meta/resolvers.ts';
import { readingResolvers } from './reading/resolvers.ts';
import { sourceResolvers } from './sources/resolvers.ts';
import { undoResolvers } from './undo/resolvers.ts';
import { userResolvers } from './users/resolvers.ts';
import { watchResolvers } from './watches/resolvers.ts';

const SCHEMA_DIR = fileURLToPath(new URL('.', import.meta.url));

export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((area) => area !== 'generated' && statSync(join(SCHEMA_DIR, area)).isDirectory())
    .sort()
    .flatMap((area) =>
      readdirSync(join(SCHEMA_DIR, area))
        .filter((file) => file.endsWith('.graphql'))
        .sort()
        .map((file) => readFileSync(join(SCHEMA_DIR, area, file), 'utf8')),
    );
}

/** The schema with every root field behind the deny-by-default guard (access.ts). */
export function createSchema() {
  return guardRootFields(createUnguardedSchema());
}

function createUnguardedSchema() {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      metaResolvers,
      sourceResolvers,
      readingResolvers,
      entityResolvers,
      graphResolvers,
      influenceResolvers,
      auditResolvers,
      feedResolvers,
      historyResolvers,
      engagementResolvers,
      suggestionResolvers,
      importResolvers,
      layerResolvers,
      userResolvers,
      briefResolvers,
      undoResolvers,
      watchResolvers,
    ],
  });
}
