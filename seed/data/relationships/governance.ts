/**
 * GOVERNANCE family: CREATED, SUPPORTS, HOSTS, PROVIDES_SECRETARIAT_FOR, MERGED_INTO and PART_OF.
 */
import type { RelationshipRecord } from '../../../core/records.ts';
import { CONFIDENCE } from '../../../core/vocabulary.ts';

const COALITION_FORMED_QUOTE =
  'the collaboration between itself, SOLACE (the council chiefs’ organisation), LocalGov Digital, iNetwork, iStand and others, to form the Local Digital Coalition';

export const relationships: RelationshipRecord[] = [
  // --- Socitm and the Local CIO Council ------------------------------------------------------------
  {
    id: 'rel:socitm-created-local-cio-council',
    type: 'CREATED',
    from: 'body:socitm',
    to: 'body:local-cio-council',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote:
          'The Society of Information Technology Management (Socitm) has created a Local Government CIO Council (LGCC) as part of its relaunch',
        note: 'Dated from the estimated date of the article (about 2008).',
      },
    ],
  },
  {
    id: 'rel:socitm-supports-local-cio-council',
    type: 'SUPPORTS',
    from: 'body:socitm',
    to: 'body:local-cio-council',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'a new look Local public Service CIO Council, supported by Socitm',
      },
    ],
  },
  {
    id: 'rel:socitm-futures-group-merged-into-local-cio-council',
    type: 'MERGED_INTO',
    from: 'body:socitm-futures-group',
    to: 'body:local-cio-council',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote:
          'This new group has been formed from a merger of the previous Local CIO Council and the former Socitm Futures Group.',
      },
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'The merger of Socitm Futures into the Local CIO Council is an inspired move.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-supports-socitm',
    type: 'SUPPORTS',
    from: 'body:local-cio-council',
    to: 'body:socitm',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Strengthen the breadth and reach of the LCIOC and Socitm’s activities',
      },
    ],
  },

  // --- Parts of Socitm and of the Local CIO Council ------------------------------------------------
  {
    id: 'rel:socitm-board-part-of-socitm',
    type: 'PART_OF',
    from: 'body:socitm-board',
    to: 'body:socitm',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [{ source: 'source:socitm-lcioc-purpose', quote: 'the Socitm Board of Directors' }],
  },
  {
    id: 'rel:socitm-futures-group-part-of-socitm',
    type: 'PART_OF',
    from: 'body:socitm-futures-group',
    to: 'body:socitm',
    validTo: '2011',
    dateBasis: 'inferred',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'the former Socitm Futures Group',
        note: 'A Socitm group by its name; it ended with its merger into the Local CIO Council in about 2011. When it began is not said.',
      },
    ],
  },
  {
    id: 'rel:socitm-press-office-part-of-socitm',
    type: 'PART_OF',
    from: 'body:socitm-press-office',
    to: 'body:socitm',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [{ source: 'source:socitm-local-digital-coalition', quote: 'Socitm Press Office' }],
  },
  {
    id: 'rel:socitm-local-branch-part-of-socitm',
    type: 'PART_OF',
    from: 'body:socitm-local-branch',
    to: 'body:socitm',
    validFrom: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [{ source: 'source:blog-first-lcioc-meeting', quote: 'the local branch of Socitm' }],
  },
  {
    id: 'rel:lcioc-secretariat-part-of-local-cio-council',
    type: 'PART_OF',
    from: 'body:lcioc-secretariat',
    to: 'body:local-cio-council',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [{ source: 'source:socitm-lcioc-purpose', quote: 'the LCIOC secretariat' }],
  },

  // --- What the Local CIO Council supports (text 000, about 2016) --------------------------------
  {
    id: 'rel:local-cio-council-supports-local-digital-coalition',
    type: 'SUPPORTS',
    from: 'body:local-cio-council',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      { source: 'source:socitm-lcioc-purpose', quote: 'Support the activities of the Local Digital Coalition.' },
    ],
  },
  {
    id: 'rel:local-cio-council-supports-government-digital-service',
    type: 'SUPPORTS',
    from: 'body:local-cio-council',
    to: 'body:government-digital-service',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Work with and support the activities of GDS, other Government Departments, and the devolved administrations',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-supports-northern-ireland',
    type: 'SUPPORTS',
    from: 'body:local-cio-council',
    to: 'body:northern-ireland',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Work with and support the activities of GDS, other Government Departments, and the devolved administrations',
        note: '"the devolved administrations" read as those of Northern Ireland, Scotland and Wales; none is named here.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-supports-scotland',
    type: 'SUPPORTS',
    from: 'body:local-cio-council',
    to: 'body:scotland',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Work with and support the activities of GDS, other Government Departments, and the devolved administrations',
        note: '"the devolved administrations" read as those of Northern Ireland, Scotland and Wales; none is named here.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-supports-wales',
    type: 'SUPPORTS',
    from: 'body:local-cio-council',
    to: 'body:wales',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Work with and support the activities of GDS, other Government Departments, and the devolved administrations',
        note: '"the devolved administrations" read as those of Northern Ireland, Scotland and Wales; none is named here.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-supports-ict-professionalism-programmes',
    type: 'SUPPORTS',
    from: 'body:local-cio-council',
    to: 'programme:ict-professionalism-programmes',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Support the development of ICT professionalism programmes for local government.',
      },
    ],
  },

  // --- Andy Nelson (Government CIO, about 2011) --------------------------------------------------
  {
    id: 'rel:andy-nelson-supports-local-cio-council',
    type: 'SUPPORTS',
    from: 'person:andy-nelson',
    to: 'body:local-cio-council',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'Andy Nelson, the Government CIO has supported the role and work programme of the Council',
      },
    ],
  },
  {
    id: 'rel:andy-nelson-supports-lcioc-work-programme',
    type: 'SUPPORTS',
    from: 'person:andy-nelson',
    to: 'programme:lcioc-work-programme',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'Andy Nelson, the Government CIO has supported the role and work programme of the Council',
      },
    ],
  },

  // --- The Local Digital Coalition (2016) --------------------------------------------------------
  {
    id: 'rel:socitm-created-local-digital-coalition',
    type: 'CREATED',
    from: 'body:socitm',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: COALITION_FORMED_QUOTE,
        note: '"itself" read as Socitm, the first-named subject and the issuer of the release.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-created-local-digital-coalition',
    type: 'CREATED',
    from: 'body:local-cio-council',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          'Socitm, the association for digital leaders in local public services, and the Local CIO Council have welcomed the collaboration between itself',
        note: 'The subject is Socitm and the Local CIO Council but "itself" is singular, so whether the council was itself a founding partner is unclear.',
      },
    ],
  },
  {
    id: 'rel:solace-created-local-digital-coalition',
    type: 'CREATED',
    from: 'body:solace',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [{ source: 'source:socitm-local-digital-coalition', quote: COALITION_FORMED_QUOTE }],
  },
  {
    id: 'rel:localgov-digital-created-local-digital-coalition',
    type: 'CREATED',
    from: 'body:localgov-digital',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [{ source: 'source:socitm-local-digital-coalition', quote: COALITION_FORMED_QUOTE }],
  },
  {
    id: 'rel:inetwork-created-local-digital-coalition',
    type: 'CREATED',
    from: 'body:inetwork',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [{ source: 'source:socitm-local-digital-coalition', quote: COALITION_FORMED_QUOTE }],
  },
  {
    id: 'rel:istand-created-local-digital-coalition',
    type: 'CREATED',
    from: 'body:istand',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [{ source: 'source:socitm-local-digital-coalition', quote: COALITION_FORMED_QUOTE }],
  },
  {
    id: 'rel:london-borough-of-camden-provides-secretariat-for-local-digital-coalition',
    type: 'PROVIDES_SECRETARIAT_FOR',
    from: 'body:london-borough-of-camden',
    to: 'body:local-digital-coalition',
    role: 'starter secretariat',
    validFrom: '2016-04',
    validTo: '2017-03',
    dateBasis: 'stated',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          'A starter secretariat for the Coalition will be provided by the London Borough of Camden for 1 year, supporting Coalition members to meet regularly between April 2016 March 2017',
      },
    ],
  },
  {
    id: 'rel:local-digital-coalition-website-hosts-local-digital-programme',
    type: 'HOSTS',
    from: 'programme:local-digital-coalition-website',
    to: 'programme:local-digital-programme',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'A new website http://www.localdigitalcoalition.uk has been developed to host these assets',
        note: '"these assets": the assets and resources of DCLG’s Local Digital Programme.',
      },
    ],
  },
  {
    id: 'rel:local-digital-coalition-website-hosts-local-digital-coalition-action-plan',
    type: 'HOSTS',
    from: 'programme:local-digital-coalition-website',
    to: 'programme:local-digital-coalition-action-plan',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'The Coalition action plan can also be downloaded from the website.',
      },
    ],
  },

  // --- Parts of programmes and meetings ------------------------------------------------------------
  {
    id: 'rel:digital-by-default-part-of-government-it-strategy',
    type: 'PART_OF',
    from: 'programme:digital-by-default',
    to: 'programme:government-it-strategy',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote:
          "the Government IT Strategy, including taking forward the Government's ambitions for Digital by Default public services",
      },
    ],
  },
  {
    id: 'rel:planting-the-flag-guidance-booklets-part-of-planting-the-flag',
    type: 'PART_OF',
    from: 'programme:planting-the-flag-guidance-booklets',
    to: 'programme:planting-the-flag',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'A range of guidance booklets are in production',
        note: 'In the paragraph describing Planting the Flag; read as booklets for that strategy.',
      },
    ],
  },
  {
    id: 'rel:front-office-shared-services-part-of-shared-services',
    type: 'PART_OF',
    from: 'programme:front-office-shared-services',
    to: 'programme:shared-services',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [{ source: 'source:computing-lgcc-created', quote: 'front office shared services (FOSS)' }],
  },
  {
    id: 'rel:lcioc-first-merged-meeting-2011-part-of-lcioc-quarterly-meetings',
    type: 'PART_OF',
    from: 'programme:lcioc-first-merged-meeting-2011',
    to: 'programme:lcioc-quarterly-meetings',
    validFrom: '2011',
    validTo: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'Last week saw the first meeting of a new look Local public Service CIO Council',
        note: "Read as one of the council's regular quarterly meetings; the text does not say so.",
      },
    ],
  },
  {
    id: 'rel:lcioc-meeting-2013-part-of-lcioc-quarterly-meetings',
    type: 'PART_OF',
    from: 'programme:lcioc-meeting-2013',
    to: 'programme:lcioc-quarterly-meetings',
    validFrom: '2013',
    validTo: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'The trip down to London was long',
        note: 'A council meeting in London, read as one of its quarterly London meetings (text 001); the blog does not say so.',
      },
    ],
  },
  {
    id: 'rel:lcioc-closed-door-security-discussion-2013-part-of-lcioc-meeting-2013',
    type: 'PART_OF',
    from: 'programme:lcioc-closed-door-security-discussion-2013',
    to: 'programme:lcioc-meeting-2013',
    validFrom: '2013',
    validTo: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      { source: 'source:blog-first-lcioc-meeting', quote: 'ended up with a closed door discussion about security' },
    ],
  },
  {
    id: 'rel:better-connected-live-2015-part-of-better-connected',
    type: 'PART_OF',
    from: 'programme:better-connected-live-2015',
    to: 'programme:better-connected',
    validFrom: '2015-05',
    validTo: '2015-05',
    dateBasis: 'stated',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'the Better Connected Live event in May 2015',
        note: 'Linked to Better Connected by its name only.',
      },
    ],
  },
];
