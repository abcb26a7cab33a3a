import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFields, describeChange, kindOfAction, mayRead, readableActions } from './changes.ts';

describe('change kinds', () => {
  it('know every action the repositories audit (a Change names its action, then its targetId)', () => {
    const dir = join(import.meta.dirname, '../server');
    const files = ['repositories', 'import'].flatMap((folder) =>
      readdirSync(join(dir, folder))
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
        .map((file) => readFileSync(join(dir, folder, file), 'utf8')),
    );
    const actions = new Set(
      files.flatMap((text) => [...text.matchAll(/\baction: '(\w+)',\s*targetId/g)].map((match) => match[1]!)),
    );
    expect(actions.size).toBeGreaterThan(10);
    for (const action of actions) expect(kindOfAction(action), action).not.toBeNull();
  });

  it('let each role read what it reads elsewhere', () => {
    expect(mayRead('viewer', 'retireRelationship')).toBe(true);
    expect(mayRead('viewer', 'setContactDetails')).toBe(false);
    expect(mayRead('editor', 'setContactDetails')).toBe(true);
    expect(mayRead('editor', 'erasePersonalData')).toBe(false);
    expect(mayRead('admin', 'erasePersonalData')).toBe(true);
    expect(mayRead('admin', 'somethingNew')).toBe(false);
    expect(readableActions('viewer', ['CONTACT'])).toEqual([]);
    expect(readableActions('editor', ['CONTACT', 'PROFILE'])).toEqual([
      'setEngagement',
      'addAssessment',
      'setContactDetails',
    ]);
  });
});

describe('changedFields', () => {
  it('lists the fields that differ, taking null and absent alike, at any depth', () => {
    const before = { role: null, confidence: 0.6, citations: [{ source: 's', quote: 'q', note: null }] };
    const after = { confidence: 0.8, citations: [{ quote: 'q', source: 's' }], validTo: '2026' };
    expect(changedFields(before, after)).toEqual([
      { field: 'confidence', before: '0.6', after: '0.8' },
      { field: 'validTo', before: null, after: '"2026"' },
    ]);
    expect(changedFields(null, { name: 'LGA' })).toEqual([{ field: 'name', before: null, after: '"LGA"' }]);
  });
});

describe('describeChange', () => {
  const names: Record<string, string> = { 'body:socitm': 'Socitm', 'body:lga': 'LGA' };
  it('says who did what to which record, by name', () => {
    const retired = {
      actor: 'Ann',
      action: 'retireRelationship',
      targetId: 'rel:x',
      entityIds: ['body:socitm', 'body:lga'],
      before: { from: 'body:socitm', to: 'body:lga', type: 'MEMBER_OF' },
      after: { retired: true },
    };
    expect(describeChange(retired, (id) => names[id])).toBe('Ann retired Socitm → LGA, MEMBER_OF');
    const created = { ...retired, action: 'createEntity', targetId: 'body:new', before: null, after: { name: 'New' } };
    expect(describeChange(created, (id) => names[id])).toBe('Ann added New');
  });
});
