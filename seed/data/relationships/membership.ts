/**
 * MEMBERSHIP family: MEMBER_OF, REPRESENTED_ON, CHAIRS, PRESIDENT_OF and HOLDS_ROLE_AT.
 *
 * Sector representation on the Local CIO Council without a named body ("Education, Police, Health"
 * in 000; "local government, police, fire, health" in 001; "councils in England" in 002) is not
 * modelled: only named bodies (the LGA, DCLG) get REPRESENTED_ON links. Bodies named in 2008 only as
 * possible future members (Northern Ireland, Wales, Scotland, Transport for London) get UNCERTAIN links
 * dated to that statement.
 */
import type { RelationshipRecord } from '../../../core/records.ts';
import { CONFIDENCE } from '../../../core/vocabulary.ts';

const PROPOSED_MEMBER_NOTE =
  'Named by Jos Creese in about 2008 as organisations that "could have a part to play" when Socitm extends LGCC membership: a proposal, not a membership any text confirms.';

export const relationships: RelationshipRecord[] = [
  // --- Chairs and presidents ----------------------------------------------------------------------
  {
    id: 'rel:jos-creese-chairs-local-cio-council',
    type: 'CHAIRS',
    from: 'person:jos-creese',
    to: 'body:local-cio-council',
    role: 'Chair (chairman)',
    validFrom: '2008',
    validTo: '2016',
    dateBasis: 'inferred',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'Jos Creese, chairman of the LGCC',
        note: 'Chair in about 2008 (start dated from this text, the council having just been created).',
      },
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'Jos Creese, Chair of the Local CIO Council',
        note: 'Still chair in about 2011. By 2016 (text 004) Dylan Roberts is chair, so the end is set at 2016 as an upper bound; the actual handover date is not given.',
      },
    ],
  },
  {
    id: 'rel:dylan-roberts-chairs-local-cio-council',
    type: 'CHAIRS',
    from: 'person:dylan-roberts',
    to: 'body:local-cio-council',
    role: 'Chair',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Dylan Roberts, Chair of the Local Public Services CIO Council',
      },
    ],
  },
  {
    id: 'rel:first-lcioc-meeting-blogger-chairs-socitm-local-branch',
    type: 'CHAIRS',
    from: 'person:first-lcioc-meeting-blogger',
    to: 'body:socitm-local-branch',
    role: 'chair',
    validFrom: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      { source: 'source:blog-first-lcioc-meeting', quote: 'As I have ended up chairing the local branch of Socitm' },
    ],
  },
  {
    id: 'rel:jos-creese-president-of-socitm',
    type: 'PRESIDENT_OF',
    from: 'person:jos-creese',
    to: 'body:socitm',
    role: 'past president',
    validTo: '2008',
    dateBasis: 'inferred',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'a past president of Socitm',
        note: "When is not said. Text 002 (about 2008) names Richard Steel as the new president, so Jos Creese's term ended by about 2008 at the latest.",
      },
    ],
  },
  {
    id: 'rel:richard-steel-president-of-socitm',
    type: 'PRESIDENT_OF',
    from: 'person:richard-steel',
    to: 'body:socitm',
    role: 'new president',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      { source: 'source:computing-lgcc-created', quote: 'New Socitm president Richard Steel' },
      { source: 'source:computing-lgcc-created', quote: 'Richard Steel, new president of Socitm and LGCC member' },
    ],
  },

  // --- Members ------------------------------------------------------------------------------------
  {
    id: 'rel:richard-steel-member-of-local-cio-council',
    type: 'MEMBER_OF',
    from: 'person:richard-steel',
    to: 'body:local-cio-council',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      { source: 'source:computing-lgcc-created', quote: 'Richard Steel, new president of Socitm and LGCC member' },
    ],
  },

  // --- Jobs ---------------------------------------------------------------------------------------
  {
    id: 'rel:jos-creese-holds-role-at-hampshire-county-council',
    type: 'HOLDS_ROLE_AT',
    from: 'person:jos-creese',
    to: 'body:hampshire-county-council',
    role: 'CIO',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'Jos Creese, chairman of the LGCC and CIO of Hampshire County Council',
      },
    ],
  },
  {
    id: 'rel:steve-williams-holds-role-at-sunderland-city-council',
    type: 'HOLDS_ROLE_AT',
    from: 'person:steve-williams',
    to: 'body:sunderland-city-council',
    role: 'CIO',
    validFrom: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [{ source: 'source:computing-lgcc-created', quote: 'Steve Williams, CIO of Sunderland City Council' }],
  },
  {
    id: 'rel:helen-olsen-holds-role-at-ukauthority',
    type: 'HOLDS_ROLE_AT',
    from: 'person:helen-olsen',
    to: 'body:ukauthority',
    role: 'managing editor',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'Helen Olsen, managing editor of the UKAuthority news channels',
      },
    ],
  },
  {
    id: 'rel:andy-nelson-holds-role-at-uk-government',
    type: 'HOLDS_ROLE_AT',
    from: 'person:andy-nelson',
    to: 'body:uk-government',
    role: 'Government CIO',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'Andy Nelson, the Government CIO',
        note: 'Attached to central government as a whole: the text does not say he chairs or sits on the National Government CIO Council, though he speaks for it.',
      },
    ],
  },
  {
    id: 'rel:martin-ferguson-holds-role-at-socitm',
    type: 'HOLDS_ROLE_AT',
    from: 'person:martin-ferguson',
    to: 'body:socitm',
    role: 'Director of Policy and Research',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Martin Ferguson, Director of Policy and Research at Socitm',
      },
    ],
  },
  {
    id: 'rel:vicky-sargent-holds-role-at-socitm-press-office',
    type: 'HOLDS_ROLE_AT',
    from: 'person:vicky-sargent',
    to: 'body:socitm-press-office',
    role: 'press contact',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Further information Vicky Sargent, Socitm Press Office',
        note: 'Named as the contact for further information; her job title is not given.',
      },
    ],
  },
  {
    id: 'rel:maryvonne-holds-role-at-unipart',
    type: 'HOLDS_ROLE_AT',
    from: 'person:maryvonne',
    to: 'body:unipart',
    role: 'former employee',
    validTo: '2013',
    dateBasis: 'inferred',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'Maryvonne used to work at Unipart, in the automotive aftermarket',
        note: '"used to work": ended before the blog post (about 2013); when she worked there is not said.',
      },
    ],
  },

  // --- Bodies represented on councils -------------------------------------------------------------
  {
    id: 'rel:lga-represented-on-local-cio-council',
    type: 'REPRESENTED_ON',
    from: 'body:lga',
    to: 'body:local-cio-council',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote:
          "With representation from some of the UK's leading ICT professionals in local government, police, fire, health, the LGA and DCLG",
      },
    ],
  },
  {
    id: 'rel:dclg-represented-on-local-cio-council',
    type: 'REPRESENTED_ON',
    from: 'body:dclg',
    to: 'body:local-cio-council',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote:
          "With representation from some of the UK's leading ICT professionals in local government, police, fire, health, the LGA and DCLG",
      },
    ],
  },
  {
    id: 'rel:socitm-local-branch-represented-on-local-cio-council',
    type: 'REPRESENTED_ON',
    from: 'body:socitm-local-branch',
    to: 'body:local-cio-council',
    validFrom: '2013',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.PROBABLE,
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote:
          'As I have ended up chairing the local branch of Socitm (nee Society of ICT Managers) I felt I really ought to show my face.',
        note: 'Read as the branch chair attending the council on behalf of the branch; the text does not say the branch has a seat.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-represented-on-national-government-cio-council',
    type: 'REPRESENTED_ON',
    from: 'body:local-cio-council',
    to: 'body:national-government-cio-council',
    validFrom: '2011',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'Several members are also members of the National Government CIO Council',
        note: "Several Local CIO Council members also sit on the national council; the text does not say they are there as the council's representatives.",
      },
    ],
  },
  {
    id: 'rel:northern-ireland-represented-on-local-cio-council',
    type: 'REPRESENTED_ON',
    from: 'body:northern-ireland',
    to: 'body:local-cio-council',
    validFrom: '2008',
    validTo: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.UNCERTAIN,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote:
          'Northern Ireland, Wales, Scotland, Transport for London and a range of organisations could have a part to play',
        note: PROPOSED_MEMBER_NOTE,
      },
    ],
  },
  {
    id: 'rel:wales-represented-on-local-cio-council',
    type: 'REPRESENTED_ON',
    from: 'body:wales',
    to: 'body:local-cio-council',
    validFrom: '2008',
    validTo: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.UNCERTAIN,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote:
          'Northern Ireland, Wales, Scotland, Transport for London and a range of organisations could have a part to play',
        note: PROPOSED_MEMBER_NOTE,
      },
    ],
  },
  {
    id: 'rel:scotland-represented-on-local-cio-council',
    type: 'REPRESENTED_ON',
    from: 'body:scotland',
    to: 'body:local-cio-council',
    validFrom: '2008',
    validTo: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.UNCERTAIN,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote:
          'Northern Ireland, Wales, Scotland, Transport for London and a range of organisations could have a part to play',
        note: PROPOSED_MEMBER_NOTE,
      },
    ],
  },
  {
    id: 'rel:transport-for-london-represented-on-local-cio-council',
    type: 'REPRESENTED_ON',
    from: 'body:transport-for-london',
    to: 'body:local-cio-council',
    validFrom: '2008',
    validTo: '2008',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.UNCERTAIN,
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote:
          'Northern Ireland, Wales, Scotland, Transport for London and a range of organisations could have a part to play',
        note: PROPOSED_MEMBER_NOTE,
      },
    ],
  },

  // --- Members of the Local Digital Coalition (2016) ---------------------------------------------
  {
    id: 'rel:socitm-member-of-local-digital-coalition',
    type: 'MEMBER_OF',
    from: 'body:socitm',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.IMPLIED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          'have welcomed the collaboration between itself, SOLACE (the council chiefs’ organisation), LocalGov Digital, iNetwork, iStand and others, to form the Local Digital Coalition',
        note: '"itself" read as Socitm, the first-named subject and the issuer of the release.',
      },
    ],
  },
  {
    id: 'rel:local-cio-council-member-of-local-digital-coalition',
    type: 'MEMBER_OF',
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
        note: 'The subject is Socitm and the Local CIO Council but "itself" is singular, so whether the council is itself a partner is unclear.',
      },
    ],
  },
  {
    id: 'rel:solace-member-of-local-digital-coalition',
    type: 'MEMBER_OF',
    from: 'body:solace',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          'the collaboration between itself, SOLACE (the council chiefs’ organisation), LocalGov Digital, iNetwork, iStand and others, to form the Local Digital Coalition',
      },
    ],
  },
  {
    id: 'rel:localgov-digital-member-of-local-digital-coalition',
    type: 'MEMBER_OF',
    from: 'body:localgov-digital',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          'the collaboration between itself, SOLACE (the council chiefs’ organisation), LocalGov Digital, iNetwork, iStand and others, to form the Local Digital Coalition',
      },
    ],
  },
  {
    id: 'rel:inetwork-member-of-local-digital-coalition',
    type: 'MEMBER_OF',
    from: 'body:inetwork',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          'the collaboration between itself, SOLACE (the council chiefs’ organisation), LocalGov Digital, iNetwork, iStand and others, to form the Local Digital Coalition',
      },
    ],
  },
  {
    id: 'rel:istand-member-of-local-digital-coalition',
    type: 'MEMBER_OF',
    from: 'body:istand',
    to: 'body:local-digital-coalition',
    validFrom: '2016',
    dateBasis: 'source-date',
    confidence: CONFIDENCE.STATED,
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote:
          'the collaboration between itself, SOLACE (the council chiefs’ organisation), LocalGov Digital, iNetwork, iStand and others, to form the Local Digital Coalition',
      },
    ],
  },
];
