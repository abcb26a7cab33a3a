import DataLoader from 'dataloader';
import { NotFoundError, UnauthenticatedError } from '../../../core/errors.ts';
import type { EntityRow } from '../../repositories/types.ts';
import {
  markInboxSeen,
  readInbox,
  unwatchEntity,
  watchedIds,
  watchEntity,
  watchingIds,
  type WatcherRef,
} from '../../repositories/watches.ts';
import type { Context } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

/** The signed-in viewer as a watcher (the guard, access.ts, has already refused anonymous callers). */
function watcherOf(context: Context): WatcherRef & { role: NonNullable<Context['viewer']['role']> } {
  const { role, id, name, method } = context.viewer;
  if (role === null) throw new UnauthenticatedError('Sign in to watch stakeholders');
  return { role, id, name, method };
}

/** Per request: which of the entities asked for the viewer watches, in one query. */
const watchedLoaders = new WeakMap<Context, DataLoader<string, boolean>>();

function watchedLoader(context: Context): DataLoader<string, boolean> {
  let loader = watchedLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const watched = await watchedIds(context.executor, watcherOf(context), ids);
      return ids.map((id) => watched.has(id));
    });
    watchedLoaders.set(context, loader);
  }
  return loader;
}

async function loadEntity(context: Context, id: string): Promise<EntityRow> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw new Error(`Entity ${id} vanished`);
  return entity;
}

async function inbox(context: Context, first: number) {
  const watcher = watcherOf(context);
  // Everything committed so far is numbered first, so the inbox and its count agree with the feed.
  await context.feed.catchUp();
  const [rows, ids] = await Promise.all([
    readInbox(context.executor, watcher, watcher.role, first),
    watchingIds(context.executor, watcher),
  ]);
  const entities = await context.loaders.entity.loadMany(ids);
  const watching = entities.filter((entity): entity is EntityRow => entity !== null && !(entity instanceof Error));
  return { ...rows, watching };
}

const watched = (entity: EntityRow, _: unknown, context: Context) =>
  context.viewer.role === null ? false : watchedLoader(context).load(entity.id);

export const watchResolvers: Resolvers = {
  Body: { watched },
  Person: { watched },
  Programme: { watched },
  Query: {
    inbox: (_, { first }, context) => inbox(context, first ?? 20),
  },
  Mutation: {
    watch: async (_, { entityId }, context) => {
      await watchEntity(context.executor, watcherOf(context), entityId);
      return loadEntity(context, entityId);
    },
    unwatch: async (_, { entityId }, context) => {
      const entity = await context.loaders.entity.load(entityId);
      if (!entity) throw new NotFoundError('entity', entityId);
      await unwatchEntity(context.executor, watcherOf(context), entityId);
      return entity;
    },
    markInboxSeen: async (_, { seq }, context) => {
      await context.feed.catchUp();
      await markInboxSeen(context.executor, watcherOf(context), seq ?? null);
      return inbox(context, 20);
    },
  },
};
