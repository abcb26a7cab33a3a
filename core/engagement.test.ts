import { describe, expect, it } from 'vitest';
import { contactSchema, profileSchema, quadrantOf, STANCES } from './engagement.ts';

describe('quadrantOf', () => {
  it('names the quadrants of the power/interest grid (4 and 5 are high)', () => {
    expect(quadrantOf(4, 4)).toBe('MANAGE_CLOSELY');
    expect(quadrantOf(5, 3)).toBe('KEEP_SATISFIED');
    expect(quadrantOf(3, 5)).toBe('KEEP_INFORMED');
    expect(quadrantOf(3, 3)).toBe('MONITOR');
  });
});

describe('engagement records', () => {
  it('takes scores of 1 to 5 and a known stance only', () => {
    expect(profileSchema.safeParse({ power: 5, interest: 1, stance: STANCES[0] }).success).toBe(true);
    const bad = profileSchema.safeParse({ power: 6, stance: 'fan' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['power', 'stance']);
  });

  it('keeps contact details out of notes, for the contact fields', () => {
    const result = profileSchema.safeParse({ objectives: 'Call her on 01632 960 123' });
    expect(result.error?.issues[0]?.message).toMatch(/telephone number/);
    expect(contactSchema.safeParse({ phone: '+44 1632 960123' }).success).toBe(true);
  });
});
