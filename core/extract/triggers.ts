/**
 * The phrases that join two stakeholders named in one sentence, each with the relationship type it
 * proposes and its direction: "forward" reads left → right (A chairs B), "reverse" right → left
 * (A, chaired by B). General English, written for any text about public bodies: nothing here names
 * or quotes a particular text.
 */
import type { RelationshipType } from '../vocabulary.ts';

export interface Trigger {
  type: RelationshipType;
  direction: 'forward' | 'reverse';
  pattern: string;
}

const forward = (type: RelationshipType, pattern: string): Trigger => ({ type, direction: 'forward', pattern });
const reverse = (type: RelationshipType, pattern: string): Trigger => ({ type, direction: 'reverse', pattern });

const BE = '(?:is|are|was|were|has been|have been|had been|will be|became|becomes|remains?)';

export const TRIGGERS: readonly Trigger[] = [
  forward(
    'CHAIRS',
    `chairs|chaired|chairing|(?:will|would|shall|to) chair(?! of)|(?:${BE} )?(?:the )?(?:chair(?:man|woman|person)?|convenor|co-chair) of`,
  ),
  reverse('CHAIRS', `chaired by|under the chairmanship of|whose chair is`),
  forward('PRESIDENT_OF', `(?:${BE} )?(?:the )?(?:new |past |former |vice[- ])?president of`),
  forward(
    'MEMBER_OF',
    `(?:${BE} )?(?:an? |the )?(?:founding |full |new )?members? of|joined|joins|join|sits? on|sat on|belongs? to|membership of`,
  ),
  reverse(
    'MEMBER_OF',
    // "X, which includes A and B": the members of a body (the parts of a programme: relations.ts).
    `(?:whose )?members? include|membership includes|brings together|made up of|comprises|joined by|which (?:now |also )?includes?|which included`,
  ),
  forward('REPRESENTED_ON', `(?:${BE} )?represented on|representatives? on`),
  forward(
    'HOLDS_ROLE_AT',
    `(?:${BE} )?(?:the )?(?:director|head|chief executive|chief officer|cio|cto|cdo|officer|manager|secretary|leader|deputy leader) (?:of|at|for)|(?:used to )?work(?:s|ed|ing)? (?:at|for)|employed (?:by|at)`,
  ),
  forward(
    'SUPPORTS',
    `supports?|supported|supporting|strengthens?|(?<!\\b(?:the|a|an|its|their) )strengthened|strengthening|funds?|funded|funding for|awarded|grants? to|sponsors?|sponsored`,
  ),
  reverse(
    'SUPPORTS',
    `supported by|funded by|backed by|sponsored by|with funding from|with support from|with the support of|awarded by`,
  ),
  forward(
    'RUNS',
    `runs|ran|leads|led|manages?|managed|delivers?|delivered|produces?|produced|launched|launches|publishes|published|organises|organised|owns|prepar(?:es|ed|ing)|(?:is|are) developing`,
  ),
  forward('RUNS', `(?:an? |the )?(?:co-)?publishers? of`),
  reverse(
    'RUNS',
    // "X is a joint initiative from A and B": A and B run X.
    `run by|led by|managed by|delivered by|produced by|launched by|published by|organised by|owned by|(?:an? |the )?(?:joint )?initiative (?:from|of|by)`,
  ),
  forward('HOSTS', `hosts|hosted|is home to`),
  reverse('HOSTS', `hosted by|hosted on|hosted at`),
  forward(
    'COLLABORATES_WITH',
    // An adverb may stand between the verb and "with": "has worked closely with".
    `(?:works?|working|worked|partners?|partnered|partnering|collaborat\\w*)(?: (?:closely|jointly|directly|together))? with|in partnership with|together with|jointly with`,
  ),
  forward('MERGED_INTO', `merged into|merged with|merges into|merge into|absorbed into|(?:was )?renamed(?: as)?`),
  reverse('MERGED_INTO', `formerly(?: known as)?|previously known as|n[ée]e|successor to|replaced|replaces`),
  forward('ADVISES', `advises?|advised|advising|advice to`),
  reverse('ADVISES', `advised by|on the advice of`),
  forward(
    'ENDORSES',
    `endorses?|endorsed|welcomes?|welcomed|welcoming|backs|backed|advocates?|champions?|signed up to|signatory to|committed to|promotes?|promoted|promoting|drives?|driving|drove`,
  ),
  reverse('ENDORSES', `endorsed by|welcomed by|backed by`),
  forward(
    'PART_OF',
    `(?:${BE} )?(?:a |an |the )?(?<!\\bas )(?:part|branch|arm|division|unit|subsidiary|directorate|committee|sub-group|group|board|team) (?:of|within)|within`,
  ),
  forward('PROVIDES_SECRETARIAT_FOR', `provides? (?:the )?secretariat (?:for|of|to)|secretariat (?:for|of|to)`),
  forward(
    'CREATED',
    `created|formed|set up|established|founded|creates|forms|sets up|establishes|founds|to (?:create|form|establish|found)`,
  ),
  reverse('CREATED', `created by|formed by|set up by|established by|founded by`),
  forward('BRIEFS', `briefs|briefed|briefings? (?:for|to)|report(?:s|ed|ing)? to`),
  forward(
    'LIAISES_WITH',
    `liaises? with|liaising with|links? with|strong links with|relationship with|engages? with|engaging with|` +
      // "a bridge between X and Y": the subject keeps links with both.
      `(?:an? |the )?(?:two-way |direct |formal |vital |key )?(?:communications? )?(?:bridge|route|channel|conduit) between`,
  ),
  forward('INFLUENCES', `influences?|influencing|lobb(?:y|ies|ied|ying)|shapes?|shaping`),
  forward(
    'TAKES_PART_IN',
    `takes? part in|took part in|participat\\w* in|attend\\w*|involved in|contributes? to|contributed to`,
  ),
  forward('PRESENTED_AT', `presented at|spoke at|speaking at|presentation (?:at|to)`),
  forward('ALIGNED_WITH', `aligned (?:with|to)|in line with|alignment with`),
  forward(
    'HANDS_ASSETS_TO',
    `hand(?:s|ed|ing)? (?:over )?(?:its |their )?(?:assets |resources |work )?(?:over )?to|transferr?(?:s|ed|ing)? to`,
  ),
];

/**
 * Words right before a trigger that make it no statement about the stakeholder before it: "plans
 * to extend membership of X" is not membership.
 */
export const NOT_ITS_OWN = /\b(?:extend|expand|widen|open|increase|grow|seek|seeks|seeking)\s+(?:the\s+|its\s+)?$/i;

/**
 * Words between a trigger and the next name that make that name no object of it: "welcomed the
 * collaboration between itself and X" (X is not welcomed), "join your nearest X" (the reader, not the
 * text's subject, joins), "chairs the group hosted by X" (X is not chaired).
 */
export const OTHER_OBJECT = /\b(?:between|among|amongst|by|itself|themselves|your|my|our)\b/i;

/** Words before a trigger that deny it ("is not a member of", "no longer chairs"). */
export const NEGATION =
  /\b(?:not|never|no longer|neither|nor|none of|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|doesn['’]t|didn['’]t|won['’]t)\b/i;
