/**
 * The stakeholder register: engagement profiles and the power/interest grid (suggested power comes
 * from the influence snapshot: core/graph/snapshot.ts).
 */
import type { Executor } from './executor.ts';
import type { Actor } from './types.ts';
import { profileSchema, quadrantOf, type Profile, type Quadrant } from '../../core/engagement.ts';
import { ConflictError, InputError, NotFoundError } from '../../core/errors.ts';
import { recordChange } from './audit.ts';
import { parseInput, withoutNulls } from './validation.ts';

export interface ProfileRow extends Partial<Profile> {
  version: number;
  updatedAt?: string;
  updatedBy?: string;
  updatedById?: string | null;
}

export type RegisterRow = {
  entityId: string;
  name: string;
  kind: string;
  profile: ProfileRow;
};

/** Profiles by entity id, in the order asked, null where an entity has none (for DataLoader). */
export async function getProfiles(executor: Executor, ids: readonly string[]): Promise<(ProfileRow | null)[]> {
  const rows = await executor.read<{ entityId: string; profile: ProfileRow }>('engagement/get-profiles', { ids });
  const byId = new Map(rows.map((row) => [row.entityId, row.profile]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function listRegister(
  executor: Executor,
  filter: { stance?: string | null; owner?: string | null; quadrant?: Quadrant | null } = {},
): Promise<RegisterRow[]> {
  const rows = await executor.read<RegisterRow>('engagement/list-register');
  return rows.filter(
    ({ profile }) =>
      (!filter.stance || profile.stance === filter.stance) &&
      (!filter.owner || profile.owner === filter.owner) &&
      (!filter.quadrant || quadrantOfProfile(profile) === filter.quadrant),
  );
}

export function quadrantOfProfile(profile: Partial<Profile>): Quadrant | null {
  return profile.power && profile.interest ? quadrantOf(profile.power, profile.interest) : null;
}

export type ProfileInput = { [K in keyof Profile]?: Profile[K] | null };

/**
 * Sets an entity's profile. expectedVersion is the profile's version as last read, 0 when it has
 * none yet. Fields left out keep their value; null clears one.
 */
export async function setProfile(
  executor: Executor,
  entityId: string,
  expectedVersion: number,
  input: ProfileInput,
  actor: Actor,
): Promise<void> {
  await executor.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ id: string; retiredAt: string | null; profile: ProfileRow | null }>(
      'engagement/lock-profile',
      { entityId },
    );
    if (!row) throw new NotFoundError('entity', entityId);
    if (row.retiredAt) throw new InputError('entityId', `"${entityId}" is retired`);
    const currentVersion = row.profile?.version ?? 0;
    if (currentVersion !== expectedVersion) throw new ConflictError(entityId, expectedVersion, currentVersion);
    const {
      version: _version,
      updatedAt: _at,
      updatedBy: _by,
      updatedById: _byId,
      ...before
    } = row.profile ?? { version: 0 };
    // Left out (undefined): keep; null: clear.
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    const profile = parseInput(profileSchema, withoutNulls({ ...before, ...changes }), 'input');
    const properties = Object.fromEntries(
      (['owner', 'power', 'interest', 'stance', 'objectives', 'topics', 'nextAction', 'nextActionDue'] as const).map(
        (key) => [key, profile[key] ?? null],
      ),
    );
    await tx.run('engagement/set-profile', { entityId, properties, actor });
    await recordChange(tx, {
      actor,
      action: 'setEngagement',
      targetId: entityId,
      entityIds: [entityId],
      before: row.profile ? before : null,
      after: profile,
    });
  });
}

/** A profile with the id of its entity, as the API hands it to resolvers. */
export type ProfileWithEntity = ProfileRow & { entityId: string };
