/**
 * Bodies named in the source texts. Acronyms are recorded as aliases only where a text gives them;
 * where the texts use only an acronym (LGA, DCLG, DVLA, BCS), the acronym is the name and the usual
 * expansion is given in the description, uncited.
 * Parts of Socitm (its Board, Futures Group, Press Office, local branch) are bodies of their own,
 * linked to Socitm by PART_OF in relationships/governance.ts.
 */
import type { EntityRecord } from '../../core/records.ts';

export const bodies: EntityRecord[] = [
  // --- Socitm and its parts ----------------------------------------------------------------------
  {
    id: 'body:socitm',
    kind: 'BODY',
    type: 'professional-association',
    sector: 'local-government',
    name: 'Socitm',
    description:
      'Professional association for IT and digital leaders in UK local public services; relaunched in about 2008 "as an association for IT professionals across the public sector".',
    aliases: [
      {
        name: 'Society of Information Technology Management',
        kind: 'name',
        citations: [
          {
            source: 'source:socitm-lcioc-futures-merger',
            quote: 'SOCITM (Society of Information Technology Management)',
          },
          {
            source: 'source:computing-lgcc-created',
            quote: 'The Society of Information Technology Management (Socitm)',
          },
        ],
      },
      {
        name: 'Society of IT Management',
        kind: 'name',
        citations: [
          { source: 'source:socitm-local-digital-coalition', quote: 'Socitm | The Society of IT Management' },
        ],
      },
      {
        name: 'Society of ICT Managers',
        kind: 'name',
        citations: [
          {
            source: 'source:blog-first-lcioc-meeting',
            quote: 'Socitm (nee Society of ICT Managers)',
            note: 'The blogger gives this as an earlier ("nee") name; no other text confirms it or dates it.',
          },
        ],
      },
    ],
    citations: [
      { source: 'source:socitm-lcioc-purpose', quote: 'Advise the Socitm Board of Directors' },
      { source: 'source:socitm-lcioc-futures-merger', quote: 'supported by Socitm' },
      {
        source: 'source:computing-lgcc-created',
        quote: 'as part of its relaunch as an association for IT professionals across the public sector',
      },
      { source: 'source:blog-first-lcioc-meeting', quote: 'the local branch of Socitm' },
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Socitm, the association for digital leaders in local public services',
      },
    ],
  },
  {
    id: 'body:socitm-board',
    kind: 'BODY',
    type: 'leadership-council',
    sector: 'local-government',
    name: 'Socitm Board of Directors',
    description: "Socitm's board, which the Local CIO Council advises.",
    aliases: [
      {
        name: 'the Board',
        kind: 'informal',
        citations: [{ source: 'source:socitm-lcioc-purpose', quote: 'Socitm Board of Directors (the Board)' }],
      },
    ],
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Advise the Socitm Board of Directors (the Board) and other advisory groups',
      },
    ],
  },
  {
    id: 'body:socitm-futures-group',
    kind: 'BODY',
    type: 'leadership-council',
    sector: 'local-government',
    name: 'Socitm Futures Group',
    description:
      'A Socitm group that merged into the Local CIO Council in about 2011 and then ceased to exist separately.',
    validTo: '2011',
    aliases: [
      {
        name: 'Socitm Futures',
        kind: 'informal',
        citations: [
          {
            source: 'source:socitm-lcioc-futures-merger',
            quote: 'The merger of Socitm Futures into the Local CIO Council',
          },
        ],
      },
    ],
    citations: [
      { source: 'source:socitm-lcioc-futures-merger', quote: 'Merger of the Local CIO Council & Socitm Futures Group' },
      { source: 'source:socitm-lcioc-futures-merger', quote: 'the former Socitm Futures Group' },
    ],
  },
  {
    id: 'body:socitm-press-office',
    kind: 'BODY',
    type: 'professional-association',
    sector: 'local-government',
    name: 'Socitm Press Office',
    description: "Socitm's press office, named as the contact for the 2016 Local Digital Coalition press release.",
    citations: [{ source: 'source:socitm-local-digital-coalition', quote: 'Vicky Sargent, Socitm Press Office' }],
  },
  {
    id: 'body:socitm-local-branch',
    kind: 'BODY',
    type: 'professional-association',
    sector: 'local-government',
    name: 'Socitm local branch (chaired by the author of text 003)',
    description:
      'The Socitm branch whose chair wrote the 2013-2014 blog post; not named. The author travels back "up North", so probably a branch in the north of England.',
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'As I have ended up chairing the local branch of Socitm',
        note: 'Which branch is not said.',
      },
    ],
  },

  // --- The Local CIO Council (one body under successive names) -----------------------------------
  {
    id: 'body:local-cio-council',
    kind: 'BODY',
    type: 'leadership-council',
    sector: 'local-government',
    name: 'Local CIO Council',
    description:
      'Council of chief information officers from local public services, created by Socitm in about 2008 as the Local Government CIO Council (LGCC); renamed the Local CIO Council, then, after absorbing the Socitm Futures Group in about 2011, the Local Public Service(s) CIO Council. Members also come from police, fire, health, the LGA and DCLG. Start date estimated from the date of text 002.',
    validFrom: '2008',
    aliases: [
      {
        name: 'Local Government CIO Council',
        kind: 'name',
        validFrom: '2008',
        validTo: '2011',
        citations: [
          {
            source: 'source:computing-lgcc-created',
            quote: 'has created a Local Government CIO Council (LGCC)',
            note: 'The name at creation (about 2008). By about 2011 (text 001) the council is called the Local CIO Council; when the name changed is not said, so 2011 is an upper bound.',
          },
        ],
      },
      {
        name: 'LGCC',
        kind: 'acronym',
        validFrom: '2008',
        validTo: '2011',
        citations: [
          { source: 'source:computing-lgcc-created', quote: 'Local Government CIO Council (LGCC)' },
          { source: 'source:computing-lgcc-created', quote: 'Jos Creese, chairman of the LGCC' },
        ],
      },
      {
        name: 'Local CIO Council',
        kind: 'name',
        validFrom: '2011',
        citations: [
          {
            source: 'source:socitm-lcioc-futures-merger',
            quote: 'a merger of the previous Local CIO Council and the former Socitm Futures Group',
            note: 'First attested in about 2011, already as the name before the merger.',
          },
          { source: 'source:socitm-lcioc-purpose', quote: 'The purpose of the Local CIO Council is to' },
          { source: 'source:socitm-local-digital-coalition', quote: 'and the Local CIO Council have welcomed' },
        ],
      },
      {
        name: 'Local Public Service CIO Council',
        kind: 'name',
        validFrom: '2011',
        citations: [
          {
            source: 'source:socitm-lcioc-futures-merger',
            quote: 'the first meeting of a new look Local public Service CIO Council',
            note: 'The name of the merged council (about 2011); the text writes "public" in lower case.',
          },
        ],
      },
      {
        name: 'Local Public Services CIO Council',
        kind: 'name',
        validFrom: '2016',
        citations: [
          { source: 'source:socitm-local-digital-coalition', quote: 'Chair of the Local Public Services CIO Council' },
        ],
      },
      {
        name: 'Local Chief Information Officer Council',
        kind: 'informal',
        validFrom: '2013',
        citations: [
          {
            source: 'source:blog-first-lcioc-meeting',
            quote: 'my first Local Chief Information Officer Council meeting',
          },
        ],
      },
      {
        name: 'LCIOC',
        kind: 'acronym',
        validFrom: '2013',
        citations: [
          { source: 'source:blog-first-lcioc-meeting', quote: 'Let’s call it LCIOC for short.' },
          { source: 'source:socitm-lcioc-purpose', quote: 'early involvement of the LCIOC' },
          { source: 'source:socitm-local-digital-coalition', quote: 'Socitm, SOLACE, LGA and LCIOC' },
        ],
      },
      {
        name: 'Local CIOC',
        kind: 'acronym',
        validFrom: '2016',
        citations: [
          {
            source: 'source:socitm-local-digital-coalition',
            quote: 'Socitm and Local CIOC welcome Local Digital Coalition',
          },
        ],
      },
    ],
    citations: [
      { source: 'source:computing-lgcc-created', quote: 'has created a Local Government CIO Council (LGCC)' },
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'The Local CIO Council is unique in the UK in the breadth and reach of its representation',
      },
      { source: 'source:blog-first-lcioc-meeting', quote: 'my first Local Chief Information Officer Council meeting' },
      { source: 'source:socitm-lcioc-purpose', quote: 'The purpose of the Local CIO Council is to' },
      { source: 'source:socitm-local-digital-coalition', quote: 'Chair of the Local Public Services CIO Council' },
    ],
  },
  {
    id: 'body:lcioc-secretariat',
    kind: 'BODY',
    type: 'leadership-council',
    sector: 'local-government',
    name: 'LCIOC secretariat',
    description: "The Local CIO Council's secretariat; who provides it is not said. Its contact address is not stored.",
    citations: [
      { source: 'source:socitm-lcioc-purpose', quote: 'For further details please email the LCIOC secretariat' },
    ],
  },

  // --- Central government -------------------------------------------------------------------------
  {
    id: 'body:uk-government',
    // No text names a department for this: it stands for central government as a whole ("the
    // Government", "central government"), which owns the Government IT Strategy and employs the
    // Government CIO. 'government-department' is the nearest body type.
    kind: 'BODY',
    type: 'government-department',
    sector: 'central-government',
    name: 'UK Government (central government)',
    description: 'Central government as a whole, as "the Government" and "central government" in the texts.',
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: "taking forward the Government's ambitions for Digital by Default public services",
      },
      { source: 'source:computing-lgcc-created', quote: 'a bridge between local and central government' },
      { source: 'source:socitm-lcioc-purpose', quote: 'between local and central government and the third sector' },
    ],
  },
  {
    id: 'body:national-government-cio-council',
    kind: 'BODY',
    type: 'leadership-council',
    sector: 'central-government',
    name: 'National Government CIO Council',
    description:
      "Central government's council of chief information officers; several Local CIO Council members also sit on it (about 2011).",
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'Several members are also members of the National Government CIO Council',
      },
    ],
  },
  {
    id: 'body:government-digital-service',
    kind: 'BODY',
    type: 'government-agency',
    sector: 'central-government',
    name: 'Government Digital Service',
    aliases: [
      {
        name: 'GDS',
        kind: 'acronym',
        citations: [{ source: 'source:socitm-lcioc-purpose', quote: 'Government Digital Service (GDS)' }],
      },
    ],
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'Maintain strong links with the Government Digital Service (GDS).',
      },
    ],
  },
  {
    id: 'body:dclg',
    kind: 'BODY',
    type: 'government-department',
    sector: 'central-government',
    name: 'DCLG',
    description:
      'Department for Communities and Local Government (expansion not given in the texts). Ran the Local Digital Programme, closed 31 March 2016.',
    citations: [
      { source: 'source:socitm-lcioc-futures-merger', quote: 'the LGA and DCLG' },
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'DCLGSolaceLocalGov DigitaliNetworkiStandtechUK',
        note: 'Names run together on the page; read as DCLG, SOLACE, LocalGov Digital, iNetwork, iStand, techUK.',
      },
      { source: 'source:socitm-local-digital-coalition', quote: 'DCLG’s Local Digital Programme' },
    ],
  },
  {
    id: 'body:dvla',
    kind: 'BODY',
    type: 'government-agency',
    sector: 'central-government',
    name: 'DVLA',
    description: 'Driver and Vehicle Licensing Agency (expansion not given in the texts).',
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'DVLA API to enable councils to verify registered owner of vehicles',
      },
    ],
  },

  // --- Devolved administrations (002 names the nations; 000 speaks of "the devolved administrations")
  {
    id: 'body:northern-ireland',
    kind: 'BODY',
    type: 'devolved-administration',
    sector: 'devolved-government',
    name: 'Northern Ireland (devolved administration)',
    description: 'The text names the nation; read as its devolved administration.',
    citations: [
      { source: 'source:computing-lgcc-created', quote: 'Northern Ireland, Wales, Scotland, Transport for London' },
      { source: 'source:socitm-lcioc-purpose', quote: 'the devolved administrations' },
    ],
  },
  {
    id: 'body:wales',
    kind: 'BODY',
    type: 'devolved-administration',
    sector: 'devolved-government',
    name: 'Wales (devolved administration)',
    description: 'The text names the nation; read as its devolved administration.',
    citations: [
      { source: 'source:computing-lgcc-created', quote: 'Northern Ireland, Wales, Scotland, Transport for London' },
      { source: 'source:socitm-lcioc-purpose', quote: 'the devolved administrations' },
    ],
  },
  {
    id: 'body:scotland',
    kind: 'BODY',
    type: 'devolved-administration',
    sector: 'devolved-government',
    name: 'Scotland (devolved administration)',
    description: 'The text names the nation; read as its devolved administration.',
    citations: [
      { source: 'source:computing-lgcc-created', quote: 'Northern Ireland, Wales, Scotland, Transport for London' },
      { source: 'source:socitm-lcioc-purpose', quote: 'the devolved administrations' },
    ],
  },

  // --- Local government bodies and networks -------------------------------------------------------
  {
    id: 'body:lga',
    // The LGA is an association of councils rather than of professionals; 'network' is the nearest type.
    kind: 'BODY',
    type: 'network',
    sector: 'local-government',
    name: 'LGA',
    description: 'Local Government Association, the membership body of councils (expansion not given in the texts).',
    citations: [
      { source: 'source:socitm-lcioc-purpose', quote: 'including the LGA, Local Government Delivery Council' },
      { source: 'source:socitm-lcioc-futures-merger', quote: 'the LGA and DCLG' },
      { source: 'source:socitm-local-digital-coalition', quote: 'Socitm, SOLACE, LGA and LCIOC' },
    ],
  },
  {
    id: 'body:local-government-delivery-council',
    kind: 'BODY',
    type: 'leadership-council',
    sector: 'local-government',
    name: 'Local Government Delivery Council',
    description:
      'A national local government group the Local CIO Council seeks to influence; the texts say nothing more about it.',
    citations: [{ source: 'source:socitm-lcioc-purpose', quote: 'the LGA, Local Government Delivery Council' }],
  },
  {
    id: 'body:solace',
    kind: 'BODY',
    type: 'professional-association',
    sector: 'local-government',
    name: 'SOLACE',
    description:
      "The council chief executives' organisation (Society of Local Authority Chief Executives; expansion not given in the texts).",
    aliases: [
      {
        name: 'the council chiefs’ organisation',
        kind: 'informal',
        citations: [
          { source: 'source:socitm-local-digital-coalition', quote: 'SOLACE (the council chiefs’ organisation)' },
        ],
      },
    ],
    citations: [
      { source: 'source:socitm-local-digital-coalition', quote: 'SOLACE (the council chiefs’ organisation)' },
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'DCLGSolaceLocalGov DigitaliNetworkiStandtechUK',
        note: 'Names run together on the page; "Solace" read as SOLACE.',
      },
    ],
  },
  {
    id: 'body:localgov-digital',
    kind: 'BODY',
    type: 'network',
    sector: 'local-government',
    name: 'LocalGov Digital',
    description:
      'A network of local government digital practitioners; a founding partner of the Local Digital Coalition (2016).',
    citations: [
      { source: 'source:socitm-local-digital-coalition', quote: 'LocalGov Digital, iNetwork, iStand and others' },
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'DCLGSolaceLocalGov DigitaliNetworkiStandtechUK',
        note: 'Names run together on the page; "LocalGov Digital" read from the run.',
      },
    ],
  },
  {
    id: 'body:inetwork',
    kind: 'BODY',
    type: 'network',
    sector: 'local-government',
    name: 'iNetwork',
    description:
      'A local public services partnership network; a founding partner of the Local Digital Coalition (2016).',
    citations: [
      { source: 'source:socitm-local-digital-coalition', quote: 'LocalGov Digital, iNetwork, iStand and others' },
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'DCLGSolaceLocalGov DigitaliNetworkiStandtechUK',
        note: 'Names run together on the page; "iNetwork" read from the run.',
      },
    ],
  },
  {
    id: 'body:istand',
    kind: 'BODY',
    type: 'network',
    sector: 'local-government',
    name: 'iStand',
    description: 'A local government standards group; a founding partner of the Local Digital Coalition (2016).',
    citations: [
      { source: 'source:socitm-local-digital-coalition', quote: 'LocalGov Digital, iNetwork, iStand and others' },
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'DCLGSolaceLocalGov DigitaliNetworkiStandtechUK',
        note: 'Names run together on the page; "iStand" read from the run.',
      },
    ],
  },
  {
    id: 'body:local-digital-coalition',
    kind: 'BODY',
    type: 'coalition',
    sector: 'local-government',
    name: 'Local Digital Coalition',
    description:
      'Federally-owned coalition formed in 2016 by Socitm, SOLACE, LocalGov Digital, iNetwork, iStand and others to help English local public services with collaborative digital service transformation; took over the assets of DCLG’s Local Digital Programme.',
    validFrom: '2016',
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'The federally-owned Coalition has been established to help English local public services',
      },
      { source: 'source:socitm-lcioc-purpose', quote: 'Support the activities of the Local Digital Coalition.' },
    ],
  },

  // --- Councils -----------------------------------------------------------------------------------
  {
    id: 'body:hampshire-county-council',
    kind: 'BODY',
    type: 'council',
    sector: 'local-government',
    name: 'Hampshire County Council',
    citations: [{ source: 'source:computing-lgcc-created', quote: 'CIO of Hampshire County Council' }],
  },
  {
    id: 'body:sunderland-city-council',
    kind: 'BODY',
    type: 'council',
    sector: 'local-government',
    name: 'Sunderland City Council',
    citations: [{ source: 'source:computing-lgcc-created', quote: 'Steve Williams, CIO of Sunderland City Council' }],
  },
  {
    id: 'body:aylesbury-vale-district-council',
    kind: 'BODY',
    type: 'council',
    sector: 'local-government',
    name: 'Aylesbury Vale District Council',
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'what Aylesbury Vale District Council was up to with a wide transformation programme',
      },
    ],
  },
  {
    id: 'body:ashford-borough-council',
    kind: 'BODY',
    type: 'council',
    sector: 'local-government',
    name: 'Ashford Borough Council',
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: "Ashford Borough Council become UK's First Local Authority to Virtualise Voice",
      },
    ],
  },
  {
    id: 'body:london-borough-of-camden',
    kind: 'BODY',
    type: 'council',
    sector: 'local-government',
    name: 'London Borough of Camden',
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'will be provided by the London Borough of Camden for 1 year',
      },
    ],
  },

  // --- Other public bodies ------------------------------------------------------------------------
  {
    id: 'body:transport-for-london',
    kind: 'BODY',
    type: 'public-body',
    sector: 'transport',
    name: 'Transport for London',
    citations: [
      { source: 'source:computing-lgcc-created', quote: 'Northern Ireland, Wales, Scotland, Transport for London' },
    ],
  },

  // --- Third sector, professional and trade bodies -------------------------------------------------
  {
    id: 'body:nesta',
    kind: 'BODY',
    type: 'foundation',
    sector: 'third-sector',
    name: 'Nesta',
    description: 'Innovation foundation; one of the national groups the Local CIO Council seeks to influence.',
    citations: [
      { source: 'source:socitm-lcioc-purpose', quote: 'DCLGSolaceLocalGov DigitaliNetworkiStandtechUK, and Nesta' },
    ],
  },
  {
    id: 'body:techuk',
    kind: 'BODY',
    type: 'trade-body',
    sector: 'private',
    name: 'techUK',
    description: 'Trade association of the UK technology industry.',
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote: 'DCLGSolaceLocalGov DigitaliNetworkiStandtechUK',
        note: 'Names run together on the page; "techUK" read from the run.',
      },
    ],
  },
  {
    id: 'body:bcs',
    kind: 'BODY',
    type: 'professional-association',
    sector: 'cross-sector',
    name: 'BCS',
    description:
      'The professional body for IT (BCS, The Chartered Institute for IT; expansion not given in the texts).',
    citations: [{ source: 'source:computing-lgcc-created', quote: 'make links with organisations such as the BCS' }],
  },
  {
    id: 'body:ict-suppliers',
    // A generic group, not one company: kept as a node because "Influence ICT suppliers" is one of the
    // Local CIO Council's stated influence targets, and the private sector would otherwise be missing.
    kind: 'BODY',
    type: 'company',
    sector: 'private',
    name: 'ICT suppliers (as a group)',
    description: 'Suppliers of ICT to local public services, taken as a group; not a single organisation.',
    citations: [
      {
        source: 'source:socitm-lcioc-purpose',
        quote:
          'Influence ICT suppliers in order to identify opportunities for new and innovative methods of engaging with the private sector.',
      },
    ],
  },

  // --- Companies and publications -----------------------------------------------------------------
  {
    id: 'body:unipart',
    kind: 'BODY',
    type: 'company',
    sector: 'private',
    name: 'Unipart',
    description: 'Company in the automotive aftermarket; former employer of Maryvonne (text 003).',
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'Maryvonne used to work at Unipart, in the automotive aftermarket',
      },
    ],
  },
  {
    id: 'body:ukauthority',
    kind: 'BODY',
    type: 'publication',
    sector: 'private',
    name: 'UKAuthority',
    description: 'News channels on public sector technology; Helen Olsen was managing editor in about 2011.',
    citations: [
      { source: 'source:socitm-lcioc-futures-merger', quote: 'managing editor of the UKAuthority news channels' },
    ],
  },
  {
    id: 'body:computing',
    kind: 'BODY',
    type: 'publication',
    sector: 'private',
    name: 'Computing',
    description: 'IT trade publication; publisher of text 002 (about 2008).',
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'Computing reports on initiatives helping to raise the profile of IT in local government',
      },
    ],
  },
];
