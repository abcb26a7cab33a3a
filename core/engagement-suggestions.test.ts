import { describe, expect, it } from 'vitest';
import {
  acceptedNote,
  ordinal,
  suggestInterest,
  suggestPosition,
  suggestPower,
  topicLinks,
  type InterestEvidence,
} from './engagement-suggestions.ts';
import { noContactDetails } from './records.ts';

const TODAY = '2026-12-07';
const none: InterestEvidence = { interactionDates: [], topics: [], programmes: [] };
const greenIt = { id: 'programme:green-it', name: 'Green IT', aliases: [] };
const shared = { id: 'programme:front-office', name: 'Front office shared services', aliases: ['FOSS'] };
const openData = { id: 'programme:open-data', name: 'Open data', aliases: [] };

describe('suggested power', () => {
  it('ranks in fifths of the network: the top fifth 5, the bottom fifth 1', () => {
    expect(suggestPower({ place: 1, of: 480 }).score).toBe(5);
    expect(suggestPower({ place: 96, of: 480 }).score).toBe(5); // share 95/480, still under a fifth
    expect(suggestPower({ place: 97, of: 480 }).score).toBe(4); // exactly a fifth above
    expect(suggestPower({ place: 385, of: 480 }).score).toBe(1);
    expect(suggestPower({ place: 480, of: 480 }).score).toBe(1);
  });

  it('says the place in words', () => {
    expect(suggestPower({ place: 12, of: 480 }).reason).toBe('Ranked 12th of 480 by influence (PageRank, top 3%).');
    expect(suggestPower({ place: 1, of: 5 }).reason).toMatch(/^Ranked 1st of 5 .*top 1%/);
    expect(suggestPower(null)).toEqual({ score: 1, reason: expect.stringMatching(/Not in the network/) });
  });

  it('writes ordinals as English does', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
      '112th',
    ]);
  });
});

describe('suggested interest', () => {
  it('is 1 with no evidence, and says so', () => {
    expect(suggestInterest(none, TODAY)).toEqual({
      score: 1,
      reason: 'No interactions logged; no topics in the register yet.',
      recentInteractions: 0,
      lastContact: null,
      topicLinks: [],
    });
  });

  it('counts interactions of the last 90 days, today included: 89 days ago counts, 90 does not', () => {
    expect(suggestInterest({ ...none, interactionDates: ['2026-09-09'] }, TODAY).recentInteractions).toBe(1);
    const old = suggestInterest({ ...none, interactionDates: ['2026-09-08'] }, TODAY);
    expect(old).toMatchObject({ score: 1, recentInteractions: 0, lastContact: '2026-09-08' });
    expect(old.reason).toMatch(/^No interactions in the last 90 days \(the last on 2026-09-08\)/);
    expect(suggestInterest({ ...none, interactionDates: [TODAY] }, TODAY).recentInteractions).toBe(1);
  });

  it('gains 1 point for 1 or 2 recent interactions and 2 for 3 or more', () => {
    const scoreOf = (dates: string[]) => suggestInterest({ ...none, interactionDates: dates }, TODAY).score;
    expect(scoreOf(['2026-12-01'])).toBe(2);
    expect(scoreOf(['2026-12-01', '2026-11-01'])).toBe(2);
    expect(scoreOf(['2026-12-01', '2026-11-01', '2026-11-01'])).toBe(3);
    const four = suggestInterest(
      { ...none, interactionDates: ['2026-12-01', '2026-11-01', '2026-10-01', '2026-09-20'] },
      TODAY,
    );
    expect(four.reason).toMatch(/^4 interactions in the last 90 days \(the last on 2026-12-01\)/);
  });

  it('leaves planned interactions (after today) out', () => {
    const planned = suggestInterest({ ...none, interactionDates: ['2026-12-08', '2027-01-10'] }, TODAY);
    expect(planned).toMatchObject({ score: 1, recentInteractions: 0, lastContact: null });
  });

  it('gains 1 point for 1 programme on a tracked topic and 2 for 2 or more, naming them', () => {
    const topics = ['Green IT', 'shared services', 'open data'];
    expect(suggestInterest({ ...none, topics }, TODAY).reason).toMatch(
      /linked to no programme on the register’s topics/,
    );
    expect(suggestInterest({ ...none, topics, programmes: [greenIt] }, TODAY).score).toBe(2);
    const two = suggestInterest({ ...none, topics, programmes: [greenIt, shared] }, TODAY);
    expect(two.score).toBe(3);
    expect(two.reason).toMatch(
      /linked to 2 programmes on the register’s topics: Green IT \(Green IT\), Front office shared services \(shared services\)\.$/,
    );
    const both = suggestInterest(
      { interactionDates: ['2026-12-01', '2026-11-01', '2026-10-01'], topics, programmes: [greenIt, shared, openData] },
      TODAY,
    );
    expect(both.score).toBe(5);
  });
});

describe('topic links', () => {
  it('matches whole words of any name, whatever the case and punctuation', () => {
    expect(topicLinks([greenIt], ['green-it']).map((link) => link.topic)).toEqual(['green-it']);
    expect(topicLinks([shared], ['foss'])).toEqual([
      { topic: 'foss', programmeId: shared.id, programmeName: shared.name },
    ]);
    expect(topicLinks([{ id: 'programme:x', name: 'Digital by Default', aliases: [] }], ['IT', 'dig'])).toEqual([]);
  });

  it('lists each programme once, with the first topic it carries', () => {
    expect(topicLinks([shared, shared], ['shared services', 'services'])).toEqual([
      { topic: 'shared services', programmeId: shared.id, programmeName: shared.name },
    ]);
    expect(topicLinks([greenIt], ['', '  '])).toEqual([]);
  });
});

describe('suggested position', () => {
  it('places the stakeholder in the quadrant of its two scores', () => {
    const position = suggestPosition({ place: 1, of: 100 }, { ...none, interactionDates: [TODAY] }, TODAY);
    expect(position).toMatchObject({ power: { score: 5 }, interest: { score: 2 }, quadrant: 'KEEP_SATISFIED' });
  });

  it('leaves a note an assessment accepts (no contact details, within 2,000 characters)', () => {
    const position = suggestPosition({ place: 3, of: 40 }, { ...none, interactionDates: ['2026-11-30'] }, TODAY);
    const note = acceptedNote(position);
    expect(note).toMatch(/^Accepted the atlas’s suggestion\. Power 5: Ranked 3rd of 40 .* Interest 2: 1 interaction/);
    expect(noContactDetails(note)).toBe(true);
    expect(acceptedNote({ ...position, interest: { score: 1, reason: 'x'.repeat(3000) } })).toHaveLength(2000);
  });
});
