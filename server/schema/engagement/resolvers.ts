import type { InteractionKind as StoredKind, Stance as StoredStance } from '../../../core/engagement.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { getContacts, setContact } from '../../repositories/contacts.ts';
import { listRegister, quadrantOfProfile, setProfile, type ProfileWithEntity } from '../../repositories/engagement.ts';
import { toGraphFilter } from '../../repositories/filters.ts';
import { listInteractions, logInteraction } from '../../repositories/interactions.ts';
import { erasePersonalData, exportPersonalData } from '../../repositories/privacy.ts';
import type { EntityRow } from '../../repositories/types.ts';
import { findWarmRoutes } from '../../repositories/warm-routes.ts';
import { hasRole, requireRole, type Context } from '../context.ts';
import type { Resolvers, Stance } from '../generated/resolvers-types.ts';

const lower = <T extends string>(value: string | null | undefined): T | null | undefined =>
  value ? (value.toLowerCase() as T) : (value as null | undefined);
const upper = <T extends string>(value: T | null | undefined) => (value ? (value.toUpperCase() as Uppercase<T>) : null);

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
    register: async (_, { stance, owner, quadrant }, context) => {
      requireRole(context, 'editor', 'read the stakeholder register');
      const rows = await listRegister(context.executor, { stance: lower(stance), owner, quadrant });
      return rows.map((row) => ({ ...row.profile, entityId: row.entityId }));
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
    suggestedPower: (profile, _, context) => context.loaders.suggestedPower.load(profile.entityId),
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
    logInteraction: async (_, { input }, context) => {
      requireRole(context, 'editor', 'log interactions');
      return logInteraction(context.executor, { ...input, kind: lower<StoredKind>(input.kind) }, context.viewer);
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
