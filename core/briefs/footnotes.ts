/**
 * Numbered footnotes for a brief: every stated fact carries the citations behind it in the atlas,
 * numbered in the order they first appear, the same source and quote always the same number.
 */

export interface BriefCitation {
  source: string;
  quote: string;
}

/** What a footnote needs of a source: its title and date (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface BriefSource {
  id: string;
  title: string;
  publisher?: string | null;
  date: string;
}

export interface Footnote {
  number: number;
  source: string;
  title: string;
  publisher: string | null;
  date: string;
  quote: string;
}

/**
 * A line of the brief: its words and either the numbers of its footnotes or why it has none
 * (`uncited`: our own records, figures computed from the network, or a citation whose source is
 * no longer in the atlas).
 */
export interface BriefLine {
  text: string;
  notes: number[];
  uncited: string | null;
}

/** Hands out footnote numbers as lines are written, in reading order. */
export class FootnoteNumbers {
  private readonly byKey = new Map<string, Footnote>();

  constructor(private readonly sources: ReadonlyMap<string, BriefSource>) {}

  /**
   * A line backed by citations. Citations of sources the atlas no longer holds are dropped; a line
   * left with none is marked uncited rather than given a footnote that names nothing.
   */
  cited(text: string, citations: readonly BriefCitation[]): BriefLine {
    const notes: number[] = [];
    for (const citation of citations) {
      const source = this.sources.get(citation.source);
      if (!source || citation.quote.trim() === '') continue;
      const key = JSON.stringify([citation.source, citation.quote]);
      let footnote = this.byKey.get(key);
      if (!footnote) {
        footnote = {
          number: this.byKey.size + 1,
          source: source.id,
          title: source.title,
          publisher: source.publisher ?? null,
          date: source.date,
          quote: citation.quote,
        };
        this.byKey.set(key, footnote);
      }
      if (!notes.includes(footnote.number)) notes.push(footnote.number);
    }
    return notes.length > 0 ? { text, notes, uncited: null } : { text, notes: [], uncited: 'no citation in the atlas' };
  }

  /** A line that rests on something other than a cited text; `basis` says what. */
  uncited(text: string, basis: string): BriefLine {
    return { text, notes: [], uncited: basis };
  }

  /** Every footnote handed out, by number. */
  list(): Footnote[] {
    return [...this.byKey.values()].sort((a, b) => a.number - b.number);
  }
}
