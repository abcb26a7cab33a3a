/**
 * People named in the source texts. Jobs and offices are relationships (HOLDS_ROLE_AT, CHAIRS,
 * PRESIDENT_OF in relationships/membership.ts), not fields here. No contact details are stored.
 *
 * "Dylan" in text 003 is kept as a person of his own (person:dylan-lcioc-2013) rather than merged
 * into Dylan Roberts: the blog gives only a first name, and a wrong merge would hand all of one
 * person's links to another, while two nodes with a note can be merged later if a source confirms it.
 */
import type { EntityRecord } from '../../core/records.ts';

export const people: EntityRecord[] = [
  {
    id: 'person:andy-nelson',
    kind: 'PERSON',
    name: 'Andy Nelson',
    description: 'Government CIO in about 2011; supported the role and work programme of the Local CIO Council.',
    citations: [{ source: 'source:socitm-lcioc-futures-merger', quote: 'Andy Nelson, the Government CIO' }],
  },
  {
    id: 'person:dylan-roberts',
    kind: 'PERSON',
    name: 'Dylan Roberts',
    description:
      'Chair of the Local Public Services CIO Council in 2016. Probably the "Dylan" of text 003 (see person:dylan-lcioc-2013).',
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Dylan Roberts, Chair of the Local Public Services CIO Council',
      },
    ],
  },
  {
    id: 'person:dylan-lcioc-2013',
    kind: 'PERSON',
    name: 'Dylan (Local CIO Council meeting, about 2013)',
    description:
      'Named by first name only in the 2013-2014 blog post about a Local CIO Council meeting. Probably Dylan Roberts, who chairs the council by 2016, but the text gives no surname, so not merged.',
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'or boil the ocean as Dylan put it',
        note: 'First name only; probably Dylan Roberts (text 004).',
      },
    ],
  },
  {
    id: 'person:first-lcioc-meeting-blogger',
    kind: 'PERSON',
    name: 'Unnamed blogger (author of text 003)',
    description:
      'Author of the blog post "My first Local Chief Information Officer Council" (about 2013-2014): chair of a local Socitm branch, apparently in the north of England, attending a Local CIO Council meeting for the first time.',
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'I quite enjoyed my first Local Chief Information Officer Council meeting',
      },
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'I took copious notes to feed back to my colleagues when I get back up North.',
      },
    ],
  },
  {
    id: 'person:helen-olsen',
    kind: 'PERSON',
    name: 'Helen Olsen',
    description: 'Managing editor of the UKAuthority news channels in about 2011.',
    citations: [
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'Helen Olsen, managing editor of the UKAuthority news channels',
      },
    ],
  },
  {
    id: 'person:jos-creese',
    kind: 'PERSON',
    name: 'Jos Creese',
    description:
      'CIO of Hampshire County Council (about 2008); chair of the Local CIO Council (about 2008 and 2011); a past president of Socitm.',
    citations: [
      {
        source: 'source:computing-lgcc-created',
        quote: 'Jos Creese, chairman of the LGCC and CIO of Hampshire County Council',
      },
      {
        source: 'source:socitm-lcioc-futures-merger',
        quote: 'Jos Creese, Chair of the Local CIO Council and a past president of Socitm',
      },
    ],
  },
  {
    id: 'person:martin-ferguson',
    kind: 'PERSON',
    name: 'Martin Ferguson',
    description: 'Director of Policy and Research at Socitm in 2016.',
    citations: [
      {
        source: 'source:socitm-local-digital-coalition',
        quote: 'Martin Ferguson, Director of Policy and Research at Socitm',
      },
    ],
  },
  {
    id: 'person:maryvonne',
    kind: 'PERSON',
    name: 'Maryvonne',
    description:
      'Named by first name only in the 2013-2014 blog post; used to work at Unipart. The text mentions her straight after the Aylesbury Vale District Council presentation, so she may have given it, but it does not say so.',
    citations: [
      {
        source: 'source:blog-first-lcioc-meeting',
        quote: 'Maryvonne used to work at Unipart',
        note: 'No surname or current employer is given.',
      },
    ],
  },
  {
    id: 'person:richard-steel',
    kind: 'PERSON',
    name: 'Richard Steel',
    description: 'New president of Socitm and member of the Local Government CIO Council in about 2008.',
    citations: [
      { source: 'source:computing-lgcc-created', quote: 'New Socitm president Richard Steel' },
      { source: 'source:computing-lgcc-created', quote: 'said Richard Steel, new president of Socitm and LGCC member' },
    ],
  },
  {
    id: 'person:steve-williams',
    kind: 'PERSON',
    name: 'Steve Williams',
    description: 'CIO of Sunderland City Council in about 2008.',
    citations: [{ source: 'source:computing-lgcc-created', quote: 'Steve Williams, CIO of Sunderland City Council' }],
  },
  {
    id: 'person:vicky-sargent',
    kind: 'PERSON',
    name: 'Vicky Sargent',
    description: 'Socitm Press Office; press contact for the 2016 Local Digital Coalition release.',
    citations: [{ source: 'source:socitm-local-digital-coalition', quote: 'Vicky Sargent, Socitm Press Office' }],
  },
];
