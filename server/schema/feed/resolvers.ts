import { changedFields, kindOfAction, type ChangeRole } from '../../../core/changes.ts';
import { InputError, UnauthenticatedError } from '../../../core/errors.ts';
import { listChanges, readFeedHead, type ChangeRow } from '../../repositories/feed.ts';
import type { Context } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

function roleOf(context: Context): ChangeRole {
  // The guard (access.ts) has already refused anonymous callers; this keeps the type honest.
  if (context.viewer.role === null) throw new UnauthenticatedError('Sign in to read the change feed');
  return context.viewer.role;
}

const parsed = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

export const feedResolvers: Resolvers = {
  Query: {
    changes: async (_, { after, first, stakeholder, user, kinds, from, to }, context) => {
      const role = roleOf(context);
      // Everything committed so far is numbered first, so a writer reads its own change here.
      await context.feed.catchUp();
      const [page, head] = await Promise.all([
        listChanges(context.executor, role, { after, first, stakeholder, user, kinds, from, to }),
        readFeedHead(context.executor),
      ]);
      return { changes: page.changes, endSeq: page.changes.at(-1)?.seq ?? after ?? 0, hasMore: page.more, head };
    },
  },
  Subscription: {
    changes: {
      subscribe: (_, { after }, context) => {
        if (after != null && (!Number.isInteger(after) || after < 0)) {
          throw new InputError('after', 'must be a sequence number (0 or more)');
        }
        return context.feed.subscribe(roleOf(context), after ?? null, context.viewer.id);
      },
      resolve: (change: ChangeRow) => change,
    },
  },
  Change: {
    kind: (change) => kindOfAction(change.action)!,
    entities: async (change, _, context) =>
      (await Promise.all(change.entityIds.map((id) => context.loaders.entity.load(id)))).filter(
        (entity) => entity !== null,
      ),
    fields: (change) => changedFields(parsed(change.before), parsed(change.after)),
  },
};
