/**
 * @module extract/en/counts
 * Reads what a number in a sentence counts: the noun it attaches to ("32 people", "five
 * Belarusian nationals", "17 of them"), or that it is not a count at all (a year, an age, a
 * prison term, a time, a section number, a day of a month).
 */
import { findNumbers, type NumberMention } from "../numbers.js";
import type { Span } from "../sentences.js";
import { NOT_COUNT_AFTER, NOT_COUNT_BEFORE, NOUN_MODIFIER, PEOPLE_NOUN } from "./lexicon.js";

/** A number in a sentence that may be a head count. */
export interface CountMention extends NumberMention {
  /** The people noun it counts ("people", "political prisoners"), or "" when none follows. */
  noun: string;
  /** End offset of the noun phrase (or of the number when there is no noun). */
  nounEnd: number;
  /** "17 of them", "(9,532) of the detainees": a part of a group already mentioned. */
  partOf: boolean;
  /** Text from the end of the noun phrase to the end of the sentence. */
  after: string;
  /** Text from the sentence start to the qualifier. */
  before: string;
  /** Index of the sentence in the document's sentence list. */
  sentence: number;
  /** Set once a fact has used this number. */
  used: boolean;
}

const MONTH = /(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)/;
const MONTH_BEFORE = new RegExp(`\\b${MONTH.source}\\.?\\s+$`);
const MONTH_AFTER = new RegExp(`^\\s*(?:of\\s+)?${MONTH.source}\\b`);

/** Whether a number is not a head count: a year, a date, an age, a term, a code. */
export function isNotCount(text: string, n: NumberMention, sentenceStart: number): boolean {
  const after = text.slice(n.end, n.end + 24);
  const before = text.slice(Math.max(sentenceStart, n.qualStart - 30), n.qualStart);
  const beforeNum = text.slice(Math.max(sentenceStart, n.start - 30), n.start);
  if (NOT_COUNT_AFTER.test(after)) return true;
  if (NOT_COUNT_BEFORE.test(before) || /(?:No\.|№|#|\$|€|£)\s*$/.test(beforeNum)) return true;
  if (MONTH_BEFORE.test(beforeNum) || MONTH_AFTER.test(after)) return true;
  // A year: four digits in 1900–2100 written without a separator and not followed by people.
  const raw = text.slice(n.start, n.end);
  if (/^\d{4}$/.test(raw) && n.value >= 1900 && n.value <= 2100) {
    if (!/^\s+(?:political\s+)?(?:people|persons|prisoners|detainees|political)/.test(after)) return true;
  }
  // "over 50" as an age inside a breakdown ("nine are over 50") is handled by the breakdown rules.
  if (/\b(?:are|is|were|aged)\s+(?:over|above|under|older than|younger than)\s+$/.test(text.slice(Math.max(sentenceStart, n.qualStart - 20), n.start))) return true;
  if (/^\s*(?:-|–)\s*(?:19|20)\d\d\b/.test(after) && n.value >= 1900 && n.value <= 2100) return true;
  return false;
}

/** Reads the noun phrase after a number: skips up to three modifiers, then a people noun. */
function nounAfter(text: string, end: number, limit: number): { noun: string; end: number; partOf: boolean } {
  const rest = text.slice(end, Math.min(limit, end + 80));
  const part = /^\)?\s*of (?:them|these|those|us|the (?:\w+ )?(?:\w+))\b/.exec(rest);
  if (part) return { noun: part[0].replace(/^\)?\s*of\s+/, ""), end: end + part[0].length, partOf: true };
  // Up to three modifiers, then the noun: "30 political prisoners", "13 other inmates".
  const tok = /^\)?\s*([\w-]+)/;
  let pos = 0;
  const mods: string[] = [];
  for (let k = 0; k < 4; k++) {
    const w = tok.exec(rest.slice(pos));
    if (!w) break;
    pos += w[0].length;
    const word = w[1]!;
    if (PEOPLE_NOUN.test(word) && !(NOUN_MODIFIER.test(word) && /^\s+(?:prisoners|nationals|citizens|activists|journalists)\b/.test(rest.slice(pos)))) {
      return { noun: [...mods, word].join(" "), end: end + pos, partOf: false };
    }
    if (!NOUN_MODIFIER.test(word)) break;
    mods.push(word);
  }
  return { noun: "", end, partOf: false };
}

/** The candidate counts of one sentence, in order. */
export function countsIn(text: string, s: Span, index: number): CountMention[] {
  const out: CountMention[] = [];
  for (const n of findNumbers(text, s.start, s.end)) {
    if (isNotCount(text, n, s.start)) continue;
    const np = nounAfter(text, n.end, s.end);
    out.push({
      ...n,
      noun: np.noun,
      nounEnd: np.end,
      partOf: np.partOf,
      after: text.slice(np.end, s.end),
      before: text.slice(s.start, n.qualStart),
      sentence: index,
      used: false,
    });
  }
  return out;
}
