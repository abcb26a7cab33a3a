/**
 * LIAISON family: LIAISES_WITH (from keeps links with to), BRIEFS (from provides briefings to to) and
 * COLLABORATES_WITH (from works in partnership with to).
 */
import type { RelationshipRecord } from '../../../core/records.ts';
import { CONFIDENCE } from '../../../core/vocabulary.ts';

export const relationships: RelationshipRecord[] = [
  // --- The Local CIO Council --------------------------------------------------------------------
  {
    id: 'rel:local-cio-council-liaises-with-government-digital-service',
    type: 'LIAISES_WITH',
    from: 'body:local-cio-council',
    to: 'body:government-digital-service',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Maintain strong links with the Government Digital Service (GDS).',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-liaises-with-uk-government',
    type: 'LIAISES_WITH',
    from: 'body:local-cio-council',
    to: 'body:uk-government',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'A priority of the LGCC is to be seen as a bridge between local and central government',
      },
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Provide a two-way communications route between local and central government and the third sector.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-collaborates-with-national-government-cio-council',
    type: 'COLLABORATES_WITH',
    from: 'body:local-cio-council',
    to: 'body:national-government-cio-council',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote:
          'I am personally keen that the National Government CIO Council and the Local CIO Council continue to work closely together.',
        note: 'Andy Nelson, Government CIO; "continue" implies the two councils already worked together.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-briefs-socitm-regional-meetings',
    type: 'BRIEFS',
    from: 'body:local-cio-council',
    to: 'programme:socitm-regional-meetings',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      { source: 'source:socitm-lcioc-purpose', quote: 'Provide regular briefings for Socitm regional meetings' },
    ],
  },
  {
    id: 'rel:local-cio-council-briefs-socitm',
    type: 'BRIEFS',
    from: 'body:local-cio-council',
    to: 'body:socitm',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Provide regular briefings for Socitm regional meetings and the membership, keeping them informed',
        note: '"the membership" read as Socitm\'s members, briefed through Socitm.',
      },
    ],
  },

  // --- Socitm -------------------------------------------------------------------------------------
  {
    id: 'rel:socitm-liaises-with-bcs',
    type: 'LIAISES_WITH',
    from: 'body:socitm',
    to: 'body:bcs',
    validFrom: '2008',
    validTo: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'And Socitm will aim to make links with organisations such as the BCS',
        note: 'An aim stated by Richard Steel in about 2008, not a link the text says was made; dated to that statement only.',
      },
    ],
  },
];
