/**
 * Programmes in the wide sense of the vocabulary: strategies, programmes, projects, initiatives,
 * events, meetings, publications, websites, standards and themes named in the source texts.
 * Dates are given only where a text supports them; meetings described in one text carry that
 * text's (estimated) year.
 */
import type { EntityRecord } from '../../core/records.ts';

export const programmes: EntityRecord[] = [
  // --- Local CIO Council: strategy, work programme, governance documents, meetings -----------------
  {
    id: 'programme:planting-the-flag',
    kind: 'PROGRAMME',
    type: 'strategy',
    name: 'Planting the Flag',
    description:
      "The Local CIO Council's strategy for IT-enabled public service reform (about 2011), aligned to the Government IT Strategy: IT at the heart of change, technology underpinning shared services, efficiency, innovation and service improvement.",
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'underpinned by its now widely recognised Planting the Flag strategy',
      },
      { source: 'source:socitm-lcioc-futures-merger', quote: 'Planting the Flag envisages and advocates a future' },
    ],
  },
  {
    id: 'programme:planting-the-flag-guidance-booklets',
    kind: 'PROGRAMME',
    type: 'publication',
    name: 'Planting the Flag guidance booklets',
    description:
      'A range of guidance booklets in production in about 2011, covering leadership, governance, organisational change, and strategic sourcing and supplier management.',
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote:
          'A range of guidance booklets are in production, including coverage of topics such as leadership, governance, organisational change, and strategic sourcing and supplier management.',
      },
    ],
  },
  {
    id: 'programme:it-enabled-public-service-reform',
    kind: 'PROGRAMME',
    type: 'theme',
    name: 'IT-enabled public service reform',
    description:
      "The Local CIO Council's primary purpose (about 2011); by about 2016 worded as digitally-enabled local public services reform.",
    aliases: [
      {
        name: 'digitally-enabled local public services reform',
        kind: 'name',
        validFrom: '2016',
        citations: [
          {
            source: 'source:socitm-lcioc-purpose',
            quote: 'strategies and initiatives for digitally-enabled local public services reform',
            note: 'Read as the later wording of the same aim.',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: "The primary purpose of the Council is to drive 'IT-enabled public service reform'",
      },
    ],
  },
  {
    id: 'programme:lcioc-work-programme',
    kind: 'PROGRAMME',
    type: 'programme',
    name: 'Local CIO Council work programme',
    description: 'The council’s work programme, with outcome and performance measures reviewed each year.',
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Develop a work programme with clear outcome and performance measures',
      },
      { source: 'source:socitm-lcioc-futures-merger', quote: 'supported the role and work programme of the Council' },
    ],
  },
  {
    id: 'programme:lcioc-annual-work-programme-report',
    kind: 'PROGRAMME',
    type: 'publication',
    name: 'Local CIO Council annual work programme report',
    description: 'Publicly available yearly report reviewing the work programme.',
    citations: [
      { source: 'source:socitm-lcioc-purpose', quote: 'to be reviewed each year as a publicly available report' },
    ],
  },
  {
    id: 'programme:lcioc-terms-of-reference',
    kind: 'PROGRAMME',
    type: 'publication',
    name: 'Local CIO Council Terms of Reference',
    description: 'Sets out the structure and basis on which the council meets and works.',
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'The Terms of Reference set out the structure and basis on which the Council meets and works.',
      },
    ],
  },
  {
    id: 'programme:lcioc-quarterly-meetings',
    kind: 'PROGRAMME',
    type: 'meeting',
    name: 'Local CIO Council quarterly meetings',
    description:
      'The council meets quarterly in London (about 2011); planned from the start in about 2008 as a quarterly meeting of fifteen council CIOs from England.',
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
    id: 'programme:lcioc-first-merged-meeting-2011',
    kind: 'PROGRAMME',
    type: 'meeting',
    name: 'First meeting of the merged Local Public Service CIO Council (about 2011)',
    description:
      'The first meeting after the merger of the Local CIO Council and the Socitm Futures Group; year estimated from the date of text 001.',
    validFrom: '2011',
    validTo: '2011',
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'Last week saw the first meeting of a new look Local public Service CIO Council',
      },
    ],
  },
  {
    id: 'programme:lcioc-meeting-2013',
    kind: 'PROGRAMME',
    type: 'meeting',
    name: 'Local CIO Council meeting in London (about 2013)',
    description:
      "The meeting described in the 2013-2014 blog post (the author's first): presentations on Aylesbury Vale District Council's transformation programme and NatCatStrat, updates on Up to Speed and Better Connected, and a closed-door discussion about security. Year estimated from the date of text 003.",
    validFrom: '2013',
    validTo: '2013',
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'I quite enjoyed my first Local Chief Information Officer Council meeting',
      },
      { source: 'source:blog-first-lcioc-meeting', quote: 'The trip down to London was long' },
    ],
  },
  {
    id: 'programme:lcioc-closed-door-security-discussion-2013',
    kind: 'PROGRAMME',
    type: 'meeting',
    name: 'Closed-door discussion about security (Local CIO Council meeting, about 2013)',
    description: 'A closed session at the end of the meeting; its content was not disclosed.',
    validFrom: '2013',
    validTo: '2013',
    citations: [
      { source: 'source:blog-first-lcioc-meeting', quote: 'ended up with a closed door discussion about security' },
    ],
  },
  {
    id: 'programme:ict-professionalism-programmes',
    kind: 'PROGRAMME',
    type: 'programme',
    name: 'ICT professionalism programmes for local government',
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Support the development of ICT professionalism programmes for local government.',
      },
    ],
  },
  {
    id: 'programme:ict-infrastructure-and-service-standards',
    kind: 'PROGRAMME',
    type: 'standard',
    name: 'ICT infrastructure and service standards',
    description:
      'Standards to accelerate the joining-up of public services at a local level, which the Local CIO Council seeks to influence.',
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Influence the development of ICT infrastructure and service standards to accelerate the joining-up of public services at a local level.',
      },
    ],
  },

  // --- Socitm ---------------------------------------------------------------------------------------
  {
    id: 'programme:socitm-relaunch',
    kind: 'PROGRAMME',
    type: 'initiative',
    name: 'Socitm relaunch (about 2008)',
    description:
      'Relaunch of Socitm as an association for IT professionals across the public sector; the Local Government CIO Council was created as part of it. Year estimated from the date of text 002.',
    validFrom: '2008',
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'as part of its relaunch as an association for IT professionals across the public sector',
      },
    ],
  },
  {
    id: 'programme:socitm-regional-meetings',
    kind: 'PROGRAMME',
    type: 'meeting',
    name: 'Socitm regional meetings',
    description: 'Regional meetings of Socitm members, which the Local CIO Council briefs.',
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Provide regular briefings for Socitm regional meetings and the membership',
      },
    ],
  },
  {
    id: 'programme:empowering-women-training',
    kind: 'PROGRAMME',
    type: 'programme',
    name: 'Empowering Women training',
    description: 'A training course advertised on the Socitm page (about 2016), running in July and September only.',
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Join your nearest Empowering Women training (running in July and September only)',
      },
    ],
  },
  {
    id: 'programme:it-professionalism-branding',
    kind: 'PROGRAMME',
    type: 'initiative',
    name: 'Public sector delivery and branding of professionalism in IT',
    description:
      'An aim stated by Richard Steel in about 2008: Socitm to make links with organisations such as the BCS for this purpose.',
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'to provide public sector delivery and branding of professionalism in IT',
      },
    ],
  },
  {
    id: 'programme:ashford-voice-virtualisation-case-study',
    kind: 'PROGRAMME',
    type: 'publication',
    name: 'Ashford Borough Council voice virtualisation case study',
    description:
      'Case study linked from the Socitm news page (about 2011): Ashford Borough Council as the UK’s first local authority to virtualise voice.',
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: "Ashford Borough Council become UK's First Local Authority to Virtualise Voice: Latest Case Study",
      },
    ],
  },

  // --- Themes and priorities ----------------------------------------------------------------------
  {
    id: 'programme:shared-services',
    kind: 'PROGRAMME',
    type: 'theme',
    name: 'Shared services',
    description:
      'Sharing services between public bodies; a major priority in about 2008 and one of the things Planting the Flag says technology should underpin.',
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'Green IT and shared services will be among the major priorities',
      },
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'using technology to underpin shared services, efficiency, innovation and service improvement',
      },
    ],
  },
  {
    id: 'programme:front-office-shared-services',
    kind: 'PROGRAMME',
    type: 'theme',
    name: 'Front office shared services',
    aliases: [
      {
        name: 'FOSS',
        kind: 'acronym',
        citations: [{ source: 'source:computing-lgcc-created', quote: 'front office shared services (FOSS)' }],
      },
    ],
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'prospects for front office shared services (FOSS) are optimistic',
      },
    ],
  },
  {
    id: 'programme:green-it',
    kind: 'PROGRAMME',
    type: 'theme',
    name: 'Green IT',
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'Green IT and shared services will be among the major priorities',
      },
    ],
  },
  {
    id: 'programme:public-sector-trust',
    kind: 'PROGRAMME',
    type: 'theme',
    name: 'Restoring trust in the public sector',
    description: 'An aim of Socitm under its new president Richard Steel (about 2008).',
    citations: [
      { source: 'source:computing-lgcc-created', quote: 'will work to restore trust in the public sector' },
      { source: 'source:computing-lgcc-created', quote: 'Socitm will work to re-establish trust in the public sector' },
    ],
  },
  {
    id: 'programme:data-sharing',
    kind: 'PROGRAMME',
    type: 'theme',
    name: 'Data sharing in secured systems',
    description:
      'Richard Steel’s goal (about 2008): data shared within properly secured systems, with direct, identified and authenticated access.',
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'The goal in data sharing should be that it stays in properly secured systems',
      },
    ],
  },
  {
    id: 'programme:open-data',
    kind: 'PROGRAMME',
    type: 'theme',
    name: 'Open data',
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'especially around open data, school’s services and mobile connectivity',
      },
    ],
  },
  {
    id: 'programme:schools-services',
    kind: 'PROGRAMME',
    type: 'theme',
    name: 'Schools’ services',
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'especially around open data, school’s services and mobile connectivity',
      },
    ],
  },
  {
    id: 'programme:mobile-connectivity',
    kind: 'PROGRAMME',
    type: 'theme',
    name: 'Mobile connectivity',
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'especially around open data, school’s services and mobile connectivity',
      },
    ],
  },

  // --- Central government strategies and programmes -----------------------------------------------
  {
    id: 'programme:government-it-strategy',
    kind: 'PROGRAMME',
    type: 'strategy',
    name: 'Government IT Strategy',
    description:
      "Central government's IT strategy (about 2011), including the ambition for Digital by Default public services.",
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'This strategy is itself aligned to the Government IT Strategy',
      },
      { source: 'source:socitm-lcioc-futures-merger', quote: 'in the implementation of the Government IT Strategy' },
    ],
  },
  {
    id: 'programme:digital-by-default',
    kind: 'PROGRAMME',
    type: 'strategy',
    name: 'Digital by Default',
    description: "The Government's ambition for Digital by Default public services (about 2011).",
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: "the Government's ambitions for Digital by Default public services",
      },
    ],
  },
  {
    id: 'programme:local-digital-programme',
    kind: 'PROGRAMME',
    type: 'programme',
    name: 'Local Digital Programme',
    description:
      "DCLG's programme; closed on 31 March 2016, its assets and resources passing to the Local Digital Coalition.",
    validTo: '2016-03-31',
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'DCLG’s Local Digital Programme, that closed on 31 March 2016',
      },
    ],
  },
  {
    id: 'programme:gov-uk-verify',
    kind: 'PROGRAMME',
    type: 'programme',
    name: 'GOV.UK Verify',
    description: 'Central government identity assurance service (run by GDS, which the texts do not say).',
    citations: [
      { source: 'source:socitm-local-digital-coalition', quote: 'Extension of GOV.UK Verify to local authorities' },
    ],
  },

  // --- Local Digital Coalition ---------------------------------------------------------------------
  {
    id: 'programme:local-digital-coalition-action-plan',
    kind: 'PROGRAMME',
    type: 'publication',
    name: 'Local Digital Coalition action plan',
    description:
      'Local public sector organisations join the Coalition by endorsing it; downloadable from the Coalition website.',
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          'All local public sector organisations will be invited to join the Coalition, by endorsing its action plan.',
      },
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'The Coalition action plan can also be downloaded from the website.',
      },
    ],
  },
  {
    id: 'programme:local-digital-coalition-website',
    kind: 'PROGRAMME',
    type: 'website',
    name: 'Local Digital Coalition website',
    description:
      'http://www.localdigitalcoalition.uk, developed in 2016 to host the assets of the Local Digital Programme and carry information about Coalition activity.',
    aliases: [
      {
        name: 'www.localdigitalcoalition.uk',
        kind: 'informal',
        citations: [
          {
            source: 'source:socitm-local-digital-coalition',
            quote: 'A new website http://www.localdigitalcoalition.uk has been developed',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'A new website http://www.localdigitalcoalition.uk has been developed to host these assets',
      },
    ],
  },
  {
    id: 'programme:local-digital-coalition-meetings',
    kind: 'PROGRAMME',
    type: 'meeting',
    name: 'Local Digital Coalition member meetings (April 2016 to March 2017)',
    description:
      'Regular meetings of Coalition members in its first year, supported by the starter secretariat from the London Borough of Camden.',
    validFrom: '2016-04',
    validTo: '2017-03',
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'supporting Coalition members to meet regularly between April 2016 March 2017',
      },
    ],
  },
  {
    id: 'programme:blue-badge-attribute-checker',
    kind: 'PROGRAMME',
    type: 'project',
    name: 'Blue Badge Attribute Checker',
    description: 'One of the five Local Digital Coalition projects for year one (2016).',
    citations: [{ source: 'source:socitm-local-digital-coalition', quote: 'Blue Badge Attribute Checker' }],
  },
  {
    id: 'programme:dvla-vehicle-owner-api',
    kind: 'PROGRAMME',
    type: 'project',
    name: 'DVLA API for councils to verify registered owners of vehicles',
    description:
      'One of the five Local Digital Coalition projects for year one (2016), for taxi licensing and parking permit services.',
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          'DVLA API to enable councils to verify registered owner of vehicles (for taxi licensing and parking permit services)',
      },
    ],
  },
  {
    id: 'programme:gov-uk-verify-local-extension',
    kind: 'PROGRAMME',
    type: 'project',
    name: 'Extension of GOV.UK Verify to local authorities',
    description: 'One of the five Local Digital Coalition projects for year one (2016).',
    citations: [
      { source: 'source:socitm-local-digital-coalition', quote: 'Extension of GOV.UK Verify to local authorities' },
    ],
  },
  {
    id: 'programme:local-waste-service-standards',
    kind: 'PROGRAMME',
    type: 'project',
    name: 'Local Waste Service Standards',
    description: 'One of the five Local Digital Coalition projects for year one (2016).',
    citations: [{ source: 'source:socitm-local-digital-coalition', quote: 'Local Waste Service Standards' }],
  },
  {
    id: 'programme:integrated-care-record',
    kind: 'PROGRAMME',
    type: 'project',
    name: 'Integrated Care Record for health and social care',
    description: 'One of the five Local Digital Coalition projects for year one (2016).',
    citations: [
      { source: 'source:socitm-local-digital-coalition', quote: 'Integrated Care Record for health and social care' },
    ],
  },
  {
    id: 'programme:digital-leadership-manifesto',
    kind: 'PROGRAMME',
    type: 'publication',
    name: 'Digital Leadership Manifesto',
    description:
      'Prepared by Socitm, SOLACE, the LGA and the Local CIO Council for launch at Better Connected Live in May 2015 (the date as given in the 2016 press release; see the note on that relationship).',
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: "Socitm, SOLACE, LGA and LCIOC are preparing a 'Digital Leadership Manifesto’",
      },
    ],
  },

  // --- Items presented at the 2013 meeting ----------------------------------------------------------
  {
    id: 'programme:aylesbury-vale-transformation-programme',
    kind: 'PROGRAMME',
    type: 'programme',
    name: 'Aylesbury Vale District Council transformation programme',
    description:
      'A wide transformation programme, presented and discussed at the Local CIO Council meeting of about 2013.',
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'what Aylesbury Vale District Council was up to with a wide transformation programme',
      },
    ],
  },
  {
    id: 'programme:natcatstrat',
    kind: 'PROGRAMME',
    type: 'strategy',
    name: 'National ICT Procurement Strategy for Local Government',
    description:
      'Presented at the Local CIO Council meeting of about 2013, in two parts ("NatCatStrat 1 and 2"). Who owns it is not said.',
    aliases: [
      {
        name: 'NatCatStrat',
        kind: 'informal',
        citations: [
          { source: 'source:blog-first-lcioc-meeting', quote: 'NatCatStrat 1 and 2 as they are snazzily known' },
        ],
      },
    ],
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote:
          'We had a presentation on the National ICT Procurement Strategy for Local Government or NatCatStrat 1 and 2',
      },
    ],
  },
  {
    id: 'programme:up-to-speed',
    // The blog does not say what Up to Speed is; 'initiative' is the most neutral type.
    kind: 'PROGRAMME',
    type: 'initiative',
    name: 'Up to Speed',
    description:
      'Named, in quotation marks, among the items at the Local CIO Council meeting of about 2013; the text does not say what it is.',
    citations: [
      { source: 'source:blog-first-lcioc-meeting', quote: 'We were brought ‘Up to Speed’ and ‘Better Connected’' },
    ],
  },
  {
    id: 'programme:better-connected',
    kind: 'PROGRAMME',
    type: 'publication',
    name: 'Better Connected',
    description:
      'Named among the items at the Local CIO Council meeting of about 2013; known as Socitm’s annual review of council websites (not stated in the texts).',
    citations: [
      { source: 'source:blog-first-lcioc-meeting', quote: 'We were brought ‘Up to Speed’ and ‘Better Connected’' },
    ],
  },
  {
    id: 'programme:better-connected-live-2015',
    kind: 'PROGRAMME',
    type: 'event',
    name: 'Better Connected Live (May 2015)',
    description:
      'Event at which the Digital Leadership Manifesto was to be launched, dated May 2015 in a 2016 press release.',
    validFrom: '2015-05',
    validTo: '2015-05',
    citations: [
      { source: 'source:socitm-local-digital-coalition', quote: 'the Better Connected Live event in May 2015' },
    ],
  },

  // --- Other councils' initiatives ----------------------------------------------------------------
  {
    id: 'programme:ashford-voice-virtualisation',
    kind: 'PROGRAMME',
    type: 'project',
    name: 'Ashford Borough Council voice virtualisation',
    description:
      'Ashford Borough Council became the UK’s first local authority to virtualise voice (about 2011, per a case study linked from text 001).',
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: "Ashford Borough Council become UK's First Local Authority to Virtualise Voice",
      },
    ],
  },
];
