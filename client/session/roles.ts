/**
 * What each role may do in the client. The server's roles (VIEWER, EDITOR, ADMIN) map to the
 * client's: admins are editors here who also export and erase personal data (Session.isAdmin).
 * Every signed-in role reads the map, the change feed (live notices), watches and its inbox;
 * editors and admins edit and undo. The server enforces the same (server/schema/access.ts).
 */
import type { Role as ServerRole } from '../api/generated/operations.ts';

export type Role = 'checking' | 'signed-out' | 'viewer' | 'editor';

/** The client role of a signed-in user of the given server role (exhaustive: a new role must be placed). */
export function roleOfServerRole(role: ServerRole): Role {
  switch (role) {
    case 'VIEWER':
      return 'viewer';
    case 'EDITOR':
    case 'ADMIN':
      return 'editor';
  }
}

export interface Access {
  /** Signed in with any role: reads the feed, gets live notices, watches and has an inbox. */
  signedIn: boolean;
  /** May edit, plan engagement and undo (editor or admin). */
  canEdit: boolean;
}

export function accessOf(role: Role): Access {
  switch (role) {
    case 'viewer':
      return { signedIn: true, canEdit: false };
    case 'editor':
      return { signedIn: true, canEdit: true };
    case 'checking':
    case 'signed-out':
      return { signedIn: false, canEdit: false };
  }
}
