/** The stakeholder register: engagement profiles, the power/interest grid and suggested power. */
import type { Executor } from './executor.ts';
import type { Actor } from './types.ts';
import { profileSchema, quadrantOf, type Profile, type Quadrant } from '../../core/engagement.ts';
import { ConflictError, InputError, NotFoundError } from '../../core/errors.ts';
import { recordChange } from './audit.ts';
import { toGraphFilter } from './filters.ts';
import { wholeNetwork } from './graph.ts';
import { computeInfluence } from '../../core/graph/influence.ts';
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

export interface SuggestedPowerRow {
  power: number;
  reason: string;
}

/**
 * Suggested power from the network: the entity's PageRank percentile among all entities, in
 * fifths (top fifth: 5). The reason names the rank and the links that carry it.
 */
export async function suggestPower(executor: Executor, entityIds: readonly string[]): Promise<SuggestedPowerRow[]> {
  const { nodes, edges } = await wholeNetwork(executor, toGraphFilter({}));
  const { scores, explain } = computeInfluence('PAGERANK', nodes, edges);
  const ranked = [...nodes].sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0));
  return entityIds.map((id) => {
    const rank = ranked.findIndex((node) => node.id === id);
    if (rank < 0)
      return { power: 1, reason: 'Not in the current network (retired or unknown), so no standing to measure.' };
    const share = rank / ranked.length; // 0 for the top entity
    const power = 5 - Math.min(4, Math.floor(share * 5));
    return {
      power,
      reason: `PageRank ${rank + 1} of ${ranked.length} (top ${Math.max(1, Math.ceil(share * 100))}%). ${explain(id).explanation}`,
    };
  });
}

/** A profile with the id of its entity, as the API hands it to resolvers. */
export type ProfileWithEntity = ProfileRow & { entityId: string };
