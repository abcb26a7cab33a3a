/**
 * PROGRAMME family: RUNS, TAKES_PART_IN, PRESENTED_AT, ENDORSES, ALIGNED_WITH and HANDS_ASSETS_TO.
 *
 * A person's praise or advocacy quoted in a text (e.g. Helen Olsen on the merger) is an ENDORSES link
 * dated to that text's year only (validFrom = validTo), since a quote is a moment.
 * Text 003's people known by first name only are handled in people.ts: "Dylan" is a separate person,
 * and Maryvonne's link to Aylesbury Vale is an UNCERTAIN reading.
 */
import type { RelationshipRecord } from '../../../core/records.ts';
import { CONFIDENCE } from '../../../core/vocabulary.ts';

const COALITION_PROJECT_NOTE = "Listed among the Coalition's five key projects for year one.";
const MANIFESTO_NOTE =
  'The release otherwise dates from 2016, yet gives the launch as May 2015; the sentence may be carried over from an earlier release or the year may be wrong. Dated to 2015 from the launch date given.';

export const relationships: RelationshipRecord[] = [
  // --- Local CIO Council: its strategy, work programme, documents and meetings --------------------
  {
    id: 'rel:local-cio-council-runs-planting-the-flag',
    type: 'RUNS',
    from: 'body:local-cio-council',
    to: 'programme:planting-the-flag',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'underpinned by its now widely recognised Planting the Flag strategy',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-endorses-planting-the-flag',
    type: 'ENDORSES',
    from: 'body:local-cio-council',
    to: 'programme:planting-the-flag',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote:
          'Council members act as advocates for the vision set out in Planting the Flag, locally in their own organisation and in the sectors they represent, as well as at a national level.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-endorses-it-enabled-public-service-reform',
    type: 'ENDORSES',
    from: 'body:local-cio-council',
    to: 'programme:it-enabled-public-service-reform',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: "The primary purpose of the Council is to drive 'IT-enabled public service reform'",
      },
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Facilitate local commissioning and implementation of strategies and initiatives for digitally-enabled local public services reform.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-runs-lcioc-work-programme',
    type: 'RUNS',
    from: 'body:local-cio-council',
    to: 'programme:lcioc-work-programme',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      { source: 'source:socitm-lcioc-futures-merger', quote: 'the role and work programme of the Council' },
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Develop a work programme with clear outcome and performance measures',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-runs-lcioc-annual-work-programme-report',
    type: 'RUNS',
    from: 'body:local-cio-council',
    to: 'programme:lcioc-annual-work-programme-report',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Develop a work programme with clear outcome and performance measures to be reviewed each year as a publicly available report.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-runs-lcioc-terms-of-reference',
    type: 'RUNS',
    from: 'body:local-cio-council',
    to: 'programme:lcioc-terms-of-reference',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'The Terms of Reference set out the structure and basis on which the Council meets and works.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-runs-lcioc-quarterly-meetings',
    type: 'RUNS',
    from: 'body:local-cio-council',
    to: 'programme:lcioc-quarterly-meetings',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'Fifteen chief information officers (CIOs) from councils in England will meet each quarter',
      },
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'The Local CIO Council meets in London on a quarterly basis',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-runs-lcioc-first-merged-meeting-2011',
    type: 'RUNS',
    from: 'body:local-cio-council',
    to: 'programme:lcioc-first-merged-meeting-2011',
    validFrom: '2011',
    validTo: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'the first meeting of a new look Local public Service CIO Council',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-runs-lcioc-meeting-2013',
    type: 'RUNS',
    from: 'body:local-cio-council',
    to: 'programme:lcioc-meeting-2013',
    validFrom: '2013',
    validTo: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      { source: 'source:blog-first-lcioc-meeting', quote: 'my first Local Chief Information Officer Council meeting' },
    ],
  },

  // --- Local CIO Council and central government strategy -----------------------------------------
  {
    id: 'rel:local-cio-council-takes-part-in-government-it-strategy',
    type: 'TAKES_PART_IN',
    from: 'body:local-cio-council',
    to: 'programme:government-it-strategy',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote:
          'By working together we can ensure consistency in approach in the implementation of the Government IT Strategy',
        note: 'Andy Nelson, on the national and local CIO councils working together.',
      },
    ],
  },
  {
    id: 'rel:planting-the-flag-aligned-with-government-it-strategy',
    type: 'ALIGNED_WITH',
    from: 'programme:planting-the-flag',
    to: 'programme:government-it-strategy',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'This strategy is itself aligned to the Government IT Strategy',
      },
    ],
  },
  {
    id: 'rel:planting-the-flag-aligned-with-digital-by-default',
    type: 'ALIGNED_WITH',
    from: 'programme:planting-the-flag',
    to: 'programme:digital-by-default',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote:
          "This strategy is itself aligned to the Government IT Strategy, including taking forward the Government's ambitions for Digital by Default public services.",
      },
    ],
  },
  {
    id: 'rel:planting-the-flag-endorses-shared-services',
    type: 'ENDORSES',
    from: 'programme:planting-the-flag',
    to: 'programme:shared-services',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'using technology to underpin shared services, efficiency, innovation and service improvement',
      },
    ],
  },
  {
    id: 'rel:uk-government-runs-government-it-strategy',
    type: 'RUNS',
    from: 'body:uk-government',
    to: 'programme:government-it-strategy',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [{ source: 'source:socitm-lcioc-futures-merger', quote: 'the Government IT Strategy' }],
  },
  {
    id: 'rel:uk-government-runs-digital-by-default',
    type: 'RUNS',
    from: 'body:uk-government',
    to: 'programme:digital-by-default',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: "the Government's ambitions for Digital by Default public services",
      },
    ],
  },

  // --- Socitm's programmes and priorities -------------------------------------------------------
  {
    id: 'rel:socitm-runs-socitm-relaunch',
    type: 'RUNS',
    from: 'body:socitm',
    to: 'programme:socitm-relaunch',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'as part of its relaunch as an association for IT professionals across the public sector',
      },
    ],
  },
  {
    id: 'rel:socitm-runs-socitm-regional-meetings',
    type: 'RUNS',
    from: 'body:socitm',
    to: 'programme:socitm-regional-meetings',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [{ source: 'source:socitm-lcioc-purpose', quote: 'Socitm regional meetings' }],
  },
  {
    id: 'rel:socitm-runs-empowering-women-training',
    type: 'RUNS',
    from: 'body:socitm',
    to: 'programme:empowering-women-training',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Join your nearest Empowering Women training',
        note: 'A banner on the Socitm page; the text does not say who runs the training.',
      },
    ],
  },
  {
    id: 'rel:socitm-runs-it-professionalism-branding',
    type: 'RUNS',
    from: 'body:socitm',
    to: 'programme:it-professionalism-branding',
    validFrom: '2008',
    validTo: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote:
          'Socitm will aim to make links with organisations such as the BCS to provide public sector delivery and branding of professionalism in IT',
        note: 'A stated aim in about 2008, not a programme the texts say was carried out.',
      },
    ],
  },
  {
    id: 'rel:socitm-runs-ashford-voice-virtualisation-case-study',
    type: 'RUNS',
    from: 'body:socitm',
    to: 'programme:ashford-voice-virtualisation-case-study',
    validFrom: '2011',
    validTo: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'Latest Case Study',
        note: 'Linked as the "Latest Case Study" on the Socitm news page; the publisher is not stated.',
      },
    ],
  },
  {
    id: 'rel:socitm-endorses-public-sector-trust',
    type: 'ENDORSES',
    from: 'body:socitm',
    to: 'programme:public-sector-trust',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      { source: 'source:computing-lgcc-created', quote: 'Socitm will work to re-establish trust in the public sector' },
    ],
  },
  {
    id: 'rel:local-cio-council-endorses-green-it',
    type: 'ENDORSES',
    from: 'body:local-cio-council',
    to: 'programme:green-it',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'Green IT and shared services will be among the major priorities',
        note: "Whose priorities is not said; read as the LGCC's, the subject of the article (they may be Socitm's).",
      },
    ],
  },
  {
    id: 'rel:local-cio-council-endorses-shared-services',
    type: 'ENDORSES',
    from: 'body:local-cio-council',
    to: 'programme:shared-services',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'Green IT and shared services will be among the major priorities',
        note: "Whose priorities is not said; read as the LGCC's, the subject of the article (they may be Socitm's).",
      },
    ],
  },

  // --- People's advocacy (quotes) ---------------------------------------------------------------
  {
    id: 'rel:richard-steel-endorses-public-sector-trust',
    type: 'ENDORSES',
    from: 'person:richard-steel',
    to: 'programme:public-sector-trust',
    validFrom: '2008',
    validTo: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'New Socitm president Richard Steel will work to restore trust in the public sector',
      },
    ],
  },
  {
    id: 'rel:richard-steel-endorses-shared-services',
    type: 'ENDORSES',
    from: 'person:richard-steel',
    to: 'programme:shared-services',
    validFrom: '2008',
    validTo: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'Sharing services will work when it’s done through systems that are designed for that purpose',
        note: 'Qualified support: sharing services works given systems designed for it.',
      },
    ],
  },
  {
    id: 'rel:richard-steel-endorses-data-sharing',
    type: 'ENDORSES',
    from: 'person:richard-steel',
    to: 'programme:data-sharing',
    validFrom: '2008',
    validTo: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote:
          'The goal in data sharing should be that it stays in properly secured systems, and that those entitled to access should be able to do so directly and they should be identifiable and authenticated.',
      },
    ],
  },
  {
    id: 'rel:jos-creese-endorses-shared-services',
    type: 'ENDORSES',
    from: 'person:jos-creese',
    to: 'programme:shared-services',
    validFrom: '2008',
    validTo: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'There are quite a lot of shared services already happening, and this tends to be overlooked.',
      },
      {
        source: 'source:computing-lgcc-created',
        quote:
          'For FOSS to work, business processes and standards must be in alignment, which requires careful discussion.',
        note: 'Read as favourable comment on shared services and FOSS rather than explicit advocacy.',
      },
    ],
  },
  {
    id: 'rel:steve-williams-endorses-shared-services',
    type: 'ENDORSES',
    from: 'person:steve-williams',
    to: 'programme:shared-services',
    validFrom: '2008',
    validTo: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote:
          'If organisations cut their teeth on new services, and if both the politicians and the officers see benefits, then the door will be opened for other sorts of things.',
        note: "Quoted in the article's passage on shared services; read as conditional support for them.",
      },
    ],
  },
  {
    id: 'rel:helen-olsen-endorses-local-cio-council',
    type: 'ENDORSES',
    from: 'person:helen-olsen',
    to: 'body:local-cio-council',
    validFrom: '2011',
    validTo: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'The merger of Socitm Futures into the Local CIO Council is an inspired move.',
        note: 'Praise for the merger and the strengthened council, from the managing editor of UKAuthority.',
      },
    ],
  },

  // --- The Local Digital Coalition (2016) --------------------------------------------------------
  {
    id: 'rel:socitm-endorses-local-digital-coalition',
    type: 'ENDORSES',
    from: 'body:socitm',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Socitm and Local CIOC welcome Local Digital Coalition',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-endorses-local-digital-coalition',
    type: 'ENDORSES',
    from: 'body:local-cio-council',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Socitm and Local CIOC welcome Local Digital Coalition',
      },
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'and the Local CIO Council have welcomed the collaboration',
      },
    ],
  },
  {
    id: 'rel:martin-ferguson-endorses-local-digital-coalition',
    type: 'ENDORSES',
    from: 'person:martin-ferguson',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    validTo: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'The Coalition breaks new ground in collaboration between its partners',
      },
    ],
  },
  {
    id: 'rel:dylan-roberts-endorses-local-digital-coalition',
    type: 'ENDORSES',
    from: 'person:dylan-roberts',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    validTo: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'will be a key, common objective for the Coalition partners',
      },
    ],
  },
  {
    id: 'rel:local-digital-coalition-runs-local-digital-coalition-action-plan',
    type: 'RUNS',
    from: 'body:local-digital-coalition',
    to: 'programme:local-digital-coalition-action-plan',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [{ source: 'source:socitm-local-digital-coalition', quote: 'by endorsing its action plan' }],
  },
  {
    id: 'rel:local-digital-coalition-runs-local-digital-coalition-website',
    type: 'RUNS',
    from: 'body:local-digital-coalition',
    to: 'programme:local-digital-coalition-website',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'will carry information about Coalition activity as this develops',
        note: "Who developed the website is not said; read as the Coalition's.",
      },
    ],
  },
  {
    id: 'rel:local-digital-coalition-runs-local-digital-coalition-meetings',
    type: 'RUNS',
    from: 'body:local-digital-coalition',
    to: 'programme:local-digital-coalition-meetings',
    validFrom: '2016-04',
    validTo: '2017-03',
    dateBasis: 'stated',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'supporting Coalition members to meet regularly between April 2016 March 2017',
      },
    ],
  },
  {
    id: 'rel:local-digital-coalition-runs-blue-badge-attribute-checker',
    type: 'RUNS',
    from: 'body:local-digital-coalition',
    to: 'programme:blue-badge-attribute-checker',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Five key projects have been identified for year one',
        note: COALITION_PROJECT_NOTE,
      },
      { source: 'source:socitm-local-digital-coalition', quote: 'Blue Badge Attribute Checker' },
    ],
  },
  {
    id: 'rel:local-digital-coalition-runs-dvla-vehicle-owner-api',
    type: 'RUNS',
    from: 'body:local-digital-coalition',
    to: 'programme:dvla-vehicle-owner-api',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Five key projects have been identified for year one',
        note: COALITION_PROJECT_NOTE,
      },
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'DVLA API to enable councils to verify registered owner of vehicles',
      },
    ],
  },
  {
    id: 'rel:local-digital-coalition-runs-gov-uk-verify-local-extension',
    type: 'RUNS',
    from: 'body:local-digital-coalition',
    to: 'programme:gov-uk-verify-local-extension',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Five key projects have been identified for year one',
        note: COALITION_PROJECT_NOTE,
      },
      { source: 'source:socitm-local-digital-coalition', quote: 'Extension of GOV.UK Verify to local authorities' },
    ],
  },
  {
    id: 'rel:local-digital-coalition-runs-local-waste-service-standards',
    type: 'RUNS',
    from: 'body:local-digital-coalition',
    to: 'programme:local-waste-service-standards',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Five key projects have been identified for year one',
        note: COALITION_PROJECT_NOTE,
      },
      { source: 'source:socitm-local-digital-coalition', quote: 'Local Waste Service Standards' },
    ],
  },
  {
    id: 'rel:local-digital-coalition-runs-integrated-care-record',
    type: 'RUNS',
    from: 'body:local-digital-coalition',
    to: 'programme:integrated-care-record',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Five key projects have been identified for year one',
        note: COALITION_PROJECT_NOTE,
      },
      { source: 'source:socitm-local-digital-coalition', quote: 'Integrated Care Record for health and social care' },
    ],
  },
  {
    id: 'rel:dvla-takes-part-in-dvla-vehicle-owner-api',
    type: 'TAKES_PART_IN',
    from: 'body:dvla',
    to: 'programme:dvla-vehicle-owner-api',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'DVLA API to enable councils to verify registered owner of vehicles',
        note: "The project uses a DVLA API; DVLA's own part in it is not stated.",
      },
    ],
  },
  {
    id: 'rel:gov-uk-verify-local-extension-aligned-with-gov-uk-verify',
    type: 'ALIGNED_WITH',
    from: 'programme:gov-uk-verify-local-extension',
    to: 'programme:gov-uk-verify',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      { source: 'source:socitm-local-digital-coalition', quote: 'Extension of GOV.UK Verify to local authorities' },
    ],
  },
  {
    id: 'rel:dclg-runs-local-digital-programme',
    type: 'RUNS',
    from: 'body:dclg',
    to: 'programme:local-digital-programme',
    validTo: '2016-03-31',
    dateBasis: 'stated',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'DCLG’s Local Digital Programme, that closed on 31 March 2016',
      },
    ],
  },
  {
    id: 'rel:local-digital-programme-hands-assets-to-local-digital-coalition',
    type: 'HANDS_ASSETS_TO',
    from: 'programme:local-digital-programme',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          'The Coalition will ensure that assets and resources from DCLG’s Local Digital Programme, that closed on 31 March 2016, are migrated to be used and developed by the Coalition.',
        note: 'Stated as a commitment, after the programme closed on 31 March 2016.',
      },
    ],
  },

  // --- The Digital Leadership Manifesto ---------------------------------------------------------
  {
    id: 'rel:socitm-runs-digital-leadership-manifesto',
    type: 'RUNS',
    from: 'body:socitm',
    to: 'programme:digital-leadership-manifesto',
    validFrom: '2015',
    dateBasis: 'inferred',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          "Socitm, SOLACE, LGA and LCIOC are preparing a 'Digital Leadership Manifesto’ to be launched at the Better Connected Live event in May 2015.",
        note: MANIFESTO_NOTE,
      },
    ],
  },
  {
    id: 'rel:solace-runs-digital-leadership-manifesto',
    type: 'RUNS',
    from: 'body:solace',
    to: 'programme:digital-leadership-manifesto',
    validFrom: '2015',
    dateBasis: 'inferred',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          "Socitm, SOLACE, LGA and LCIOC are preparing a 'Digital Leadership Manifesto’ to be launched at the Better Connected Live event in May 2015.",
        note: MANIFESTO_NOTE,
      },
    ],
  },
  {
    id: 'rel:lga-runs-digital-leadership-manifesto',
    type: 'RUNS',
    from: 'body:lga',
    to: 'programme:digital-leadership-manifesto',
    validFrom: '2015',
    dateBasis: 'inferred',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          "Socitm, SOLACE, LGA and LCIOC are preparing a 'Digital Leadership Manifesto’ to be launched at the Better Connected Live event in May 2015.",
        note: MANIFESTO_NOTE,
      },
    ],
  },
  {
    id: 'rel:local-cio-council-runs-digital-leadership-manifesto',
    type: 'RUNS',
    from: 'body:local-cio-council',
    to: 'programme:digital-leadership-manifesto',
    validFrom: '2015',
    dateBasis: 'inferred',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          "Socitm, SOLACE, LGA and LCIOC are preparing a 'Digital Leadership Manifesto’ to be launched at the Better Connected Live event in May 2015.",
        note: MANIFESTO_NOTE,
      },
    ],
  },
  {
    id: 'rel:digital-leadership-manifesto-presented-at-better-connected-live-2015',
    type: 'PRESENTED_AT',
    from: 'programme:digital-leadership-manifesto',
    to: 'programme:better-connected-live-2015',
    validFrom: '2015-05',
    validTo: '2015-05',
    dateBasis: 'stated',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: "a 'Digital Leadership Manifesto’ to be launched at the Better Connected Live event in May 2015",
        note: 'A planned launch; no text confirms it took place. ' + MANIFESTO_NOTE,
      },
    ],
  },

  // --- The Local CIO Council meeting of about 2013 (text 003) ----------------------------------
  {
    id: 'rel:first-lcioc-meeting-blogger-takes-part-in-lcioc-meeting-2013',
    type: 'TAKES_PART_IN',
    from: 'person:first-lcioc-meeting-blogger',
    to: 'programme:lcioc-meeting-2013',
    validFrom: '2013',
    validTo: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'I quite enjoyed my first Local Chief Information Officer Council meeting',
      },
    ],
  },
  {
    id: 'rel:dylan-lcioc-2013-takes-part-in-lcioc-meeting-2013',
    type: 'TAKES_PART_IN',
    from: 'person:dylan-lcioc-2013',
    to: 'programme:lcioc-meeting-2013',
    validFrom: '2013',
    validTo: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'or boil the ocean as Dylan put it',
        note: 'The remark is reported in the account of the meeting, so read as made there. This Dylan is probably Dylan Roberts (chair by 2016), but the text gives no surname.',
      },
    ],
  },
  {
    id: 'rel:maryvonne-takes-part-in-lcioc-meeting-2013',
    type: 'TAKES_PART_IN',
    from: 'person:maryvonne',
    to: 'programme:lcioc-meeting-2013',
    validFrom: '2013',
    validTo: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'Maryvonne used to work at Unipart, in the automotive aftermarket and so we shared a similar history.',
        note: 'Mentioned within the account of the meeting; read as someone the author met there.',
      },
    ],
  },
  {
    id: 'rel:maryvonne-takes-part-in-aylesbury-vale-transformation-programme',
    type: 'TAKES_PART_IN',
    from: 'person:maryvonne',
    to: 'programme:aylesbury-vale-transformation-programme',
    validFrom: '2013',
    validTo: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.UNCERTAIN,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote:
          'We had a presentation and discussion around what Aylesbury Vale District Council was up to with a wide transformation programme.  Maryvonne used to work at Unipart',
        note: 'She is named straight after the Aylesbury Vale presentation, so she may have given it or work on the programme; the text does not say so, nor that she works for the council.',
      },
    ],
  },
  {
    id: 'rel:aylesbury-vale-district-council-runs-aylesbury-vale-transformation-programme',
    type: 'RUNS',
    from: 'body:aylesbury-vale-district-council',
    to: 'programme:aylesbury-vale-transformation-programme',
    validFrom: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'what Aylesbury Vale District Council was up to with a wide transformation programme',
      },
    ],
  },
  {
    id: 'rel:aylesbury-vale-transformation-programme-presented-at-lcioc-meeting-2013',
    type: 'PRESENTED_AT',
    from: 'programme:aylesbury-vale-transformation-programme',
    to: 'programme:lcioc-meeting-2013',
    validFrom: '2013',
    validTo: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote:
          'We had a presentation and discussion around what Aylesbury Vale District Council was up to with a wide transformation programme.',
      },
    ],
  },
  {
    id: 'rel:natcatstrat-presented-at-lcioc-meeting-2013',
    type: 'PRESENTED_AT',
    from: 'programme:natcatstrat',
    to: 'programme:lcioc-meeting-2013',
    validFrom: '2013',
    validTo: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote:
          'We had a presentation on the National ICT Procurement Strategy for Local Government or NatCatStrat 1 and 2',
      },
    ],
  },
  {
    id: 'rel:up-to-speed-presented-at-lcioc-meeting-2013',
    type: 'PRESENTED_AT',
    from: 'programme:up-to-speed',
    to: 'programme:lcioc-meeting-2013',
    validFrom: '2013',
    validTo: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'We were brought ‘Up to Speed’ and ‘Better Connected’',
        note: 'A play on words; read as updates on these two items at the meeting.',
      },
    ],
  },
  {
    id: 'rel:better-connected-presented-at-lcioc-meeting-2013',
    type: 'PRESENTED_AT',
    from: 'programme:better-connected',
    to: 'programme:lcioc-meeting-2013',
    validFrom: '2013',
    validTo: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'We were brought ‘Up to Speed’ and ‘Better Connected’',
        note: 'A play on words; read as updates on these two items at the meeting.',
      },
    ],
  },
  {
    id: 'rel:first-lcioc-meeting-blogger-takes-part-in-open-data',
    type: 'TAKES_PART_IN',
    from: 'person:first-lcioc-meeting-blogger',
    to: 'programme:open-data',
    validFrom: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote:
          'especially around open data, school’s services and mobile connectivity.  It’s not surprising really as we are all working on the same things.',
        note: 'Read as topics the author works on; the text says the people met may be useful on them.',
      },
    ],
  },
  {
    id: 'rel:first-lcioc-meeting-blogger-takes-part-in-schools-services',
    type: 'TAKES_PART_IN',
    from: 'person:first-lcioc-meeting-blogger',
    to: 'programme:schools-services',
    validFrom: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote:
          'especially around open data, school’s services and mobile connectivity.  It’s not surprising really as we are all working on the same things.',
        note: 'Read as topics the author works on; the text says the people met may be useful on them.',
      },
    ],
  },
  {
    id: 'rel:first-lcioc-meeting-blogger-takes-part-in-mobile-connectivity',
    type: 'TAKES_PART_IN',
    from: 'person:first-lcioc-meeting-blogger',
    to: 'programme:mobile-connectivity',
    validFrom: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote:
          'especially around open data, school’s services and mobile connectivity.  It’s not surprising really as we are all working on the same things.',
        note: 'Read as topics the author works on; the text says the people met may be useful on them.',
      },
    ],
  },

  // --- Ashford Borough Council (linked from text 001) ------------------------------------------
  {
    id: 'rel:ashford-borough-council-runs-ashford-voice-virtualisation',
    type: 'RUNS',
    from: 'body:ashford-borough-council',
    to: 'programme:ashford-voice-virtualisation',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: "Ashford Borough Council become UK's First Local Authority to Virtualise Voice",
      },
    ],
  },
];
