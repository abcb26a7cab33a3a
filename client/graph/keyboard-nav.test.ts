import { describe, expect, it } from 'vitest';
import { directionOf, nearestInDirection } from './keyboard-nav.ts';

// A plus sign of named stakeholders around the centre, and one far off to the right and up.
const named = [
  { id: 'centre', x: 100, y: 100 },
  { id: 'east', x: 160, y: 104 },
  { id: 'far-east', x: 300, y: 100 },
  { id: 'west', x: 40, y: 100 },
  { id: 'north', x: 100, y: 30 },
  { id: 'south', x: 96, y: 170 },
  { id: 'north-east', x: 220, y: 20 },
];

describe('nearestInDirection', () => {
  it('goes to the nearest named stakeholder that way', () => {
    const from = named[0]!;
    expect(nearestInDirection(from, named, 'right')).toBe('east');
    expect(nearestInDirection(from, named, 'left')).toBe('west');
    expect(nearestInDirection(from, named, 'up')).toBe('north');
    expect(nearestInDirection(from, named, 'down')).toBe('south');
  });

  it('prefers one straight ahead to a nearer one far to the side, and says when there is none', () => {
    expect(nearestInDirection({ x: 160, y: 104 }, named, 'right')).toBe('far-east');
    expect(nearestInDirection({ x: 300, y: 100 }, named, 'right')).toBeNull();
    expect(nearestInDirection({ x: 100, y: 30 }, named, 'up')).toBeNull();
  });

  it('reads arrow keys only', () => {
    expect(directionOf('ArrowLeft')).toBe('left');
    expect(directionOf('ArrowDown')).toBe('down');
    expect(directionOf('Enter')).toBeNull();
  });
});
