/**
 * Reading texts (core/extract/): the mentions and proposed relationships of a source's text or of a
 * text not yet saved. Nothing is written: accepting a proposal is the client's createRelationship,
 * validated, audited and attributed as every other.
 */
import { MAX_SOURCE_TEXT_BYTES, utf8Bytes } from '../../../core/citations.ts';
import { partialDateProblem } from '../../../core/dates.ts';
import { InputError } from '../../../core/errors.ts';
import { RELATIONSHIP_TYPES } from '../../../core/vocabulary.ts';
import { proposeStakeholders } from '../../../core/extract/new-names.ts';
import { proposeRelationships, type ProposedRelationship } from '../../../core/extract/relations.ts';
import { matchEntities } from '../../repositories/entity-lookup.ts';
import type { GraphIndex } from '../../../core/graph/graph-index.ts';
import { proposalKey, rejectedProposals, rejectProposal } from '../../repositories/readings.ts';
import { getSourceText, listSources } from '../../repositories/sources.ts';
import type { EdgeRow, EntityRow, SourceRow } from '../../repositories/types.ts';
import type { Context } from '../context.ts';
import { requireRole } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { textOfUpload } from '../sources/uploaded-text.ts';
import { MATCH_LEVELS } from '../match-levels.ts';
import { matcherFor } from './matcher.ts';
import type { ProposalStatus, ReadingRow } from './types.ts';

/**
 * The relationship of that type between those ends the atlas has, if any; a symmetric type (standing
 * with both ends: works with, keeps links with) either way round, as "A and B work together" may be
 * stored as B working with A.
 */
function existingEdge(index: GraphIndex<EdgeRow> | null, proposal: ProposedRelationship): EdgeRow | null {
  const links = index?.links.get(proposal.from) ?? [];
  const symmetric = RELATIONSHIP_TYPES[proposal.type].standing === 'both';
  const joins = (edge: EdgeRow) =>
    (edge.source === proposal.from && edge.target === proposal.to) ||
    (symmetric && edge.source === proposal.to && edge.target === proposal.from);
  return links.find((edge) => edge.type === proposal.type && joins(edge)) ?? null;
}

export async function readText(
  context: Context,
  text: string,
  date: string | null,
  sourceId: string | null,
): Promise<ReadingRow> {
  const index = await context.builtGraphIndex();
  const matcher = await matcherFor(context, index);
  const mentions = matcher.find(text, date);
  const rejected = sourceId === null ? new Set<string>() : await rejectedProposals(context.executor, sourceId);
  const proposals = proposeRelationships(text, mentions).filter((proposal) => !rejected.has(proposalKey(proposal)));
  const relationships = proposals.map((proposal) => {
    const existing = existingEdge(index, proposal);
    const cites = existing !== null && sourceId !== null && existing.citationSources.includes(sourceId);
    const status: ProposalStatus = existing === null ? 'NEW' : cites ? 'ALREADY_CITED' : 'WOULD_ADD_CITATION';
    return { ...proposal, validFrom: date, dateBasis: 'SOURCE_DATE' as const, status, existing };
  });
  return {
    date,
    mentions: mentions.map((mention) => ({
      ...mention,
      ambiguous: mention.candidates.length > 1 && !mention.collective,
    })),
    relationships,
    stakeholders: proposeStakeholders(text, mentions),
  };
}

async function entityOf(context: Context, id: string): Promise<EntityRow> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw new Error(`Reading names ${id}, which is gone`);
  return entity;
}

/** The sources (with text, not retired) whose texts name the entity at their own dates. */
async function sourcesMentioning(context: Context, entityId: string): Promise<SourceRow[]> {
  const matcher = await matcherFor(context, await context.builtGraphIndex());
  const withText = (await listSources(context.executor)).filter((source) => source.hasText && !source.retiredAt);
  const found: SourceRow[] = [];
  for (const source of withText) {
    const text = await getSourceText(context.executor, source.id);
    const named =
      text !== null &&
      matcher.find(text, source.date).some((mention) => mention.candidates.some((c) => c.id === entityId));
    if (named) found.push(source);
  }
  return found;
}

const mentionedIn = (entity: EntityRow, _: unknown, context: Context) => sourcesMentioning(context, entity.id);

export const readingResolvers: Resolvers = {
  Query: {
    readText: async (_, { text: pasted, file, date }, context) => {
      if ((pasted == null) === (file == null))
        throw new InputError('text', 'give either text or a file, not both or neither');
      const text = file ? await textOfUpload(file, 'file') : pasted!;
      if (utf8Bytes(text) > MAX_SOURCE_TEXT_BYTES) {
        throw new InputError('text', `is ${utf8Bytes(text)} bytes; a text may be at most ${MAX_SOURCE_TEXT_BYTES}`);
      }
      const problem = date == null ? null : partialDateProblem(date);
      if (problem) throw new InputError('date', problem);
      return readText(context, text, date ?? null, null);
    },
  },
  Mutation: {
    rejectProposal: async (_, { source, type, from, to }, context) => {
      requireRole(context, 'editor', 'reject proposals');
      await rejectProposal(context.executor, source, { from, type, to });
      return true;
    },
  },
  Body: { mentionedIn },
  Person: { mentionedIn },
  Programme: { mentionedIn },
  Source: {
    reading: async (source, _, context) => {
      if (!source.hasText) return null;
      const text = await getSourceText(context.executor, source.id);
      return text === null ? null : readText(context, text, source.date, source.id);
    },
  },
  ProposedStakeholder: {
    possibleDuplicates: async (proposal, _, context) => {
      const candidates = await matchEntities(context.executor, proposal.name, proposal.kind);
      const entities = await context.loaders.entity.loadMany(candidates.map((candidate) => candidate.id));
      return candidates.flatMap((candidate, index) => {
        const entity = entities[index];
        if (!entity || entity instanceof Error) return [];
        return [{ entity, match: MATCH_LEVELS[candidate.match], reason: candidate.reason }];
      });
    },
  },
  MentionCandidate: {
    entity: (candidate, _, context) => entityOf(context, candidate.id),
  },
  ProposedRelationship: {
    from: (proposal, _, context) => entityOf(context, proposal.from),
    to: (proposal, _, context) => entityOf(context, proposal.to),
  },
};
