/**
 * What accepting or rejecting a proposal sends: always the normal validated, audited mutations.
 * A new relationship is createRelationship; one the atlas has without this source gets the source
 * and quote added to its citations (updateRelationship at the version read); an edited proposal
 * whose ends or type changed also rejects the proposal as read, so it is not offered again.
 */
import {
  CreateRelationshipDocument,
  RejectProposalDocument,
  UpdateRelationshipDocument,
  type TextReadingFieldsFragment,
} from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';

export type Proposal = TextReadingFieldsFragment['relationships'][number];
export type Mention = TextReadingFieldsFragment['mentions'][number];
export type NewStakeholder = TextReadingFieldsFragment['stakeholders'][number];

/** A proposal as the editor leaves it before accepting. */
export interface ProposalDraft {
  type: string;
  from: string;
  to: string;
  quote: string;
  validFrom: string;
  confidence: number;
}

export const keyOf = (proposal: { from: { id: string }; type: string; to: { id: string } }) =>
  `${proposal.from.id}|${proposal.type}|${proposal.to.id}`;

export const typeWords = (type: string) => type.toLowerCase().replace(/_/g, ' ');

export function draftOf(proposal: Proposal): ProposalDraft {
  return {
    type: proposal.type,
    from: proposal.from.id,
    to: proposal.to.id,
    quote: proposal.quote,
    validFrom: proposal.validFrom ?? '',
    confidence: proposal.confidence,
  };
}

export function rejectProposal(source: string, proposal: Proposal) {
  return mutate(RejectProposalDocument, { source, type: proposal.type, from: proposal.from.id, to: proposal.to.id }, [
    'graph',
  ]);
}

/** Adds the source and quote to the citations of the relationship the atlas already has. */
function addCitation(source: string, existing: NonNullable<Proposal['existing']>, quote: string) {
  const citations = existing.citations.map((citation) => ({
    source: citation.source.id,
    quote: citation.quote,
    note: citation.note,
  }));
  return mutate(
    UpdateRelationshipDocument,
    { id: existing.id, expectedVersion: existing.version, input: { citations: [...citations, { source, quote }] } },
    ['graph'],
  );
}

/** Accepts a proposal as read, or as the editor changed it (draft). */
export async function acceptProposal(source: string, proposal: Proposal, draft: ProposalDraft = draftOf(proposal)) {
  const unchanged = draft.type === proposal.type && draft.from === proposal.from.id && draft.to === proposal.to.id;
  if (unchanged && proposal.existing && proposal.status === 'WOULD_ADD_CITATION') {
    await addCitation(source, proposal.existing, draft.quote);
    return;
  }
  await mutate(
    CreateRelationshipDocument,
    {
      input: {
        type: draft.type,
        from: draft.from,
        to: draft.to,
        validFrom: draft.validFrom.trim() || null,
        dateBasis: proposal.dateBasis,
        confidence: draft.confidence,
        citations: [{ source, quote: draft.quote }],
      },
    },
    ['graph'],
  );
  if (!unchanged) await rejectProposal(source, proposal);
}
