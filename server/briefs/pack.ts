/**
 * A brief's pack: gathers the facts of its stakeholders as on the meeting day (the graph with its
 * citations, influence and communities, our engagement records, contact details, introduction
 * routes valid that day), then core/briefs/assemble.ts writes and footnotes them. The GraphQL
 * `Brief.pack` and the PDF both read it, so the page and the download say the same.
 */
import {
  assembleBrief,
  type BriefEdgeFact,
  type BriefPack,
  type StakeholderFacts,
} from '../../core/briefs/assemble.ts';
import { chronological } from '../../core/engagement-history.ts';
import { nameAsOf } from '../../core/names.ts';
import { citationsOf } from '../../core/storage.ts';
import type { InfluenceSnapshot } from '../../core/graph/snapshot.ts';
import type { BriefRow } from '../repositories/briefs.ts';
import { getContacts } from '../repositories/contacts.ts';
import { getProfiles } from '../repositories/engagement.ts';
import { getEntities } from '../repositories/entity-lookup.ts';
import type { Executor } from '../repositories/executor.ts';
import { toGraphFilter } from '../repositories/filters.ts';
import { listOpenFollowUps } from '../repositories/follow-ups.ts';
import { edgesAround } from '../repositories/graph.ts';
import { listInteractions } from '../repositories/interactions.ts';
import { getSources } from '../repositories/sources.ts';
import type { EdgeRow, EntityRow } from '../repositories/types.ts';
import { findWarmRoutes } from '../repositories/warm-routes.ts';
import type { InfluenceCache } from '../influence/cache.ts';

/** Interactions shown per stakeholder (the latest on or before the meeting), and routes. */
const LAST_INTERACTIONS = 3;
const ROUTES = 2;

/** What a role may read in a pack: engagement records, routes and contact details need an editor. */
export function packAccess(editor: boolean): PackReaders['mayRead'] {
  return { engagement: editor, contacts: editor };
}

export interface PackReaders {
  executor: Executor;
  influence: InfluenceCache;
  /** What the reader's role may see (editors and admins: everything). */
  mayRead: { engagement: boolean; contacts: boolean };
}

const edgeFact = (edge: EdgeRow): BriefEdgeFact => ({
  id: edge.id,
  type: edge.type,
  source: edge.source,
  target: edge.target,
  role: edge.role ?? null,
  validFrom: edge.validFrom ?? null,
  validTo: edge.validTo ?? null,
  citations: citationsOf(edge),
});

function standingIn(snapshot: InfluenceSnapshot<EdgeRow>, entity: EntityRow) {
  const standing = snapshot.standing[entity.id];
  const ranked = snapshot.rankings.PAGERANK[entity.kind].find((candidate) => candidate.entityId === entity.id);
  const community = snapshot.communities.find((candidate) => candidate.memberIds.includes(entity.id));
  return {
    influence: standing
      ? {
          place: standing.place,
          of: snapshot.nodes,
          explanation: standing.explanation,
          strongestLinks: (ranked?.strongestLinks ?? []).map(edgeFact),
        }
      : null,
    community: community
      ? {
          id: community.id,
          size: community.size,
          count: snapshot.communities.length,
          centralIds: community.central.map((member) => member.entityId),
        }
      : null,
  };
}

/** Our records of a stakeholder up to the meeting day: assessments, the last interactions, open follow-ups. */
async function relationshipOf(
  executor: Executor,
  entityId: string,
  day: string,
  profile: Awaited<ReturnType<typeof getProfiles>>[number],
) {
  const interactions = (await listInteractions(executor, entityId, 200)).filter((row) => row.date <= day);
  const ids = new Set(interactions.map((row) => row.id));
  const followUps = (await listOpenFollowUps(executor, null)).filter((row) => ids.has(row.interactionId));
  return {
    assessments: chronological(profile?.history ?? [])
      .filter((assessment) => assessment.date <= day)
      .map((assessment) => ({ ...assessment, note: assessment.note ?? null })),
    interactions: interactions.slice(0, LAST_INTERACTIONS).map((row) => ({ ...row, outcome: row.outcome ?? null })),
    followUps: followUps.map((row) => ({ what: row.what, due: row.due, owner: row.ownerName })),
  };
}

async function routesTo(executor: Executor, brief: BriefRow, to: string) {
  if (!brief.fromId) return [];
  const routes = await findWarmRoutes(
    executor,
    {
      from: brief.fromId,
      to,
      maxHops: 4,
      first: ROUTES,
      avoid: [],
      avoidStances: [],
      today: brief.meetingDate,
      includeFormer: false,
    },
    toGraphFilter({}),
  );
  return routes.map((route) => ({
    steps: route.steps.map((step) => ({
      from: step.from,
      to: step.to,
      edge: step.edge ? edgeFact(step.edge) : null,
      interaction: step.interaction ? { date: step.interaction.date, kind: step.interaction.kind } : null,
      former: step.former,
    })),
  }));
}

export async function briefPack(brief: BriefRow, readers: PackReaders): Promise<BriefPack> {
  const { executor, mayRead } = readers;
  const day = brief.meetingDate;
  const filter = toGraphFilter({ asOf: day });
  const entities = (await getEntities(executor, brief.stakeholderIds)).filter((row): row is EntityRow => row !== null);
  const ids = entities.map((entity) => entity.id);
  const [edges, { snapshot }, profiles, contacts] = await Promise.all([
    edgesAround(executor, ids, filter),
    readers.influence.answer(filter),
    mayRead.engagement ? getProfiles(executor, ids) : [],
    mayRead.contacts ? getContacts(executor, ids) : [],
  ]);
  const stakeholders: StakeholderFacts[] = [];
  for (const [index, entity] of entities.entries()) {
    const contact = contacts[index];
    stakeholders.push({
      id: entity.id,
      kind: entity.kind,
      name: nameAsOf(entity.name, entity.aliases, day),
      type: entity.type ?? null,
      sector: entity.sector ?? null,
      description: entity.description ?? null,
      citations: citationsOf(entity),
      names: entity.aliases.map((alias) => ({ ...alias, citations: citationsOf(alias) })),
      edges: edges.filter((edge) => edge.source === entity.id || edge.target === entity.id).map(edgeFact),
      ...standingIn(snapshot, entity),
      relationship: mayRead.engagement ? await relationshipOf(executor, entity.id, day, profiles[index] ?? null) : null,
      contact: contact ? { email: contact.email ?? null, phone: contact.phone ?? null } : null,
      routes: mayRead.engagement ? await routesTo(executor, brief, entity.id) : null,
    });
  }
  return assembleBrief({
    meetingDate: day,
    fromId: brief.fromId ?? null,
    stakeholders,
    sources: await sourcesOf(executor, stakeholders),
    names: await namesOf(executor, stakeholders, brief, day),
    mayRead,
  });
}

async function sourcesOf(executor: Executor, stakeholders: StakeholderFacts[]) {
  const ids = new Set<string>();
  const add = (citations: { source: string }[]) => citations.forEach((citation) => ids.add(citation.source));
  for (const stakeholder of stakeholders) {
    add(stakeholder.citations);
    stakeholder.names.forEach((name) => add(name.citations));
    [...stakeholder.edges, ...(stakeholder.influence?.strongestLinks ?? [])].forEach((edge) => add(edge.citations));
    stakeholder.routes?.forEach((route) => route.steps.forEach((step) => step.edge && add(step.edge.citations)));
  }
  // A retired source is no longer in the atlas: its citations cannot back a footnote.
  return (await getSources(executor, [...ids]))
    .filter((source) => source !== null && !source.retiredAt)
    .map((source) => ({ id: source!.id, title: source!.title, publisher: source!.publisher, date: source!.date }));
}

/** The name of every entity the facts mention, as it was on the meeting day. */
async function namesOf(executor: Executor, stakeholders: StakeholderFacts[], brief: BriefRow, day: string) {
  const ids = new Set<string>(brief.fromId ? [brief.fromId] : []);
  for (const stakeholder of stakeholders) {
    ids.add(stakeholder.id);
    [...stakeholder.edges, ...(stakeholder.influence?.strongestLinks ?? [])].forEach((edge) => {
      ids.add(edge.source);
      ids.add(edge.target);
    });
    stakeholder.community?.centralIds.forEach((id) => ids.add(id));
    stakeholder.routes?.forEach((route) => route.steps.forEach((step) => ids.add(step.from).add(step.to)));
  }
  const rows = await getEntities(executor, [...ids]);
  return Object.fromEntries(
    rows.filter((row) => row !== null).map((row) => [row!.id, nameAsOf(row!.name, row!.aliases, day)]),
  );
}
