/** What the readers of a text find: mentions of the stakeholders the atlas holds. */

/**
 * How a mention names its candidate: by a name, an alias, an acronym, a well-known expansion, a
 * definite description of one named before ("the Council": reference) or a part or product named
 * after its owner ("its action plan": description).
 */
export type NamedVia = 'name' | 'alias' | 'acronym' | 'expansion' | 'reference' | 'description';

export interface MentionCandidate {
  id: string;
  name: string;
  kind: string;
  via: NamedVia;
}

/** A stretch of text that names a stakeholder: [start, end) in UTF-16 units of the text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Best first; more than one when the form is ambiguous (two stakeholders answer to it). */
  candidates: MentionCandidate[];
  /** Every candidate is meant, not one of them ("the devolved administrations"). */
  collective?: true;
  /**
   * For a programme whose name opens or ends with another known programme's ("Green IT Week"):
   * that programme, not a mention of its own (longest first), kept for the part-of it implies.
   */
  within?: MentionCandidate[];
  /** For a part or product named after its owner: the owner and where the text names it. */
  owner?: { id: string; start: number; end: number };
}
