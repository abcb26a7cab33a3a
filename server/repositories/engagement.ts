/**
 * The stakeholder register: engagement profiles and the power/interest grid (suggested power comes
 * from the influence snapshot: core/graph/snapshot.ts). Stance, power and interest are dated
 * assessments (core/engagement-history.ts); a profile's current ones are its latest assessment's.
 */
import { randomUUID } from 'node:crypto';
import type { Executor, QueryRunner } from './executor.ts';
import type { Actor } from './types.ts';
import { profileSchema, quadrantOf, type Profile, type Quadrant } from '../../core/engagement.ts';
import { assessmentSchema, stanceChangedSince, type AssessmentInput } from '../../core/engagement-history.ts';
import { ConflictError, InputError, NotFoundError } from '../../core/errors.ts';
import { recordChange } from './audit.ts';
import { parseInput, withoutNulls } from './validation.ts';

export interface AssessmentRow extends Partial<Omit<AssessmentInput, 'date'>> {
  id: string;
  date: string;
  recordedAt: string;
  assessedBy: string;
  assessedById?: string | null;
  /** Made by the migration from a profile saved before assessments existed. */
  migrated?: boolean;
}

export interface ProfileRow extends Partial<Profile> {
  version: number;
  updatedAt?: string;
  updatedBy?: string;
  updatedById?: string | null;
  /** Oldest first. */
  history?: AssessmentRow[];
  /** The days of the entity's interactions (for health). */
  contactDates?: string[];
}

export type RegisterRow = {
  entityId: string;
  name: string;
  kind: string;
  profile: ProfileRow;
};

const POSITION = ['stance', 'power', 'interest'] as const;
const PROFILE_FIELDS = ['owner', 'objectives', 'topics', 'nextAction', 'nextActionDue', 'cadenceDays'] as const;

/** Profiles by entity id, in the order asked, null where an entity has none (for DataLoader). */
export async function getProfiles(executor: Executor, ids: readonly string[]): Promise<(ProfileRow | null)[]> {
  const rows = await executor.read<{ entityId: string; profile: ProfileRow }>('engagement/get-profiles', { ids });
  const byId = new Map(rows.map((row) => [row.entityId, row.profile]));
  return ids.map((id) => byId.get(id) ?? null);
}

const isDay = (value: string) => parseInput(assessmentSchema.shape.date, value, 'stanceChangedSince');

export async function listRegister(
  executor: Executor,
  filter: {
    stance?: string | null;
    owner?: string | null;
    quadrant?: Quadrant | null;
    stanceChangedSince?: string | null;
  } = {},
): Promise<RegisterRow[]> {
  if (filter.stanceChangedSince) isDay(filter.stanceChangedSince);
  const rows = await executor.read<RegisterRow>('engagement/list-register');
  return rows.filter(
    ({ profile }) =>
      (!filter.stance || profile.stance === filter.stance) &&
      (!filter.owner || profile.owner === filter.owner) &&
      (!filter.quadrant || quadrantOfProfile(profile) === filter.quadrant) &&
      (!filter.stanceChangedSince || stanceChangedSince(profile.history ?? [], filter.stanceChangedSince)),
  );
}

export function quadrantOfProfile(profile: Partial<Profile>): Quadrant | null {
  return profile.power && profile.interest ? quadrantOf(profile.power, profile.interest) : null;
}

export type ProfileInput = { [K in keyof Profile]?: Profile[K] | null };

type LockedProfile = { id: string; retiredAt: string | null; profile: ProfileRow | null };

/** Locks the entity and checks the version its profile was read at (0 when it has none). */
async function lockProfile(tx: QueryRunner, entityId: string, expectedVersion: number | null): Promise<LockedProfile> {
  const [row] = await tx.run<LockedProfile>('engagement/lock-profile', { entityId });
  if (!row) throw new NotFoundError('entity', entityId);
  if (row.retiredAt) throw new InputError('entityId', `"${entityId}" is retired`);
  const currentVersion = row.profile?.version ?? 0;
  if (expectedVersion !== null && currentVersion !== expectedVersion) {
    throw new ConflictError(entityId, expectedVersion, currentVersion);
  }
  return row;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Sets an entity's profile. expectedVersion is the profile's version as last read, 0 when it has
 * none yet. Fields left out keep their value; null clears one. A change of stance, power or
 * interest is recorded as an assessment dated today, which becomes the current one.
 */
export async function setProfile(
  executor: Executor,
  entityId: string,
  expectedVersion: number,
  input: ProfileInput,
  actor: Actor,
): Promise<void> {
  await executor.writeTransaction(async (tx) => {
    const row = await lockProfile(tx, entityId, expectedVersion);
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
    const properties = Object.fromEntries(PROFILE_FIELDS.map((key) => [key, profile[key] ?? null]));
    const now = new Date().toISOString();
    await tx.run('engagement/set-profile', { entityId, properties, actor, now });
    if (POSITION.some((key) => (profile[key] ?? null) !== (before[key] ?? null))) {
      const position = Object.fromEntries(POSITION.map((key) => [key, profile[key] ?? null]));
      await tx.run('engagement/create-assessment', {
        entityId,
        id: `assessment:${randomUUID()}`,
        properties: { ...position, date: today() },
        actor,
        now,
      });
    }
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

export type AssessmentInputValues = { [K in keyof AssessmentInput]?: AssessmentInput[K] | null };

/**
 * Adds a dated assessment (stance, power, interest, note; optionally the interaction or source
 * behind it), made by the actor. It becomes the current position when it is the latest. Creates
 * the profile when the entity has none, and moves the profile's version on.
 */
export async function addAssessment(
  executor: Executor,
  entityId: string,
  input: AssessmentInputValues,
  actor: Actor,
): Promise<void> {
  const assessment = parseInput(assessmentSchema, withoutNulls(input), 'input');
  if (assessment.date > today()) throw new InputError('input.date', 'must not be after today');
  await executor.writeTransaction(async (tx) => {
    const row = await lockProfile(tx, entityId, null);
    await checkBasis(tx, entityId, assessment);
    const now = new Date().toISOString();
    await tx.run('engagement/set-profile', { entityId, properties: {}, actor, now });
    const id = `assessment:${randomUUID()}`;
    const { interactionId, sourceId, note, ...position } = assessment;
    await tx.run('engagement/create-assessment', {
      entityId,
      id,
      properties: {
        ...position,
        stance: position.stance ?? null,
        note: note ?? null,
        interactionId: interactionId ?? null,
        sourceId: sourceId ?? null,
      },
      actor,
      now,
    });
    await recordChange(tx, {
      actor,
      action: 'addAssessment',
      targetId: entityId,
      entityIds: [entityId],
      before: row.profile ? Object.fromEntries(POSITION.map((key) => [key, row.profile?.[key] ?? null])) : null,
      after: { id, ...assessment },
    });
  });
}

/** The interaction behind an assessment must involve the entity; its source must exist and be live. */
async function checkBasis(tx: QueryRunner, entityId: string, assessment: AssessmentInput): Promise<void> {
  if (!assessment.interactionId && !assessment.sourceId) return;
  const [basis] = await tx.run<{
    interactionFound: boolean;
    interactionInvolves: boolean;
    sourceFound: boolean;
    sourceRetired: boolean;
  }>('engagement/check-assessment-basis', {
    entityId,
    interactionId: assessment.interactionId ?? null,
    sourceId: assessment.sourceId ?? null,
  });
  const { interactionId, sourceId } = assessment;
  if (interactionId && !basis?.interactionFound) {
    throw new InputError('input.interactionId', `no interaction with id "${interactionId}"`);
  }
  if (interactionId && !basis?.interactionInvolves) {
    throw new InputError('input.interactionId', `interaction "${interactionId}" does not involve "${entityId}"`);
  }
  if (sourceId && !basis?.sourceFound) throw new InputError('input.sourceId', `no source with id "${sourceId}"`);
  if (sourceId && basis?.sourceRetired) throw new InputError('input.sourceId', `source "${sourceId}" is retired`);
}

/** A profile with the id of its entity, as the API hands it to resolvers. */
export type ProfileWithEntity = ProfileRow & { entityId: string };
