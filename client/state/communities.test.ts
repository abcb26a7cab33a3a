import { describe, expect, it } from 'vitest';
import { COMMUNITY_COLOURS, OTHER_COMMUNITY_COLOUR, communityColour } from '../graph/palette.ts';
import { selectCommunityOf } from './communities.ts';
import { readSharedState, writeSharedState } from './url.ts';
import { initialState } from './defaults.ts';

const answer = {
  total: 3,
  freshness: { stale: false },
  communities: [
    { id: 1, size: 2, memberIds: ['body:lga', 'person:a'], centralMembers: [] },
    { id: 2, size: 1, memberIds: ['body:socitm'], centralMembers: [] },
  ],
};

describe('colouring by community', () => {
  it('gives each stakeholder its community while colouring by community, and nothing otherwise', () => {
    const communityOf = selectCommunityOf('community', answer)!;
    expect(Object.fromEntries(communityOf)).toEqual({ 'body:lga': 1, 'person:a': 1, 'body:socitm': 2 });
    expect(selectCommunityOf('type', answer)).toBeNull();
    expect(selectCommunityOf('community', undefined)).toBeNull();
  });

  it('gives the largest communities colours of their own, and the rest grey', () => {
    const colours = COMMUNITY_COLOURS.map((_, index) => communityColour(index + 1));
    expect(new Set(colours).size).toBe(COMMUNITY_COLOURS.length);
    expect(colours).not.toContain(OTHER_COMMUNITY_COLOUR);
    expect(communityColour(COMMUNITY_COLOURS.length + 1)).toBe(OTHER_COMMUNITY_COLOUR);
    expect(communityColour(0)).toBe(OTHER_COMMUNITY_COLOUR);
    expect(communityColour(null)).toBe(OTHER_COMMUNITY_COLOUR);
  });

  it('keeps the colour mode in the address bar', () => {
    const state = { ...initialState(), colourBy: 'community' as const };
    const query = writeSharedState(state);
    expect(query).toContain('colour=community');
    expect(readSharedState(query).colourBy).toBe('community');
    expect(writeSharedState(initialState())).not.toContain('colour');
    expect(readSharedState('?colour=rainbow').colourBy).toBeUndefined();
  });
});
