/**
 * The rule every citation keeps: its quote occurs in its source's text. Whitespace may differ (a
 * quote may wrap differently), and so may the style of quote marks (typographic ‘’“” or plain '").
 * The import validator and every API write that takes citations use this one function.
 */

/** Collapses whitespace and turns typographic quote marks into plain ones. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the quote occurs in the text, whitespace and quote marks normalised. */
export function quoteOccursIn(text: string, quote: string): boolean {
  return normaliseForQuote(text).includes(normaliseForQuote(quote));
}

/** The most text a source may hold, in UTF-8 bytes (1 MB). */
export const MAX_SOURCE_TEXT_BYTES = 1_000_000;

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
