import DataLoader from 'dataloader';
import type { InteractionKind as StoredKind, Stance as StoredStance } from '../../../core/engagement.ts';
import { contactHealth, followUpOverdue } from '../../../core/engagement-health.ts';
import { InputError, NotFoundError } from '../../../core/errors.ts';
import { getContacts, setContact } from '../../repositories/contacts.ts';
import {
  addAssessment,
  listRegister,
  quadrantOfProfile,
  setProfile,
  type ProfileWithEntity,
} from '../../repositories/engagement.ts';
import { toGraphFilter } from '../../repositories/filters.ts';
import { closeFollowUp, listAssignees, listOpenFollowUps } from '../../repositories/follow-ups.ts';
import {
  getInteractions,
  listInteractions,
  logInteraction,
  type InteractionRow,
} from '../../repositories/interactions.ts';
import { erasePersonalData, exportPersonalData } from '../../repositories/privacy.ts';
import type { EntityRow } from '../../repositories/types.ts';
import { findWarmRoutes } from '../../repositories/warm-routes.ts';
import { hasRole, requireRole, type Context } from '../context.ts';
import type { Resolvers, Stance } from '../generated/resolvers-types.ts';

const lower = <T extends string>(value: string | null | undefined): T | null | undefined =>
  value ? (value.toLowerCase() as T) : (value as null | undefined);
const upper = <T extends string>(value: T | null | undefined) => (value ? (value.toUpperCase() as Uppercase<T>) : null);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "Today" as the caller moved it (YYYY-MM-DD), or the server's. */
export function todayArg(today: string | null | undefined, field = 'today'): string {
  if (today == null) return new Date().toISOString().slice(0, 10);
  if (!DAY.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) {
    throw new InputError(field, 'must be a date as YYYY-MM-DD');
  }
  return today;
}

/** One interaction loader per request (follow-ups name their interaction). */
const interactionLoaders = new WeakMap<Context, DataLoader<string, InteractionRow | null>>();
function interactionLoader(context: Context): DataLoader<string, InteractionRow | null> {
  let loader = interactionLoaders.get(context);
  if (!loader) {
    loader = new DataLoader((ids: readonly string[]) => getInteractions(context.executor, ids));
    interactionLoaders.set(context, loader);
  }
  return loader;
}

async function loadEntity(context: Context, id: string): Promise<EntityRow> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw new NotFoundError('entity', id);
  return entity;
}

async function profileOf(context: Context, entityId: string): Promise<ProfileWithEntity | null> {
  if (!hasRole(context, 'editor')) return null;
  const profile = await context.loaders.profile.load(entityId);
  return profile ? { ...profile, entityId } : null;
}

/** Engagement fields every kind of entity has; viewers see none of them. */
const engagementFields = {
  engagement: (entity: EntityRow, _: unknown, context: Context) => profileOf(context, entity.id),
  interactions: (entity: EntityRow, { first }: { first?: number | null }, context: Context) =>
    hasRole(context, 'editor') ? listInteractions(context.executor, entity.id, first ?? 20) : [],
};

export const engagementResolvers: Resolvers = {
  Query: {
    register: async (_, { stance, owner, quadrant, stanceChangedSince }, context) => {
      requireRole(context, 'editor', 'read the stakeholder register');
      const rows = await listRegister(context.executor, { stance: lower(stance), owner, quadrant, stanceChangedSince });
      return rows.map((row) => ({ ...row.profile, entityId: row.entityId }));
    },
    followUps: async (_, { mine }, context) => {
      requireRole(context, 'editor', 'read follow-ups');
      if (!mine) return listOpenFollowUps(context.executor, null);
      // Shared tokens and the local user are nobody in particular: theirs are the unassigned ones.
      if (!context.viewer.id) return (await listOpenFollowUps(context.executor, null)).filter((row) => !row.ownerId);
      return listOpenFollowUps(context.executor, context.viewer.id);
    },
    assignees: (_, __, context) => {
      requireRole(context, 'editor', 'assign follow-ups');
      return listAssignees(context.executor);
    },
    warmRoutes: async (_, args, context) => {
      requireRole(context, 'editor', 'plan warm introductions');
      return findWarmRoutes(
        context.executor,
        {
          from: args.from,
          to: args.to,
          maxHops: args.maxHops ?? 4,
          first: args.first ?? 3,
          avoid: args.avoid ?? [],
          avoidStances: (args.avoidStances ?? []).map((stance: Stance) => stance.toLowerCase()),
          today: args.today ?? new Date().toISOString().slice(0, 10),
          includeFormer: args.includeFormer ?? false,
        },
        toGraphFilter({ families: args.families, minConfidence: args.minConfidence }),
      );
    },
    personalDataExport: (_, { personId }, context) => {
      requireRole(context, 'admin', 'export personal data');
      return exportPersonalData(context.executor, personId, context.viewer);
    },
  },
  Body: engagementFields,
  Programme: engagementFields,
  Person: {
    ...engagementFields,
    contact: async (person, _, context) =>
      hasRole(context, 'editor') ? context.loaders.contact.load(person.id) : null,
  },
  EngagementProfile: {
    entity: (profile, _, context) => loadEntity(context, profile.entityId),
    stance: (profile) => upper(profile.stance as StoredStance | undefined),
    quadrant: (profile) => quadrantOfProfile(profile),
    topics: (profile) => profile.topics ?? [],
    health: (profile, { today }) => {
      const health = contactHealth(profile.cadenceDays, profile.contactDates ?? [], todayArg(today));
      return health && { ...health, state: upper(health.state)!.replace('-', '_') as 'ON_TRACK' | 'DUE' | 'OVERDUE' };
    },
    history: (profile) => profile.history ?? [],
    suggestedPower: (profile, _, context) => context.loaders.suggestedPower.load(profile.entityId),
  },
  Assessment: {
    stance: (assessment) => upper(assessment.stance as StoredStance | undefined),
    quadrant: (assessment) => quadrantOfProfile(assessment),
    interaction: (assessment, _, context) =>
      assessment.interactionId ? interactionLoader(context).load(assessment.interactionId) : null,
    source: (assessment, _, context) => (assessment.sourceId ? context.loaders.source.load(assessment.sourceId) : null),
    migrated: (assessment) => assessment.migrated === true,
  },
  FollowUp: {
    owner: (followUp) =>
      followUp.ownerId ? { id: followUp.ownerId, name: followUp.ownerName ?? followUp.ownerId } : null,
    status: (followUp) => upper(followUp.status)!,
    overdue: (followUp, { today }) => followUpOverdue(followUp, todayArg(today)),
    interaction: async (followUp, _, context) => {
      const interaction = await interactionLoader(context).load(followUp.interactionId);
      if (!interaction) throw new NotFoundError('interaction', followUp.interactionId);
      return interaction;
    },
  },
  Interaction: {
    kind: (interaction) => upper(interaction.kind)!,
    participants: async (interaction, _, context) =>
      (await context.loaders.entity.loadMany(interaction.participants)).filter(
        (entity): entity is EntityRow => entity !== null && !(entity instanceof Error),
      ),
    followUps: (interaction) => interaction.followUps ?? [],
  },
  RouteStep: {
    explanation: (step) => {
      if (step.interaction) {
        return `${step.interaction.kind} on ${step.interaction.date}: ${step.interaction.summary}`;
      }
      const edge = step.edge!;
      const quote = edge.citationQuotes[0];
      const recent = step.strengthenedBy.length
        ? ` (strengthened by ${step.strengthenedBy.length} recent interaction(s))`
        : '';
      return `${edge.type.toLowerCase().replace(/_/g, ' ')}${edge.role ? ` (${edge.role})` : ''}${quote ? `: "${quote}"` : ''}${recent}`;
    },
  },
  Mutation: {
    setEngagement: async (_, { entityId, expectedVersion, input }, context) => {
      requireRole(context, 'editor', 'change engagement profiles');
      await setProfile(
        context.executor,
        entityId,
        expectedVersion,
        { ...input, stance: lower<StoredStance>(input.stance) },
        context.viewer,
      );
      context.loaders.profile.clear(entityId);
      return (await profileOf(context, entityId))!;
    },
    addAssessment: async (_, { entityId, input }, context) => {
      requireRole(context, 'editor', 'assess stakeholders');
      await addAssessment(
        context.executor,
        entityId,
        { ...input, stance: lower<StoredStance>(input.stance) },
        context.viewer,
      );
      context.loaders.profile.clear(entityId);
      return (await profileOf(context, entityId))!;
    },
    closeFollowUp: (_, { id, note }, context) => {
      requireRole(context, 'editor', 'close follow-ups');
      return closeFollowUp(context.executor, id, note, context.viewer);
    },
    logInteraction: async (_, { input }, context) => {
      requireRole(context, 'editor', 'log interactions');
      const followUps = input.followUps?.map((followUp) => ({ ...followUp, ownerId: followUp.ownerId ?? undefined }));
      return logInteraction(
        context.executor,
        { ...input, kind: lower<StoredKind>(input.kind), followUps },
        context.viewer,
      );
    },
    setContactDetails: async (_, { personId, expectedVersion, input }, context) => {
      requireRole(context, 'editor', 'change contact details');
      await setContact(context.executor, personId, expectedVersion, input, context.viewer);
      const [contact] = await getContacts(context.executor, [personId]);
      return contact!;
    },
    erasePersonalData: (_, { personId, reason }, context) => {
      requireRole(context, 'admin', 'erase personal data');
      return erasePersonalData(context.executor, personId, reason, context.viewer);
    },
  },
};
