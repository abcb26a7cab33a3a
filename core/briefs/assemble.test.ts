import { describe, expect, it } from 'vitest';
import { assembleBrief, type BriefFacts, type StakeholderFacts } from './assemble.ts';
import { FootnoteNumbers } from './footnotes.ts';
import { briefInputSchema } from './input.ts';
import { ordinal, relationshipSentence } from './words.ts';

const SOURCES = [
  { id: 'src:minutes', title: 'Socitm board minutes', publisher: 'Socitm', date: '2016-03' },
  { id: 'src:report', title: 'Local CIO Council report', publisher: null, date: '2014' },
];

const CHAIR = {
  id: 'rel:chair',
  type: 'CHAIRS',
  source: 'person:jos',
  target: 'body:socitm',
  validFrom: '2014',
  validTo: '2016',
  citations: [{ source: 'src:minutes', quote: 'Jos Creese, chair' }],
};

function person(overrides: Partial<StakeholderFacts> = {}): StakeholderFacts {
  return {
    id: 'person:jos',
    kind: 'PERSON',
    name: 'Jos Creese',
    citations: [{ source: 'src:report', quote: 'Jos Creese of Hampshire' }],
    names: [],
    edges: [CHAIR],
    influence: { place: 2, of: 40, explanation: 'Chairs Socitm.', strongestLinks: [CHAIR] },
    community: { id: 1, size: 12, count: 3, centralIds: ['person:jos', 'body:socitm'] },
    relationship: {
      assessments: [{ date: '2015-06-01', stance: 'supporter', power: 4, interest: 5, assessedBy: 'Ann' }],
      interactions: [{ date: '2016-01-10', kind: 'meeting', summary: 'Discussed shared services', createdBy: 'Ann' }],
      followUps: [{ what: 'Send the paper', due: '2016-02-01', owner: 'Ann' }],
    },
    contact: { email: 'jos@example.org' },
    routes: [],
    ...overrides,
  };
}

function facts(overrides: Partial<BriefFacts> = {}): BriefFacts {
  return {
    meetingDate: '2016-02-15',
    fromId: 'body:us',
    stakeholders: [person()],
    sources: SOURCES,
    names: { 'person:jos': 'Jos Creese', 'body:socitm': 'Socitm', 'body:us': 'Us' },
    mayRead: { engagement: true, contacts: true },
    ...overrides,
  };
}

const allLines = (pack: ReturnType<typeof assembleBrief>) =>
  pack.stakeholders.flatMap((stakeholder) => stakeholder.sections.flatMap((section) => section.lines));

describe('FootnoteNumbers', () => {
  it('numbers citations in reading order, the same source and quote always the same number', () => {
    const notes = new FootnoteNumbers(new Map(SOURCES.map((source) => [source.id, source])));
    const a = notes.cited('a', [{ source: 'src:report', quote: 'one' }]);
    const b = notes.cited('b', [
      { source: 'src:minutes', quote: 'two' },
      { source: 'src:report', quote: 'one' },
    ]);
    expect(a.notes).toEqual([1]);
    expect(b.notes).toEqual([2, 1]);
    expect(notes.list()).toEqual([
      {
        number: 1,
        source: 'src:report',
        title: 'Local CIO Council report',
        publisher: null,
        date: '2014',
        quote: 'one',
      },
      {
        number: 2,
        source: 'src:minutes',
        title: 'Socitm board minutes',
        publisher: 'Socitm',
        date: '2016-03',
        quote: 'two',
      },
    ]);
  });

  it('marks a line uncited when none of its citations names a source the atlas holds', () => {
    const notes = new FootnoteNumbers(new Map());
    expect(notes.cited('x', [{ source: 'src:gone', quote: 'q' }])).toEqual({
      text: 'x',
      notes: [],
      uncited: 'no citation in the atlas',
    });
    expect(notes.list()).toEqual([]);
  });
});

describe('assembleBrief', () => {
  it('gives every graph fact a footnote and marks our own records and computed figures uncited', () => {
    const pack = assembleBrief(facts());
    const lines = allLines(pack);
    const chair = lines.filter((line) => line.text.includes('Jos Creese chairs Socitm, 2014 – 2016'));
    // Stated twice (a role, and a strong link): one footnote, the same number.
    expect(chair.map((line) => line.notes)).toEqual([[2], [2]]);
    expect(pack.footnotes.map((note) => note.quote)).toEqual(['Jos Creese of Hampshire', 'Jos Creese, chair']);
    const influence = lines.find((line) => line.text.startsWith('Influence: 2nd of 40'))!;
    expect(influence.uncited).toBe('computed from the network as on 15 February 2016');
    expect(lines.find((line) => line.text.includes('Discussed shared services'))?.uncited).toMatch(/interaction log/);
    for (const line of lines) expect(line.notes.length > 0 || line.uncited !== null, line.text).toBe(true);
    // Every footnote is referred to by some line.
    const used = new Set(lines.flatMap((line) => line.notes));
    expect(pack.footnotes.every((note) => used.has(note.number))).toBe(true);
  });

  it('leaves out engagement, routes and contact details for a reader who may not see them', () => {
    const pack = assembleBrief(facts({ mayRead: { engagement: false, contacts: false } }));
    const text = JSON.stringify(pack);
    expect(text).not.toContain('jos@example.org');
    expect(text).not.toContain('Discussed shared services');
    const headings = pack.stakeholders[0]!.sections.filter((section) => section.note?.startsWith('Left out'));
    expect(headings.map((section) => section.heading)).toEqual([
      'Our relationship',
      'Contact details',
      'Introduction routes valid on 15 February 2016',
    ]);
    expect(
      assembleBrief(facts()).stakeholders[0]!.sections.some((s) => s.lines.some((l) => l.text === 'jos@example.org')),
    ).toBe(true);
  });

  it('writes routes step by step, former links marked, and says why there are none', () => {
    const route = {
      steps: [
        {
          from: 'body:us',
          to: 'body:socitm',
          edge: null,
          interaction: { date: '2016-01-10', kind: 'meeting' },
          former: false,
        },
        { from: 'body:socitm', to: 'person:jos', edge: CHAIR, interaction: null, former: true },
      ],
    };
    const lines = allLines(assembleBrief(facts({ stakeholders: [person({ routes: [route] })] })));
    expect(lines.map((line) => line.text)).toEqual(
      expect.arrayContaining([
        'Route 1: Us to Jos Creese via Socitm',
        'Us met Socitm (meeting, 10 January 2016)',
        'Former: Jos Creese chairs Socitm, 2014 – 2016',
      ]),
    );
    const none = assembleBrief(facts({ fromId: null })).stakeholders[0]!.sections.at(-1)!;
    expect(none.note).toMatch(/names no “from”/);
  });
});

describe('words and input', () => {
  it('reads relationships and places in words', () => {
    const role = {
      type: 'HOLDS_ROLE_AT',
      source: 'a',
      target: 'b',
      role: 'Chief Digital Officer',
      validFrom: '2020-04',
    };
    expect(relationshipSentence(role, (id) => id.toUpperCase())).toBe(
      'A is Chief Digital Officer at B, from April 2020',
    );
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 112].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '112th',
    ]);
  });

  it('validates a brief, naming the field', () => {
    const good = { title: 'Socitm quarterly', meetingDate: '2026-12-10', stakeholderIds: ['body:socitm'] };
    expect(briefInputSchema.parse(good)).toMatchObject({ objectives: '', linesToTake: '' });
    const problems = (input: object) =>
      briefInputSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.'));
    expect(problems({ ...good, meetingDate: '10/12/2026' })).toEqual(['meetingDate']);
    expect(problems({ ...good, stakeholderIds: [] })).toEqual(['stakeholderIds']);
    expect(problems({ ...good, stakeholderIds: ['body:socitm', 'body:socitm'] })).toEqual(['stakeholderIds']);
    expect(problems({ ...good, fromId: 'body:socitm' })).toEqual(['fromId']);
    expect(problems({ ...good, objectives: 'write to jos@example.org' })).toEqual(['objectives']);
  });
});
