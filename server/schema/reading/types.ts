/** What the reading resolvers hand GraphQL (codegen's mappers). */
import type { Mention, MentionCandidate } from '../../../core/extract/known-names.ts';
import type { ProposedStakeholder } from '../../../core/extract/new-names.ts';
import type { ProposedRelationship } from '../../../core/extract/relations.ts';
import type { EdgeRow } from '../../repositories/types.ts';

export type ProposalStatus = 'NEW' | 'ALREADY_CITED' | 'WOULD_ADD_CITATION';

export type MentionRow = Mention & { ambiguous: boolean };
export type CandidateRow = MentionCandidate;
export type ProposalRow = ProposedRelationship & {
  validFrom: string | null;
  dateBasis: 'SOURCE_DATE';
  status: ProposalStatus;
  existing: EdgeRow | null;
};

export interface ReadingRow {
  date: string | null;
  mentions: MentionRow[];
  relationships: ProposalRow[];
  stakeholders: ProposedStakeholder[];
}

export type StakeholderProposalRow = ProposedStakeholder;
