import { describe, expect, it } from 'vitest';
import {
  confidenceProblem,
  decide,
  decisionsInput,
  defaultsNeeded,
  draftOf,
  identifierRole,
  relationshipRole,
  setRegister,
  elementTypeLabel,
  mappingInput,
  outcomeWords,
  pageOfRows,
  problemsByCause,
  problemWords,
  setColumn,
  setDefault,
  setValue,
  targetsOf,
  toWrite,
  valueLines,
  type ImportReport,
  type ImportRow,
} from './import-draft.ts';

const serverMapping: ImportReport['mapping'] = {
  elements: [
    { field: 'name', column: 'Label' },
    { field: 'type', column: 'Type' },
    { field: 'colour', column: 'Colour' }, // not a field of the mapping: dropped
  ],
  connections: [
    { field: 'from', column: 'From' },
    { field: 'to', column: 'To' },
    { field: 'type', column: 'Type' },
  ],
  values: [{ field: 'ELEMENT_TYPE', value: 'Organisation', mapsTo: 'BODY:council' }],
  defaults: { elementType: null, sector: 'local-government', relationshipType: null, confidence: 0.8 },
  relationshipColumns: [{ column: 'County', type: 'PART_OF', direction: 'TO' }],
  identifierColumns: [{ column: 'GSS code', scheme: 'gss' }],
};

describe('the mapping draft', () => {
  it('round-trips the mapping the server used into the input it takes', () => {
    const draft = draftOf(serverMapping);
    expect(draft.elements).toEqual({ name: 'Label', type: 'Type' });
    expect(draft.defaults).toEqual({
      elementType: '',
      sector: 'local-government',
      relationshipType: '',
      confidence: '0.8',
    });
    expect(mappingInput(draft)).toEqual({
      elements: [
        { field: 'name', column: 'Label' },
        { field: 'type', column: 'Type' },
      ],
      connections: [
        { field: 'from', column: 'From' },
        { field: 'to', column: 'To' },
        { field: 'type', column: 'Type' },
      ],
      values: [{ field: 'ELEMENT_TYPE', value: 'Organisation', mapsTo: 'BODY:council' }],
      defaults: { sector: 'local-government', confidence: 0.8 },
      identifierColumns: [{ column: 'GSS code', scheme: 'gss' }],
      relationshipColumns: [{ column: 'County', type: 'PART_OF', direction: 'TO' }],
    });
  });

  it('sets and clears register columns: codes need a scheme, links a type and direction', () => {
    let draft = draftOf(serverMapping);
    draft = setRegister(draft, 'County', '');
    draft = setRegister(draft, 'Replaced by', relationshipRole('MERGED_INTO', 'TO'));
    draft = setRegister(draft, 'Districts', relationshipRole('PART_OF', 'FROM'));
    draft = setRegister(draft, 'Company number', identifierRole(''));
    const input = mappingInput(draft);
    expect(input.relationshipColumns).toEqual([
      { column: 'Replaced by', type: 'MERGED_INTO', direction: 'TO' },
      { column: 'Districts', type: 'PART_OF', direction: 'FROM' },
    ]);
    expect(input.identifierColumns).toEqual([{ column: 'GSS code', scheme: 'gss' }]);
  });

  it('chooses and clears columns, values and defaults', () => {
    let draft = draftOf(serverMapping);
    draft = setColumn(draft, 'elements', 'description', 'Description');
    draft = setColumn(draft, 'elements', 'type', '');
    draft = setValue(draft, 'RELATIONSHIP_TYPE', 'Works with', 'COLLABORATES_WITH');
    draft = setValue(draft, 'ELEMENT_TYPE', 'organisation', 'BODY:network'); // the same value, any case
    draft = setDefault(draft, 'sector', '');
    draft = setDefault(draft, 'confidence', '');
    const input = mappingInput(draft);
    expect(input.elements).toEqual([
      { field: 'name', column: 'Label' },
      { field: 'description', column: 'Description' },
    ]);
    expect(input.values).toEqual([
      { field: 'RELATIONSHIP_TYPE', value: 'Works with', mapsTo: 'COLLABORATES_WITH' },
      { field: 'ELEMENT_TYPE', value: 'organisation', mapsTo: 'BODY:network' },
    ]);
    expect(input.defaults).toBeNull();
    expect(mappingInput(setValue(draft, 'RELATIONSHIP_TYPE', 'works with', '')).values).toHaveLength(1);
  });

  it('sends a default confidence only when it is a number from 0 to 1', () => {
    expect(confidenceProblem('0.6')).toBeNull();
    expect(confidenceProblem('')).toBeNull();
    expect(confidenceProblem('1.5')).toBe('must be a number from 0 to 1');
    expect(confidenceProblem('high')).toBe('must be a number from 0 to 1');
    const draft = setDefault(draftOf(serverMapping), 'confidence', '1.5');
    expect(mappingInput(draft).defaults).toEqual({ sector: 'local-government' });
  });

  it('lists mapped and unmapped values once each, and the fields that need a default', () => {
    const draft = draftOf(serverMapping);
    const unmapped: ImportReport['unmappedValues'] = [
      { field: 'RELATIONSHIP_TYPE', value: 'Knows', rows: 3 },
      { field: 'ELEMENT_TYPE', value: 'ORGANISATION', rows: 2 },
      { field: 'SECTOR', value: '', rows: 5 },
    ];
    expect(valueLines(draft, unmapped)).toEqual([
      { field: 'ELEMENT_TYPE', value: 'Organisation', mapsTo: 'BODY:council', rows: 2 },
      { field: 'RELATIONSHIP_TYPE', value: 'Knows', mapsTo: '', rows: 3 },
    ]);
    expect(defaultsNeeded(unmapped)).toEqual(['SECTOR']);
  });

  it('labels the words a value may stand for', () => {
    expect(elementTypeLabel('PERSON')).toBe('Person');
    expect(elementTypeLabel('BODY:professional-association')).toBe('Body: professional association');
    expect(elementTypeLabel('PROGRAMME:strategy')).toBe('Programme: strategy');
    expect(targetsOf('SECTOR')).toContainEqual({ value: 'local-government', label: 'local government' });
    expect(targetsOf('RELATIONSHIP_TYPE')).toContainEqual({
      value: 'PROVIDES_SECRETARIAT_FOR',
      label: 'provides secretariat for',
    });
    expect(targetsOf('ELEMENT_TYPE')[0]).toEqual({ value: 'PERSON', label: 'Person' });
  });
});

const row = (partial: Partial<ImportRow> & { row: string; name: string }): ImportRow => ({
  kind: 'BODY',
  entityId: `body:${partial.name.toLowerCase()}`,
  outcome: 'NEW',
  match: null,
  reason: null,
  decided: false,
  ...partial,
});

const socitm = { id: 'body:socitm', name: 'Socitm', kind: 'BODY' as const };
const rows: ImportRow[] = [
  row({
    row: 'elements.csv: row 2',
    name: 'Local Government Association',
    outcome: 'MATCHES',
    match: { ...socitm, id: 'body:lga', name: 'LGA' },
    entityId: 'body:lga',
  }),
  row({
    row: 'elements.csv: row 3',
    name: 'Soctim',
    outcome: 'POSSIBLE_DUPLICATE',
    match: socitm,
    reason: 'two letters swapped in Socitm',
  }),
  row({ row: 'elements.csv: row 10', name: 'Harbour Digital Trust' }),
];

describe('decisions and outcomes', () => {
  it('says what each row becomes, and the decision once made', () => {
    expect(rows.map((each) => outcomeWords(each))).toEqual([
      'matches LGA',
      'possible duplicate of Socitm, because two letters swapped in Socitm',
      'new',
    ]);
    const same = decide({}, rows[1]!, true);
    expect(outcomeWords(rows[1]!, same[rows[1]!.row])).toBe('same as Socitm (your decision)');
    // The next preview may answer the decided row without its match: the decision keeps it.
    const decidedRow = { ...rows[1]!, outcome: 'NEW' as const, match: null, decided: true };
    const asNew = decide(same, decidedRow, false, same[rows[1]!.row]);
    expect(outcomeWords(decidedRow, asNew[rows[1]!.row])).toBe('new stakeholder, not Socitm (your decision)');
    expect(decide({}, rows[2]!, true)).toEqual({}); // no match: nothing to decide
  });

  it('sends the decisions in row order', () => {
    let decisions = decide({}, { ...rows[1]!, row: 'elements.csv: row 10' }, false);
    decisions = decide(decisions, rows[1]!, true);
    expect(decisionsInput(decisions)).toEqual([
      { row: 'elements.csv: row 3', entityId: 'body:socitm' },
      { row: 'elements.csv: row 10', entityId: null },
    ]);
  });

  it('filters and pages the rows', () => {
    const many = Array.from({ length: 120 }, (_, index) =>
      row({ row: `big.csv: row ${index + 2}`, name: `Body ${index}` }),
    );
    expect(pageOfRows(many, 'all', {}, 0, 50)).toMatchObject({ page: 0, pages: 3, total: 120 });
    expect(pageOfRows(many, 'all', {}, 2, 50).rows).toHaveLength(20);
    expect(pageOfRows(many, 'all', {}, 9, 50).page).toBe(2);
    expect(pageOfRows(rows, 'MATCHES', {}, 0, 50).rows.map((each) => each.name)).toEqual([
      'Local Government Association',
    ]);
    const decided = decide({}, rows[1]!, true);
    const answered = { ...rows[1]!, outcome: 'MATCHES' as const, decided: true };
    expect(pageOfRows([rows[0]!, answered], 'POSSIBLE_DUPLICATE', decided, 0, 50).rows).toEqual([answered]);
    expect(pageOfRows([], 'all', {}, 0, 50)).toMatchObject({ rows: [], page: 0, pages: 1, total: 0 });
  });

  it('counts what will be written', () => {
    const report = { stakeholders: rows, counts: { relationships: 4 } } as unknown as ImportReport;
    expect(toWrite(report)).toEqual({ stakeholders: 2, relationships: 4 });
  });
});

describe('problems', () => {
  it('groups problems by file and cause, one line per cause with its count and decision', () => {
    const settle = 'Add the stakeholders it names to the elements, or correct the names in the connections.';
    const unknownEnd = (record: string, name: string) => ({
      file: 'connections.csv',
      record,
      field: 'To',
      reason: `unknown relationship end "${name}": no element has this id or name`,
      cause: 'unknown relationship end "…": no element has this id or name',
      decision: settle,
    });
    const problems = [
      unknownEnd('row 4', 'Nowhere Council'),
      {
        file: 'elements.csv',
        record: 'row 2',
        field: 'Label',
        reason: 'missing name',
        cause: 'missing name',
        decision: 'Fill in the names.',
      },
      unknownEnd('row 9', 'Elsewhere Trust'),
      {
        file: 'connections.csv',
        record: '',
        field: '',
        reason: 'no To column',
        cause: 'no To column',
        decision: 'Map the column.',
      },
    ];
    const groups = problemsByCause(problems);
    expect(
      groups.map((group) => [
        group.file,
        group.causes.map((cause) => [cause.cause, cause.problems.length, cause.decision]),
      ]),
    ).toEqual([
      [
        'connections.csv',
        [
          ['unknown relationship end "…": no element has this id or name', 2, settle],
          ['no To column', 1, 'Map the column.'],
        ],
      ],
      ['elements.csv', [['missing name', 1, 'Fill in the names.']]],
    ]);
    expect(groups[0]!.causes[0]!.problems.map(problemWords)).toEqual([
      'row 4, column To: unknown relationship end "Nowhere Council": no element has this id or name',
      'row 9, column To: unknown relationship end "Elsewhere Trust": no element has this id or name',
    ]);
    expect(problemWords(problems[3]!)).toBe('no To column');
  });
});
