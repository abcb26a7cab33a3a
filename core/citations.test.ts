import { describe, expect, it } from 'vitest';
import { normaliseForQuote, quoteOccursIn, utf8Bytes } from './citations.ts';

describe('quoteOccursIn', () => {
  const text = 'The council said:\n  “we will  lead” and\tit’s the members’ view.';

  it('finds a quote whatever its whitespace', () => {
    expect(quoteOccursIn(text, 'The council said: "we will lead"')).toBe(true);
    expect(quoteOccursIn(text, 'council\nsaid:')).toBe(true);
  });

  it('treats typographic and plain quote marks alike, both ways', () => {
    expect(quoteOccursIn(text, "it's the members' view")).toBe(true);
    expect(quoteOccursIn('plain "words" here', 'plain “words” here')).toBe(true);
  });

  it('refuses words that are not there', () => {
    expect(quoteOccursIn(text, 'we will follow')).toBe(false);
    expect(quoteOccursIn(text, 'The Council said')).toBe(false);
  });

  it('normalises to single spaces and plain marks', () => {
    expect(normaliseForQuote('  ‘a’\n\n“b”  ')).toBe('\'a\' "b"');
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('abc')).toBe(3);
  });
});
