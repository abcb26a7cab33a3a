import { changedFields, type ChangeRole } from '../../../core/changes.ts';
import { UnauthenticatedError } from '../../../core/errors.ts';
import { diffBetween } from '../../repositories/recorded.ts';
import type { Context } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

function roleOf(context: Context): ChangeRole {
  // The guard (access.ts) has already refused anonymous callers; this keeps the type honest.
  if (context.viewer.role === null) throw new UnauthenticatedError('Sign in to compare the network between dates');
  return context.viewer.role;
}

const json = (record: unknown) => (record === null ? null : JSON.stringify(record));
const text = (value: unknown) => (typeof value === 'string' ? value : null);

export const historyResolvers: Resolvers = {
  Query: {
    networkDiff: async (_, { from, to }, context) => {
      const role = roleOf(context);
      // Everything committed so far is numbered first, so a writer sees its own change.
      await context.feed.catchUp();
      return diffBetween(context.executor, role, from, to ?? null);
    },
  },
  DiffEntry: {
    label: (entry) => {
      const record = { ...entry.before, ...entry.after };
      return String((entry.kind === 'ENTITY' ? record.name : record.type) ?? entry.id);
    },
    source: (entry) => (entry.kind === 'RELATIONSHIP' ? text((entry.after ?? entry.before)?.from) : null),
    target: (entry) => (entry.kind === 'RELATIONSHIP' ? text((entry.after ?? entry.before)?.to) : null),
    entities: async (entry, _, context) => {
      const record = entry.after ?? entry.before;
      const ids = entry.kind === 'ENTITY' ? [entry.id] : [text(record?.from), text(record?.to)];
      const rows = await Promise.all(ids.filter((id) => id !== null).map((id) => context.loaders.entity.load(id)));
      return rows.filter((row) => row !== null);
    },
    fields: (entry) => changedFields(entry.before, entry.after),
    before: (entry) => json(entry.before),
    after: (entry) => json(entry.after),
  },
};
