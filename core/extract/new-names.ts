/**
 * Names a text gives that the atlas does not hold, proposed as new stakeholders with the sentence
 * they stand in: people (after a title, or before ", <role> of/at"), organisations (capitalised
 * words ending in Council, Association, Department, Service, Society, Ltd…, or "Department for …")
 * and programmes (… programme, fund, strategy, declaration…). "Full Name (ACR)" gives the acronym
 * as an alias. Words the matcher already read as a known stakeholder are never proposed.
 */
import type { Mention } from './known-names.ts';
import { ORG_ENDS } from './name-words.ts';
import { splitSentences } from './sentences.ts';

export interface ProposedStakeholder {
  name: string;
  kind: 'BODY' | 'PERSON' | 'PROGRAMME';
  start: number;
  end: number;
  /** The sentence it stands in (exact text, so it passes the quote rule). */
  sentence: string;
  /** An acronym given in brackets right after it. */
  acronym: string | null;
  /** A person's role as the text gives it ("Chair of the Forum"). */
  role: string | null;
}

const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const JOINED = `(?:${WORD}|&|and|of|for|the|on|in)`;
const PROGRAMME_ENDS =
  'Programme|Program|Fund|Strategy|Declaration|Initiative|Project|Plan|Manifesto|Charter|Framework|Scheme|Campaign';
const TITLES = 'Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness|Rt Hon';
const ROLES =
  'Chair|Chairman|Chairwoman|Vice[- ]Chair|President|Director|Chief Executive|Chief Information Officer|CIO|CTO|' +
  'Head|Leader|Manager|Officer|Secretary|Minister|Founder|Editor|Partner|Member';

/**
 * A role after a name: "the Chair of …", "GDS Director for …", or in lower case as some house styles
 * write it ("deputy director of …"), then without an article ("Last Tuesday, the chair" is no person).
 */
const QUALIFIERS = `(?:(?:[Dd]eputy|[Aa]ssistant|[Aa]cting|[Ii]nterim|[Ss]enior|\\p{Lu}{2,}\\p{L}*) ){0,2}`;
const ROLE_AFTER_NAME = `(?:(?:the |a |new |former )?${QUALIFIERS}(?:${ROLES})|${QUALIFIERS}(?:${ROLES.toLowerCase()}))`;
/** Roles that stand before a name after the body's name ("CIPFA chief executive Ann Lee"). */
const ROLES_BEFORE = 'Chair|Chairman|Chairwoman|President|Director|Chief Executive|Minister|Secretary|Leader|Editor';
const ANY_CASE_ROLES_BEFORE = `${ROLES_BEFORE}|${ROLES_BEFORE.toLowerCase()}`;
const FULL_NAME = "\\p{Lu}[\\p{Ll}'’-]+ \\p{Lu}[\\p{Ll}'’-]+";

const PATTERNS: { kind: ProposedStakeholder['kind']; regex: RegExp }[] = [
  { kind: 'PROGRAMME', regex: new RegExp(`\\b(?:${WORD} )(?:${JOINED} )*(?:${PROGRAMME_ENDS})\\b`, 'gu') },
  { kind: 'BODY', regex: new RegExp(`\\bDepartment (?:for|of) ${WORD}(?: (?:${JOINED}))*`, 'gu') },
  { kind: 'BODY', regex: new RegExp(`\\b(?:${WORD} )(?:${JOINED} )*(?:${ORG_ENDS})\\b`, 'gu') },
  { kind: 'PERSON', regex: new RegExp(`\\b(?:${TITLES})\\.? (?:\\p{Lu}[\\p{Ll}'’-]+ ?){1,3}`, 'gu') },
  {
    kind: 'PERSON',
    regex: new RegExp(`\\b${FULL_NAME}(?=, ${ROLE_AFTER_NAME}\\b)`, 'gu'),
  },
  {
    kind: 'PERSON',
    // Two capitalised words, no third, and not a body's or programme's name ("Director Digital Services").
    regex: new RegExp(
      `(?<=\\p{Lu}\\p{L}* (?:${ANY_CASE_ROLES_BEFORE}) )(?!\\p{Lu}\\p{L}* (?:${ORG_ENDS}|${PROGRAMME_ENDS})\\b)${FULL_NAME}\\b(?! \\p{Lu})`,
      'gu',
    ),
  },
];

const LEADING_NOISE = /^(?:The|A|An|And|Of|For|On|In|This|Our|Its|Their|His|Her|Both|Each)\s+/;
/** "Later the Open Data Charter": a sentence's first word before "the" is not part of the name. */
const LEADING_WORDS_THEN_THE = /^\p{Lu}\p{Ll}+\s+the\s+/u;
const TRAILING_JOINERS = /\s+(?:&|and|of|for|the|on|in)$/;
const ROLE_AFTER = new RegExp(`^, (${ROLE_AFTER_NAME}[^,.;()]{0,60})`, 'u');
const ROLE_BEFORE = new RegExp(`((?:\\p{Lu}\\p{L}* )+(?:${ANY_CASE_ROLES_BEFORE})) $`, 'u');

export function proposeStakeholders(text: string, mentions: readonly Mention[]): ProposedStakeholder[] {
  const known = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);
  const taken: { start: number; end: number }[] = [];
  const proposals: ProposedStakeholder[] = [];
  const seen = new Set<string>();
  for (const sentence of splitSentences(text)) {
    const words = text.slice(sentence.start, sentence.end);
    for (const { kind, regex } of PATTERNS) {
      regex.lastIndex = 0;
      for (let match = regex.exec(words); match; match = regex.exec(words)) {
        let name = match[0].trim().replace(TRAILING_JOINERS, '');
        let start = sentence.start + match.index;
        const noise = LEADING_NOISE.exec(name) ?? LEADING_WORDS_THEN_THE.exec(name);
        if (noise) {
          name = name.slice(noise[0].length);
          start += noise[0].length;
        }
        const end = start + name.length;
        if (name.split(' ').length < 2 || known(start, end) || taken.some((t) => t.start < end && start < t.end))
          continue;
        taken.push({ start, end });
        if (seen.has(name.toLowerCase())) continue;
        seen.add(name.toLowerCase());
        const after = text.slice(end, end + 80);
        proposals.push({
          name,
          kind,
          start,
          end,
          sentence: words,
          acronym: /^ \((\p{Lu}[\p{Lu}\p{Ll}&.]*\p{Lu})\)/u.exec(after)?.[1] ?? null,
          role:
            kind === 'PERSON'
              ? (ROLE_AFTER.exec(after)?.[1]?.trim() ??
                ROLE_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1] ??
                null)
              : null,
        });
      }
    }
  }
  return proposals.sort((a, b) => a.start - b.start);
}
