import { InputError } from '../../../core/errors.ts';
import { nameAsOf } from '../../../core/names.ts';
import { createEntity, retireEntity, updateEntity } from '../../repositories/entities.ts';
import { matchEntities, searchEntities } from '../../repositories/entity-lookup.ts';
import { checkAsOf, toGraphFilter } from '../../repositories/filters.ts';
import { edgesAround } from '../../repositories/graph.ts';
import { identifierText } from '../../../core/records.ts';
import { citationsOf, identifiersOf } from '../../../core/storage.ts';
import type { EntityRow } from '../../repositories/types.ts';
import { requireRole, type Context } from '../context.ts';
import type { EntityResolvers, Resolvers } from '../generated/resolvers-types.ts';
import { MATCH_LEVELS } from '../match-levels.ts';

/** Loads an entity that must exist (after a write, or from an id the API returned). */
async function loadEntity(context: Context, id: string): Promise<EntityRow> {
  context.loaders.entity.clear(id);
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw new Error(`Entity ${id} vanished`);
  return entity;
}

/** Fields every kind of entity shares (Body, Person, Programme). */
const entityFields = {
  aliases: (entity: EntityRow) => entity.aliases,
  identifiers: (entity: EntityRow) =>
    identifiersOf(entity).map((identifier) => ({ ...identifier, text: identifierText(identifier) })),
  citations: (entity: EntityRow) => citationsOf(entity),
  nameAsOf: (entity: EntityRow, { date }: { date: string }) =>
    nameAsOf(entity.name, entity.aliases, checkAsOf(date, 'date')!),
  relationships: (
    entity: EntityRow,
    args: { families?: string[] | null; asOf?: string | null; minConfidence?: number | null },
    { executor }: Context,
  ) => edgesAround(executor, [entity.id], toGraphFilter(args)),
};

const ALIAS_KINDS = { name: 'NAME', acronym: 'ACRONYM', informal: 'INFORMAL' } as const;

export const entityResolvers: Resolvers = {
  Query: {
    search: async (_, { text, kinds, first }, context) => {
      const { ids, read } = await searchEntities(
        context.executor,
        text,
        kinds,
        first ?? 20,
        await context.graphIndex(),
      );
      for (const entity of read) context.loaders.entity.prime(entity.id, entity);
      const entities = await context.loaders.entity.loadMany(ids);
      return entities.filter((entity): entity is EntityRow => entity !== null && !(entity instanceof Error));
    },
    entity: (_, { id }, { loaders }) => loaders.entity.load(id),
    matchStakeholders: async (_, { name, kind }, context) => {
      const candidates = await matchEntities(context.executor, name, kind);
      const entities = await context.loaders.entity.loadMany(candidates.map((candidate) => candidate.id));
      return candidates.flatMap((candidate, index) => {
        const entity = entities[index];
        if (!entity || entity instanceof Error) return [];
        return [{ entity, match: MATCH_LEVELS[candidate.match], reason: candidate.reason }];
      });
    },
  },
  Entity: {
    __resolveType: (entity) => ({ BODY: 'Body', PERSON: 'Person', PROGRAMME: 'Programme' })[entity.kind] as 'Body',
  } as EntityResolvers,
  Body: { ...entityFields, type: (entity) => entity.type ?? '', sector: (entity) => entity.sector ?? '' },
  Person: entityFields,
  Programme: { ...entityFields, type: (entity) => entity.type ?? '' },
  Alias: {
    kind: (alias) => ALIAS_KINDS[alias.kind],
    citations: (alias) => citationsOf(alias),
  },
  Mutation: {
    createEntity: async (_, { input }, context) => {
      requireRole(context, 'editor', 'create entities');
      const id = await createEntity(context.executor, input, context.viewer);
      return loadEntity(context, id);
    },
    updateEntity: async (_, { id, expectedVersion, input }, context) => {
      requireRole(context, 'editor', 'change entities');
      if (Object.keys(input).length === 0) throw new InputError('input', 'names no field to change');
      await updateEntity(context.executor, id, expectedVersion, input, context.viewer);
      return loadEntity(context, id);
    },
    retireEntity: async (_, { id, expectedVersion, reason }, context) => {
      requireRole(context, 'editor', 'retire entities');
      await retireEntity(context.executor, id, expectedVersion, reason, context.viewer);
      return loadEntity(context, id);
    },
  },
};
