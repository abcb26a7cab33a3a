import { listAudit } from '../../repositories/audit.ts';
import { requireRole } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: (_, { entityId, first, after }, context) => {
      requireRole(context, 'admin', 'read the audit log');
      return listAudit(context.executor, entityId, first ?? 20, after);
    },
  },
};
