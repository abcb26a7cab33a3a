/**
 * Where the trigger phrases of triggers.ts stand in a sentence: every trigger (the longest of
 * overlapping ones), a participle before "and … by" read as passive ("is funded and run by X"), and
 * the run of verbs joined by "and" around a trigger ("works with and supports X").
 */
import { TRIGGERS, type Trigger } from './triggers.ts';

export interface Found {
  trigger: Trigger;
  start: number;
  end: number;
}

const COMPILED = TRIGGERS.map((trigger) => ({ trigger, regex: new RegExp(`\\b(?:${trigger.pattern})\\b`, 'giu') }));

/** Every trigger in the stretch, the longest where two overlap. */
export function triggersIn(text: string, start: number, end: number): Found[] {
  const slice = text.slice(start, end);
  const all: Found[] = [];
  for (const { trigger, regex } of COMPILED) {
    regex.lastIndex = 0;
    for (let match = regex.exec(slice); match; match = regex.exec(slice)) {
      all.push({ trigger, start: start + match.index, end: start + match.index + match[0].length });
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const found of all)
    if (!kept.some((other) => found.start < other.end && other.start < found.end)) kept.push(found);
  return kept.sort((a, b) => a.start - b.start);
}

const AND_ONLY = /^\s*(?:and|or|&)\s*$/i;
const REVERSE_BY = COMPILED.filter(({ trigger }) => trigger.direction === 'reverse').map(({ trigger }) => ({
  trigger,
  regex: new RegExp(`^(?:${trigger.pattern})$`, 'iu'),
}));

/** "is managed and run by X": a participle before "and … by" is passive too ("managed by"). */
export function passiveParticiples(text: string, triggers: Found[]): Found[] {
  return triggers.map((found, at) => {
    const next = triggers[at + 1];
    if (found.trigger.direction !== 'forward' || !next || next.trigger.direction !== 'reverse') return found;
    if (!/\sby$/i.test(text.slice(next.start, next.end)) || !AND_ONLY.test(text.slice(found.end, next.start)))
      return found;
    const passive = `${text.slice(found.start, found.end)} by`;
    const reverse = REVERSE_BY.find(({ trigger, regex }) => trigger.type === found.trigger.type && regex.test(passive));
    return reverse ? { ...found, trigger: reverse.trigger } : found;
  });
}

/**
 * Where the run of verbs joined by "and" around a trigger starts and ends ("works with and supports"),
 * verbs of one voice only: "is funded and run by X" is no funding by the subject, so "funded" stays
 * cut off from X.
 */
export function coordinatedVerbs(text: string, triggers: readonly Found[], found: Found): [number, number] {
  let start = found;
  let end = found;
  const joins = (from: Found, to: Found, other: Found) =>
    other.trigger.direction === found.trigger.direction && AND_ONLY.test(text.slice(from.end, to.start));
  for (let other = triggers.indexOf(found) - 1; other >= 0; other--) {
    if (!joins(triggers[other]!, start, triggers[other]!)) break;
    start = triggers[other]!;
  }
  for (let other = triggers.indexOf(found) + 1; other < triggers.length; other++) {
    if (!joins(end, triggers[other]!, triggers[other]!)) break;
    end = triggers[other]!;
  }
  return [start.start, end.end];
}
