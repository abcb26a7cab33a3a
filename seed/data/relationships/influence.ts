/**
 * INFLUENCE family: INFLUENCES (from seeks to shape the policy, decisions or direction of to) and
 * ADVISES (from gives advice to to).
 *
 * Most come from the Local CIO Council's purpose page (text 000, about 2016), which only states its
 * aims: they are dated from that page's year, open-ended. The page runs six names together
 * ("DCLGSolaceLocalGov DigitaliNetworkiStandtechUK"); the links to those six rest on reading the run as
 * DCLG, SOLACE, LocalGov Digital, iNetwork, iStand and techUK, so they are PROBABLE.
 */
import type { RelationshipRecord } from '../../../core/records.ts';
import { CONFIDENCE } from '../../../core/vocabulary.ts';

const RUN_TOGETHER_NOTE =
  'The page runs six names together; read as DCLG, SOLACE, LocalGov Digital, iNetwork, iStand and techUK.';

export const relationships: RelationshipRecord[] = [
  // --- The Local CIO Council and national groups ("Identify and influence national groups…") --------
  {
    id: 'rel:local-cio-council-influences-lga',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'body:lga',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Identify and influence national groups and programmes which reflect priorities of local public services ICT, including the LGA',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-influences-local-government-delivery-council',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'body:local-government-delivery-council',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Identify and influence national groups and programmes which reflect priorities of local public services ICT, including the LGA, Local Government Delivery Council',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-influences-dclg',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'body:dclg',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Identify and influence national groups and programmes which reflect priorities of local public services ICT, including the LGA, Local Government Delivery Council, DCLGSolaceLocalGov DigitaliNetworkiStandtechUK',
        note: RUN_TOGETHER_NOTE,
      },
    ],
  },
  {
    id: 'rel:local-cio-council-influences-solace',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'body:solace',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Identify and influence national groups and programmes which reflect priorities of local public services ICT, including the LGA, Local Government Delivery Council, DCLGSolaceLocalGov DigitaliNetworkiStandtechUK',
        note: RUN_TOGETHER_NOTE,
      },
    ],
  },
  {
    id: 'rel:local-cio-council-influences-localgov-digital',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'body:localgov-digital',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Identify and influence national groups and programmes which reflect priorities of local public services ICT, including the LGA, Local Government Delivery Council, DCLGSolaceLocalGov DigitaliNetworkiStandtechUK',
        note: RUN_TOGETHER_NOTE,
      },
    ],
  },
  {
    id: 'rel:local-cio-council-influences-inetwork',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'body:inetwork',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Identify and influence national groups and programmes which reflect priorities of local public services ICT, including the LGA, Local Government Delivery Council, DCLGSolaceLocalGov DigitaliNetworkiStandtechUK',
        note: RUN_TOGETHER_NOTE,
      },
    ],
  },
  {
    id: 'rel:local-cio-council-influences-istand',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'body:istand',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Identify and influence national groups and programmes which reflect priorities of local public services ICT, including the LGA, Local Government Delivery Council, DCLGSolaceLocalGov DigitaliNetworkiStandtechUK',
        note: RUN_TOGETHER_NOTE,
      },
    ],
  },
  {
    id: 'rel:local-cio-council-influences-techuk',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'body:techuk',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Identify and influence national groups and programmes which reflect priorities of local public services ICT, including the LGA, Local Government Delivery Council, DCLGSolaceLocalGov DigitaliNetworkiStandtechUK',
        note: RUN_TOGETHER_NOTE,
      },
    ],
  },
  {
    id: 'rel:local-cio-council-influences-nesta',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'body:nesta',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Identify and influence national groups and programmes which reflect priorities of local public services ICT, including the LGA, Local Government Delivery Council, DCLGSolaceLocalGov DigitaliNetworkiStandtechUK, and Nesta.',
      },
    ],
  },

  // --- The Local CIO Council and central government ------------------------------------------------
  {
    id: 'rel:local-cio-council-influences-uk-government',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'body:uk-government',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote:
          'A priority of the LGCC is to be seen as a bridge between local and central government, giving us opportunities for earlier influence on decisions',
        note: 'Richard Steel, about 2008: influence on central government decisions.',
      },
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'to ensure early involvement of the LCIOC in providing a local perspective on national policy/strategy',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-influences-government-it-strategy',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'programme:government-it-strategy',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote:
          'Several members are also members of the National Government CIO Council, supporting the development and delivery of national IT strategy and policy and challenging where needed from a local perspective.',
        note: 'Done through members who sit on the National Government CIO Council; "national IT strategy" read as the Government IT Strategy named in the same text.',
      },
    ],
  },

  // --- The Local CIO Council and the private sector and standards ----------------------------------
  {
    id: 'rel:local-cio-council-influences-ict-suppliers',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'body:ict-suppliers',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Influence ICT suppliers in order to identify opportunities for new and innovative methods of engaging with the private sector.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-influences-ict-infrastructure-and-service-standards',
    type: 'INFLUENCES',
    from: 'body:local-cio-council',
    to: 'programme:ict-infrastructure-and-service-standards',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Influence the development of ICT infrastructure and service standards to accelerate the joining-up of public services at a local level.',
      },
    ],
  },

  // --- Advice -------------------------------------------------------------------------------------
  {
    id: 'rel:local-cio-council-advises-socitm-board',
    type: 'ADVISES',
    from: 'body:local-cio-council',
    to: 'body:socitm-board',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Advise the Socitm Board of Directors (the Board) and other advisory groups on policy, research and strategic direction.',
      },
    ],
  },
];
