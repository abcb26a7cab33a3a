import { precisionOf } from '../../../core/dates.ts';
import { InputError } from '../../../core/errors.ts';
import {
  createSource,
  getSourceText,
  listCitingFacts,
  listSources,
  retireSource,
  updateSource,
  type SourceInput,
} from '../../repositories/sources.ts';
import type { AliasRow, EntityRow, SourceRow } from '../../repositories/types.ts';
import type { Context } from '../context.ts';
import { requireRole } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { textOfUpload } from './uploaded-text.ts';

/** Loads a source that must exist (after a write). */
async function loadSource(context: Context, id: string): Promise<SourceRow> {
  context.loaders.source.clear(id);
  const source = await context.loaders.source.load(id);
  if (!source) throw new Error(`Source ${id} vanished`);
  return source;
}

/** The input with an uploaded file read into `text` (a file and pasted text together are refused). */
async function withUploadedText<T extends SourceInput & { file?: File | null }>(input: T): Promise<SourceInput> {
  const { file, ...rest } = input;
  if (!file) return rest;
  if (rest.text != null) throw new InputError('input.file', 'give either text or a file, not both');
  return { ...rest, text: await textOfUpload(file, 'input.file') };
}

export const sourceResolvers: Resolvers = {
  Query: {
    sources: (_, __, { executor }) => listSources(executor),
    source: (_, { id }, { loaders }) => loaders.source.load(id),
  },
  Source: {
    datePrecision: (source) => precisionOf(source.date),
    text: (source, _, { executor }) => (source.hasText ? getSourceText(executor, source.id) : null),
    citationCount: async (source, _, { executor }) => {
      if (source.citationCount !== undefined) return source.citationCount;
      return (await listCitingFacts(executor, source.id)).length;
    },
    citedBy: async (source, _, { executor, loaders }) => {
      const facts = await listCitingFacts(executor, source.id);
      const entityIds = [...new Set(facts.flatMap((fact) => (fact.entityId ? [fact.entityId] : [])))];
      const entities = new Map<string, EntityRow>();
      for (const entity of await loaders.entity.loadMany(entityIds)) {
        if (entity && !(entity instanceof Error)) entities.set(entity.id, entity);
      }
      const aliasOf = (entity: EntityRow, aliasId: string): AliasRow | undefined =>
        entity.aliases.find((alias) => (alias as AliasRow & { id?: string }).id === aliasId);
      return {
        entities: facts.flatMap((fact) =>
          fact.kind === 'entity' && entities.has(fact.entityId!) ? [entities.get(fact.entityId!)!] : [],
        ),
        aliases: facts.flatMap((fact) => {
          const entity = fact.kind === 'alias' ? entities.get(fact.entityId!) : undefined;
          const alias = entity && aliasOf(entity, fact.aliasId!);
          return entity && alias ? [{ entity, alias }] : [];
        }),
        relationships: facts.flatMap((fact) => (fact.edge ? [fact.edge] : [])),
      };
    },
  },
  Citation: {
    source: async (citation, _, { loaders }) => {
      const source = await loaders.source.load(citation.source);
      if (!source) throw new Error(`Citation points to missing source ${citation.source}`);
      return source;
    },
  },
  Mutation: {
    createSource: async (_, { input }, context) => {
      requireRole(context, 'editor', 'add sources');
      const id = await createSource(context.executor, await withUploadedText(input), context.viewer);
      return loadSource(context, id);
    },
    updateSource: async (_, { id, expectedVersion, input }, context) => {
      requireRole(context, 'editor', 'change sources');
      if (Object.keys(input).length === 0) throw new InputError('input', 'names no field to change');
      await updateSource(context.executor, id, expectedVersion, await withUploadedText(input), context.viewer);
      return loadSource(context, id);
    },
    retireSource: async (_, { id, expectedVersion, reason }, context) => {
      requireRole(context, 'editor', 'retire sources');
      await retireSource(context.executor, id, expectedVersion, reason, context.viewer);
      return loadSource(context, id);
    },
  },
};
