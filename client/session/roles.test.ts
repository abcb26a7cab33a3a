import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Role as ServerRole } from '../api/generated/operations.ts';
import { accessOf, roleOfServerRole } from './roles.ts';

/** The roles the server's SDL declares today, read from the SDL itself (not a copy of the list). */
function serverRoles(): ServerRole[] {
  const sdl = readFileSync(new URL('../../server/schema/users/users.graphql', import.meta.url), 'utf8');
  const role = parse(sdl).definitions.find(
    (definition) => definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'Role',
  );
  if (role?.kind !== Kind.ENUM_TYPE_DEFINITION) throw new Error('no enum Role in users.graphql');
  return (role.values ?? []).map((value) => value.name.value as ServerRole);
}

describe('what each role may do in the client', () => {
  it('signs in every server role: all read the feed (live notices, inbox); editors and admins edit and undo', () => {
    const roles = serverRoles();
    expect(roles).toEqual(expect.arrayContaining(['VIEWER', 'EDITOR', 'ADMIN']));
    for (const role of roles) {
      const access = accessOf(roleOfServerRole(role));
      expect(access, role).toEqual({ signedIn: true, canEdit: role !== 'VIEWER' });
    }
  });

  it('gives nothing before the role is known or when signed out', () => {
    expect(accessOf('checking')).toEqual({ signedIn: false, canEdit: false });
    expect(accessOf('signed-out')).toEqual({ signedIn: false, canEdit: false });
  });
});
