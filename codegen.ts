// GraphQL Code Generator: resolver types from the SDL, and the client's typed operations
// (`npm run codegen`; `npm test` checks they are current).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'server/schema/*/*.graphql',
  generates: {
    'server/schema/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.ts#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { ID: 'string', File: 'File' },
        mappers: {
          Body: '../../repositories/types.ts#EntityRow',
          Person: '../../repositories/types.ts#EntityRow',
          Programme: '../../repositories/types.ts#EntityRow',
          Entity: '../../repositories/types.ts#EntityRow',
          Edge: '../../repositories/types.ts#EdgeRow',
          Citation: '../../repositories/types.ts#CitationRow',
          Source: '../../repositories/types.ts#SourceRow',
          Alias: '../../repositories/types.ts#AliasRow',
          Node: '../../repositories/types.ts#NodeRow',
          Graph: '../../repositories/graph.ts#GraphResult',
          CollapsedNeighbours: '../../repositories/graph.ts#CollapsedRow',
          NeighbourPage: '../../repositories/graph.ts#NeighbourPageRows',
          InfluenceScore: '../../influence/cache.ts#CachedInfluenceRow',
          Communities: '../../influence/cache.ts#CommunitiesRow',
          Community: '../../influence/cache.ts#CommunityRow',
          CommunityMember: '../../influence/cache.ts#CommunityMemberRow',
          AuditEntry: '../../repositories/types.ts#AuditRow',
          Change: '../../repositories/feed.ts#ChangeRow',
          DiffEntry: '../../repositories/recorded.ts#DiffEntryRow',
          EngagementProfile: '../../repositories/engagement.ts#ProfileWithEntity',
          Interaction: '../../repositories/interactions.ts#InteractionRow',
          Assessment: '../../repositories/engagement.ts#AssessmentRow',
          FollowUp: '../../repositories/follow-ups.ts#FollowUpRow',
          ContactDetails: '../../repositories/contacts.ts#ContactRow',
          RouteStep: '../../repositories/warm-routes.ts#RouteStepRow',
          WarmRoute: '../../repositories/warm-routes.ts#WarmRouteRow',
          SuggestedPower: '../../influence/cache.ts#SuggestedPowerRow',
          ImportStakeholder: '../../../core/import/mapping.ts#StakeholderRow',
          User: '../../repositories/users.ts#UserRow',
          ApiToken: '../../repositories/api-tokens.ts#ApiTokenRow',
          Me: '../context.ts#Viewer',
          Brief: '../../repositories/briefs.ts#BriefRow',
          TextReading: '../reading/types.ts#ReadingRow',
          Mention: '../reading/types.ts#MentionRow',
          MentionCandidate: '../reading/types.ts#CandidateRow',
          ProposedRelationship: '../reading/types.ts#ProposalRow',
          ProposedStakeholder: '../reading/types.ts#StakeholderProposalRow',
        },
      },
    },
    // The client's operations (client/api/*.graphql) as typed documents for client/api/request.ts.
    'client/api/generated/operations.ts': {
      schema: 'server/schema/*/*.graphql',
      documents: 'client/api/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        documentMode: 'string',
        scalars: { ID: 'string', File: 'File' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};
export default config;
