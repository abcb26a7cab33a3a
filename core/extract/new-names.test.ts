import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { proposeStakeholders } from './new-names.ts';

const matcher = KnownNameMatcher.build([
  { id: 'body:north', kind: 'BODY', name: 'North Borough Council', retired: false, aliases: [], datedNames: [] },
]);
const proposed = (text: string) =>
  proposeStakeholders(text, matcher.find(text, null)).map(({ name, kind, acronym, role }) => ({
    name,
    kind,
    acronym,
    role,
  }));

describe('proposeStakeholders', () => {
  it('proposes organisations, programmes and people with titles and roles', () => {
    expect(
      proposed(
        'Dr Mary Jones met the Welsh Digital Society. Sam Brown, Director of Digital at the Council, launched the Smart Towns Fund.',
      ),
    ).toEqual([
      { name: 'Dr Mary Jones', kind: 'PERSON', acronym: null, role: null },
      { name: 'Welsh Digital Society', kind: 'BODY', acronym: null, role: null },
      { name: 'Sam Brown', kind: 'PERSON', acronym: null, role: 'Director of Digital at the Council' },
      { name: 'Smart Towns Fund', kind: 'PROGRAMME', acronym: null, role: null },
    ]);
  });

  it('gives "Full Name (ACR)" its acronym, and proposes no name the atlas holds', () => {
    expect(proposed('The Rural Services Network (RSN) and North Borough Council agreed.')).toEqual([
      { name: 'Rural Services Network', kind: 'BODY', acronym: 'RSN', role: null },
    ]);
  });

  it('proposes a name once, with the sentence it stands in', () => {
    const text = 'The Open Data Charter was signed. Later the Open Data Charter grew.';
    const all = proposeStakeholders(text, []);
    expect(all.map((p) => [p.name, p.sentence])).toEqual([['Open Data Charter', 'The Open Data Charter was signed.']]);
  });

  it('proposes nothing from lower-case prose or a single capitalised word', () => {
    expect(proposed('the council and the association met. Council met.')).toEqual([]);
  });

  it("proposes a person before a role in lower case or after the body's acronym, with that role", () => {
    expect(
      proposed(
        'Ann Lee, deputy director of digital at the Council, spoke. Omar Reid, chair of the finance board, agreed. Jo Park, NBC Director for Data, left.',
      ),
    ).toEqual([
      { name: 'Ann Lee', kind: 'PERSON', acronym: null, role: 'deputy director of digital at the Council' },
      { name: 'Omar Reid', kind: 'PERSON', acronym: null, role: 'chair of the finance board' },
      { name: 'Jo Park', kind: 'PERSON', acronym: null, role: 'NBC Director for Data' },
    ]);
  });

  it('proposes a person after a body and a role ("NBC chief executive Ann Lee"), not a body or a longer name', () => {
    const people = (text: string) => proposed(text).filter((proposal) => proposal.kind === 'PERSON');
    expect(people('NBC chief executive Ann Lee said so. The Trust Director Digital Services met.')).toEqual([
      { name: 'Ann Lee', kind: 'PERSON', acronym: null, role: 'NBC chief executive' },
    ]);
    expect(people('The Trust Leader Sam Brown Jones spoke.')).toEqual([]);
  });

  it('proposes no person from a lower-case role after an article ("Last Tuesday, the chair")', () => {
    expect(proposed('Last Tuesday, the chair of the meeting spoke.')).toEqual([]);
  });
});
