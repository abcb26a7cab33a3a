import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { namedEntity as entity } from './testing.ts';

const matcher = KnownNameMatcher.build([
  entity('body:northam', 'Northam City Council', [{ name: 'Northam', kind: 'informal' }]),
  entity('body:eastshire', 'Eastshire County Council', [{ name: 'Eastshire', kind: 'informal' }]),
  entity('body:westby', 'Westby Borough Council', [{ name: 'Westby', kind: 'informal' }]),
  entity('body:forum', 'Digital Forum', [
    { name: 'DF', kind: 'acronym' },
    { name: 'Old Digital Board', kind: 'name' },
  ]),
]);
const found = (text: string) => matcher.find(text, null).map((mention) => mention.text);

describe('place names that are not the council', () => {
  it('reads a place name after "in", "across" or "near" as a place, not the council', () => {
    expect(found('The conference in Northam opened. Services across Eastshire grew.')).toEqual([]);
  });

  it('reads each place name of the list the preposition opens as a place', () => {
    expect(found('The nursing service in Eastshire, Northam and Westby met the Digital Forum.')).toEqual([
      'Digital Forum',
    ]);
  });

  it('keeps the council named by its place name elsewhere, by its own name, and bodies after "in"', () => {
    expect(found('Northam has joined the Digital Forum.')).toEqual(['Northam', 'Digital Forum']);
    expect(found('Officers in Northam City Council and in the DF met; staff in Old Digital Board too.')).toEqual([
      'Northam City Council',
      'DF',
      'Old Digital Board',
    ]);
    // A list after "in" ends at a name that is no place: Westby, after the Forum, is the council.
    expect(found('Staff in Northam, the Digital Forum and Westby met.')).toEqual(['Digital Forum', 'Westby']);
  });
});
