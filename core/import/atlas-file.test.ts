import { describe, expect, it } from 'vitest';
import { readAtlasFile } from './atlas-file.ts';
import { formatProblem } from './problems.ts';

describe('reading an Atlas data file', () => {
  it('reads the lists of a YAML file, and of the same structure as JSON', () => {
    const yaml = readAtlasFile(
      'a.yaml',
      'format: stakeholder-atlas/1\n# why: a comment\nentities:\n  - id: person:jo\n    name: Jo\nsources: []\n',
    );
    expect(yaml).toEqual({
      file: 'a.yaml',
      sources: [],
      entities: [{ id: 'person:jo', name: 'Jo' }],
      relationships: [],
      problems: [],
    });
    const json = readAtlasFile(
      'a.json',
      JSON.stringify({ format: 'stakeholder-atlas/1', entities: [{ id: 'person:jo', name: 'Jo' }], sources: [] }),
    );
    expect({ ...json, file: 'a.yaml' }).toEqual(yaml);
  });

  it('names the line and column of a YAML syntax error, and reads no records', () => {
    const read = readAtlasFile('bad.yaml', 'format: stakeholder-atlas/1\nentities:\n  - id: person:jo\n   name: Jo\n');
    expect(read.entities).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ file: 'bad.yaml', record: '', field: '' });
    expect(read.problems[0]!.reason).toMatch(/^YAML syntax error at line 4, column 1: /);
    expect(formatProblem(read.problems[0]!)).toMatch(/^bad\.yaml: YAML syntax error at line 4/);
  });

  it('reads a .json file as JSON, and names a JSON syntax error', () => {
    const read = readAtlasFile('bad.json', '{"format": "stakeholder-atlas/1", "entities": [}');
    expect(read.entities).toEqual([]);
    expect(read.problems).toEqual([
      { file: 'bad.json', record: '', field: '', reason: expect.stringMatching(/^JSON syntax error: /) },
    ]);
  });

  it('reports a key given twice as a syntax error', () => {
    const read = readAtlasFile('twice.yaml', 'format: stakeholder-atlas/1\nsources: []\nsources: []\n');
    expect(read.problems.map((problem) => problem.reason)).toEqual([
      expect.stringMatching(/^YAML syntax error at line 3, column 1: Map keys must be unique/),
    ]);
  });

  it('requires the format line, and names a wrong one', () => {
    expect(readAtlasFile('none.yaml', 'entities: []\n').problems).toEqual([
      { file: 'none.yaml', record: '', field: 'format', reason: 'is missing: "format: stakeholder-atlas/1"' },
    ]);
    expect(readAtlasFile('old.yaml', 'format: stakeholder-atlas/0\n').problems[0]!.reason).toBe(
      'must be "stakeholder-atlas/1", not "stakeholder-atlas/0"',
    );
    expect(readAtlasFile('list.yaml', '- 1\n').problems[0]!.reason).toMatch(/must be a mapping/);
    expect(readAtlasFile('empty.yaml', '').problems[0]!.reason).toMatch(/must be a mapping/);
  });

  it('rejects an unknown list and a list that is not one', () => {
    const read = readAtlasFile('odd.yaml', 'format: stakeholder-atlas/1\npeople: []\nentities: {}\n');
    expect(read.problems).toEqual([
      {
        file: 'odd.yaml',
        record: '',
        field: 'people',
        reason: 'unknown list; an Atlas data file holds sources, entities, relationships',
      },
      { file: 'odd.yaml', record: '', field: 'entities', reason: 'must be a list of records' },
    ]);
    expect(formatProblem(read.problems[1]!)).toBe('odd.yaml: entities: must be a list of records');
  });
});
