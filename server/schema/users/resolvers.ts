import { ForbiddenError } from '../../../core/errors.ts';
import { closeUserAccount, reopenUserAccount } from '../../repositories/account-closure.ts';
import {
  createApiToken,
  listApiTokens,
  listUserApiTokens,
  revokeApiToken,
  revokeUserApiToken,
} from '../../repositories/api-tokens.ts';
import { exportUserData } from '../../repositories/privacy.ts';
import { listUsers, setUserRole, type UserRole } from '../../repositories/users.ts';
import { hasRole, requireRole, type Context } from '../context.ts';
import type { Resolvers, Role } from '../generated/resolvers-types.ts';
import { newPersonalToken } from '../security.ts';

const toRole = (role: UserRole | null): Role | null => (role ? (role.toUpperCase() as Role) : null);

/** The signed-in user's id; shared tokens and the local user have no account, so no personal tokens. */
function userIdOf(context: Context, doing: string): string {
  requireRole(context, 'viewer', doing);
  if (!context.viewer.id) throw new ForbiddenError(`Only users who signed in can ${doing}`);
  return context.viewer.id;
}

export const userResolvers: Resolvers = {
  Query: {
    me: (_, __, context) => context.viewer,
    users: (_, __, context) => {
      requireRole(context, 'admin', 'list users');
      return listUsers(context.executor);
    },
    apiTokens: (_, __, context) => listApiTokens(context.executor, userIdOf(context, 'have API tokens')),
    userApiTokens: (_, { userId }, context) => {
      requireRole(context, 'admin', "list other users' API tokens");
      return listUserApiTokens(context.executor, userId);
    },
    userDataExport: (_, { userId }, context) => {
      requireRole(context, 'admin', 'export personal data');
      return exportUserData(context.executor, userId, context.viewer);
    },
  },
  Mutation: {
    setUserRole: (_, { id, expectedVersion, role }, context) => {
      requireRole(context, 'admin', 'change roles');
      return setUserRole(context.executor, id, expectedVersion, role.toLowerCase() as UserRole, context.viewer);
    },
    createApiToken: async (_, { name }, context) => {
      const userId = userIdOf(context, 'create API tokens');
      const { secret, hash, prefix } = newPersonalToken();
      const token = await createApiToken(context.executor, { userId, name, hash, prefix });
      return { token, secret };
    },
    revokeApiToken: (_, { id }, context) =>
      revokeApiToken(context.executor, userIdOf(context, 'revoke API tokens'), id),
    closeUserAccount: (_, { id, expectedVersion, reason }, context) => {
      requireRole(context, 'admin', 'close accounts');
      return closeUserAccount(context.executor, { id, expectedVersion, reason }, context.viewer);
    },
    reopenUserAccount: (_, { id, expectedVersion }, context) => {
      requireRole(context, 'admin', 'reopen accounts');
      return reopenUserAccount(context.executor, { id, expectedVersion }, context.viewer);
    },
    revokeUserApiToken: (_, { userId, tokenId }, context) => {
      requireRole(context, 'admin', "revoke other users' API tokens");
      return revokeUserApiToken(context.executor, userId, tokenId, context.viewer);
    },
  },
  Me: {
    signedIn: (viewer) => viewer.role !== null,
    id: (viewer) => viewer.id,
    name: (viewer) => (viewer.role === null ? null : viewer.name),
    role: (viewer) => toRole(viewer.role),
    method: (viewer) => (viewer.method ? (viewer.method.toUpperCase().replace('-', '_') as never) : null),
    openIdConnect: (_, __, context) => context.signIn.openIdConnect,
    sharedTokens: (_, __, context) => context.signIn.sharedTokens,
  },
  User: {
    // Personal data: admins only, field by field wherever a User appears.
    email: (user, _, context) => (hasRole(context, 'admin') ? user.email : null),
    role: (user) => toRole(user.role)!,
    closure: (user, _, context) =>
      hasRole(context, 'admin') && user.closedAt
        ? { at: user.closedAt, by: user.closedBy ?? 'unknown', reason: user.closedReason ?? '' }
        : null,
  },
};
