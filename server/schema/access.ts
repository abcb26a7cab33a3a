/**
 * Deny by default: every query, mutation and subscription needs a signed-in viewer (any role) unless PUBLIC lists
 * it. The guard wraps every root field when the schema is built, so a new field is closed until it
 * is listed here; resolvers then ask for editor or admin where they need more (requireRole).
 * server/schema/access.test.ts calls every operation as anonymous, viewer, editor and admin.
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { UnauthenticatedError } from '../../core/errors.ts';
import type { Context } from './context.ts';

/** The operations anyone may call without signing in: who am I (and how do I sign in), and the version. */
export const PUBLIC: ReadonlySet<string> = new Set(['Query.me', 'Query.version']);

export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      if (PUBLIC.has(key)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        if (context.viewer.role === null) throw new UnauthenticatedError(`Sign in to use ${field.name}`);
        return resolve(source, args, context, info);
      };
      // A subscription is refused before its stream opens, not on each event.
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, context: Context, info) => {
          if (context.viewer.role === null) throw new UnauthenticatedError(`Sign in to use ${field.name}`);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
