/**
 * A briefing pack from the facts the server gathered for a meeting: per stakeholder who they are,
 * why they matter, our relationship, contact details and introduction routes, each line with the
 * footnotes of the citations behind it (footnotes.ts) or marked uncited with what it rests on.
 * Pure: the same facts give the same pack, which the client page and the PDF both show.
 */
import { familyOf, type EntityKind, type RelationshipType } from '../vocabulary.ts';
import { FootnoteNumbers, type BriefCitation, type BriefLine, type BriefSource, type Footnote } from './footnotes.ts';
import { dateWords, ordinal, periodWords, relationshipSentence, type SentenceEdge } from './words.ts';

export interface BriefEdgeFact extends SentenceEdge {
  id: string;
  citations: BriefCitation[];
}

export interface BriefNameFact {
  name: string;
  kind: string;
  validFrom?: string | null;
  validTo?: string | null;
  citations: BriefCitation[];
}

export interface RelationshipFacts {
  /** Oldest first. */
  assessments: {
    date: string;
    stance?: string | null;
    power?: number | null;
    interest?: number | null;
    note?: string | null;
    assessedBy: string;
  }[];
  /** Newest first, on or before the meeting. */
  interactions: { date: string; kind: string; summary: string; outcome?: string | null; createdBy: string }[];
  /** Open, soonest due first. */
  followUps: { what: string; due: string; owner: string | null }[];
}

export interface RouteFacts {
  steps: {
    from: string;
    to: string;
    edge: BriefEdgeFact | null;
    interaction: { date: string; kind: string } | null;
    former: boolean;
  }[];
}

export interface StakeholderFacts {
  id: string;
  kind: EntityKind;
  /** The name on the meeting day. */
  name: string;
  type?: string | null;
  sector?: string | null;
  description?: string | null;
  citations: BriefCitation[];
  names: BriefNameFact[];
  /** Relationships that hold on the meeting day, around the stakeholder. */
  edges: BriefEdgeFact[];
  influence: { place: number; of: number; explanation: string; strongestLinks: BriefEdgeFact[] } | null;
  community: { id: number; size: number; count: number; centralIds: string[] } | null;
  /** Null when the reader may not see engagement records. */
  relationship: RelationshipFacts | null;
  /** Null when the reader may not see contact details (or for bodies and programmes). */
  contact: { email?: string | null; phone?: string | null } | null;
  /** Null when the reader may not see routes; empty when none was found or no "from" is set. */
  routes: RouteFacts[] | null;
}

export interface BriefFacts {
  meetingDate: string;
  /** Our organisation or person (routes start there); null when the brief names none. */
  fromId: string | null;
  stakeholders: StakeholderFacts[];
  sources: readonly BriefSource[];
  /** Names of every entity the facts mention, as on the meeting day. */
  names: Readonly<Record<string, string>>;
  /** What the reader's role may see: engagement records and routes, and contact details. */
  mayRead: { engagement: boolean; contacts: boolean };
}

export interface BriefSection {
  heading: string;
  lines: BriefLine[];
  /** Why the section is empty or left out, when it is. */
  note: string | null;
}

export interface StakeholderPack {
  entityId: string;
  name: string;
  kind: EntityKind;
  sections: BriefSection[];
}

export interface BriefPack {
  stakeholders: StakeholderPack[];
  footnotes: Footnote[];
}

/** The most lines of relationships a section lists (a brief should fit a page). */
export const MAX_RELATIONSHIP_LINES = 8;
const WITHHELD = 'Left out: editors and admins only.';

const section = (heading: string, lines: BriefLine[], empty: string): BriefSection => ({
  heading,
  lines,
  note: lines.length === 0 ? empty : null,
});

const KIND_WORDS: Record<EntityKind, string> = { BODY: 'body', PERSON: 'person', PROGRAMME: 'programme' };
const ALIAS_WORDS: Record<string, string> = { name: 'Named', acronym: 'Acronym', informal: 'Also called' };

function whoTheyAre(facts: StakeholderFacts, notes: FootnoteNumbers, nameOf: (id: string) => string, day: string) {
  const what = [facts.type?.replaceAll('-', ' ') ?? KIND_WORDS[facts.kind], facts.sector?.replaceAll('-', ' ')];
  const lines = [notes.cited(`${facts.name}: ${what.filter(Boolean).join(', ')}`, facts.citations)];
  if (facts.description) lines.push(notes.cited(facts.description, facts.citations));
  for (const alias of facts.names) {
    const period = periodWords(alias.validFrom, alias.validTo);
    const words = `${ALIAS_WORDS[alias.kind] ?? 'Known as'} “${alias.name}”${period ? `, ${period}` : ''}`;
    lines.push(notes.cited(words, alias.citations));
  }
  // Memberships and roles first: they say who someone is; then the rest, by type.
  const byRole = (edge: BriefEdgeFact) => (familyOf(edge.type as RelationshipType) === 'MEMBERSHIP' ? 0 : 1);
  const edges = [...facts.edges]
    .sort((a, b) => byRole(a) - byRole(b) || a.type.localeCompare(b.type) || a.id.localeCompare(b.id))
    .slice(0, MAX_RELATIONSHIP_LINES);
  const roles = edges.map((edge) => notes.cited(relationshipSentence(edge, nameOf), edge.citations));
  return [
    section('Who they are', lines, 'Nothing recorded.'),
    section(`Roles and relationships on ${dateWords(day)}`, roles, 'No relationship holds on the day.'),
  ];
}

function whyTheyMatter(facts: StakeholderFacts, notes: FootnoteNumbers, nameOf: (id: string) => string, day: string) {
  const basis = `computed from the network as on ${dateWords(day)}`;
  const lines: BriefLine[] = [];
  if (facts.influence) {
    const { place, of, explanation } = facts.influence;
    lines.push(notes.uncited(`Influence: ${ordinal(place)} of ${of} by PageRank. ${explanation}`, basis));
  }
  if (facts.community) {
    const { id, size, count, centralIds } = facts.community;
    const central = centralIds.filter((member) => member !== facts.id).map(nameOf);
    const withWhom = central.length > 0 ? `, around ${central.slice(0, 3).join(', ')}` : '';
    lines.push(notes.uncited(`Community ${id} of ${count} (${size} members${withWhom})`, basis));
  }
  for (const edge of facts.influence?.strongestLinks ?? []) {
    lines.push(notes.cited(`Strong link: ${relationshipSentence(edge, nameOf)}`, edge.citations));
  }
  return section('Why they matter', lines, 'Not in the network on the day.');
}

function ourRelationship(relationship: RelationshipFacts | null, notes: FootnoteNumbers): BriefSection {
  if (!relationship) return { heading: 'Our relationship', lines: [], note: WITHHELD };
  const lines: BriefLine[] = [];
  for (const assessment of relationship.assessments) {
    const position = [
      assessment.stance,
      assessment.power != null ? `power ${assessment.power}` : null,
      assessment.interest != null ? `interest ${assessment.interest}` : null,
    ].filter(Boolean);
    const note = assessment.note ? `: ${assessment.note}` : '';
    const text = `${dateWords(assessment.date)}: ${position.join(', ')}${note}`;
    lines.push(notes.uncited(text, `our assessment, by ${assessment.assessedBy}`));
  }
  for (const interaction of relationship.interactions) {
    const outcome = interaction.outcome ? ` Outcome: ${interaction.outcome}` : '';
    const text = `${interaction.kind} on ${dateWords(interaction.date)}: ${interaction.summary}${outcome}`;
    lines.push(notes.uncited(text, `our interaction log, by ${interaction.createdBy}`));
  }
  for (const followUp of relationship.followUps) {
    const owner = followUp.owner ? `, ${followUp.owner}` : '';
    lines.push(
      notes.uncited(`Open follow-up: ${followUp.what} (due ${dateWords(followUp.due)}${owner})`, 'our follow-ups'),
    );
  }
  return section('Our relationship', lines, 'No assessments, interactions or open follow-ups.');
}

function contactSection(facts: StakeholderFacts, mayRead: boolean, notes: FootnoteNumbers): BriefSection[] {
  if (facts.kind !== 'PERSON') return [];
  if (!mayRead) return [{ heading: 'Contact details', lines: [], note: WITHHELD }];
  const details = [facts.contact?.email, facts.contact?.phone].filter((value): value is string => !!value);
  const lines = details.length > 0 ? [notes.uncited(details.join(' · '), 'our contact record')] : [];
  return [section('Contact details', lines, 'None recorded.')];
}

function routesSection(
  facts: BriefFacts,
  routes: RouteFacts[] | null,
  notes: FootnoteNumbers,
  nameOf: (id: string) => string,
) {
  const heading = `Introduction routes valid on ${dateWords(facts.meetingDate)}`;
  if (!routes) return { heading, lines: [], note: WITHHELD };
  if (!facts.fromId) return { heading, lines: [], note: 'The brief names no “from” (us), so no routes.' };
  const lines = routes.flatMap((route, index) => [
    notes.uncited(`Route ${index + 1}: ${routeWords(route, nameOf)}`, 'found over the steps below'),
    ...route.steps.map((step) =>
      step.edge
        ? notes.cited(`${step.former ? 'Former: ' : ''}${relationshipSentence(step.edge, nameOf)}`, step.edge.citations)
        : notes.uncited(
            `${nameOf(step.from)} met ${nameOf(step.to)} (${step.interaction?.kind ?? 'interaction'}, ${dateWords(step.interaction?.date ?? '')})`,
            'our interaction log',
          ),
    ),
  ]);
  return section(heading, lines, `No route from ${nameOf(facts.fromId)} over links valid on the day.`);
}

/** "LGA to Socitm via Local CIO Council, Richard Steel" (the PDF's font has no arrows). */
function routeWords(route: RouteFacts, nameOf: (id: string) => string): string {
  const ends = `${nameOf(route.steps[0]!.from)} to ${nameOf(route.steps.at(-1)!.to)}`;
  const via = route.steps.slice(0, -1).map((step) => nameOf(step.to));
  return via.length > 0 ? `${ends} via ${via.join(', ')}` : `${ends} directly`;
}

/** The pack: sections per stakeholder in the order given, footnotes numbered as they first appear. */
export function assembleBrief(facts: BriefFacts): BriefPack {
  const notes = new FootnoteNumbers(new Map(facts.sources.map((source) => [source.id, source])));
  const nameOf = (id: string) => facts.names[id] ?? id;
  const stakeholders = facts.stakeholders.map((stakeholder) => ({
    entityId: stakeholder.id,
    name: stakeholder.name,
    kind: stakeholder.kind,
    sections: [
      ...whoTheyAre(stakeholder, notes, nameOf, facts.meetingDate),
      whyTheyMatter(stakeholder, notes, nameOf, facts.meetingDate),
      ourRelationship(facts.mayRead.engagement ? stakeholder.relationship : null, notes),
      ...contactSection(stakeholder, facts.mayRead.contacts, notes),
      routesSection(facts, facts.mayRead.engagement ? stakeholder.routes : null, notes, nameOf),
    ],
  }));
  return { stakeholders, footnotes: notes.list() };
}
