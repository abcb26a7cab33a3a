import { describe, expect, it } from 'vitest';
import { ALL_TOOL_TABS, toolAfterKey, toolTabs } from './tool-tabs.ts';

describe('the left panel tools', () => {
  it('gives viewers three tabs in the row and the rest, without the editors’ tools, under More', () => {
    const { row, more } = toolTabs(false);
    expect(row.map((tab) => tab.label)).toEqual(['Filters', 'Paths', 'Influence']);
    expect(more.map((tab) => tab.label)).toEqual(['Communities', 'Briefs']);
  });

  it('puts the editors’ tools under More, in order', () => {
    expect(toolTabs(true).more.map((tab) => tab.label)).toEqual(['Communities', 'Warm routes', 'Follow-ups', 'Briefs']);
  });

  it('walks every tool with the arrow keys, wrapping, and jumps with Home and End', () => {
    const tabs = ALL_TOOL_TABS;
    expect(toolAfterKey(tabs, 'influence', 'ArrowRight')).toBe('communities');
    expect(toolAfterKey(tabs, 'briefs', 'ArrowRight')).toBe('filters');
    expect(toolAfterKey(tabs, 'filters', 'ArrowLeft')).toBe('briefs');
    expect(toolAfterKey(tabs, 'warm', 'ArrowUp')).toBe('communities');
    expect(toolAfterKey(tabs, 'paths', 'Home')).toBe('filters');
    expect(toolAfterKey(tabs, 'paths', 'End')).toBe('briefs');
    expect(toolAfterKey(tabs, 'paths', 'Enter')).toBeNull();
  });

  it('starts from the first tool when the current one is not the reader’s (an editor’s tool after signing out)', () => {
    const viewers = toolTabs(false);
    expect(toolAfterKey([...viewers.row, ...viewers.more], 'warm', 'ArrowRight')).toBe('paths');
  });
});
