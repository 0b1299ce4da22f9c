/**
 * @module extract/en/counts
 * Reads what a number in a sentence counts: the noun it attaches to ("32 people", "five
 * Belarusian nationals", "17 of them"), or that it is not a count at all (a year, an age, a
 * prison term, a time, a section number, a day of a month).
 */
import { findNumbers, type NumberMention } from "../numbers.js";
import type { Span } from "../sentences.js";
import { isRegexSpace, isSpace, isWordCode } from "../scan.js";
import { NOT_COUNT_AFTER, NOT_COUNT_AFTER_PREFIXES, NOT_COUNT_AFTER_WORDS, NOUN_MODIFIERS, PEOPLE_NOUNS } from "./lexicon.js";

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
const MONTH_AFTER = new RegExp(`^\\s*(?:of\\s+)?${MONTH.source}\\b`);

// Words just before a number (lower-cased) that make it an age, a code or an index.
const NOT_COUNT_PREV = new Set(
  "aged age ages under older younger no no. nos nos. number section sections article articles part chapter clause paragraph item case page room cell block ward colony ik sizo constituency district route flight top uprising decree № # $ € £ usd eur byn".split(" "),
);

/** The last `n` words before `pos` (lower-cased), nearest first. */
function wordsBefore(text: string, pos: number, floor: number, n: number): string[] {
  // lastWords(…).map(w => w.word), read in place without the intermediate objects.
  const out: string[] = [];
  let i = pos;
  while (out.length < n && i > floor) {
    while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
    let j = i;
    while (j > floor && !isSpace(text.charCodeAt(j - 1))) j--;
    if (j === i) break;
    out.push(text.slice(j, i).toLowerCase());
    i = j;
  }
  return out;
}


/**
 * NOT_COUNT_AFTER.test(text.slice(end, end + 24)), decided by reading the word after the number
 * where that settles it (most numbers are followed by a plain word): the pattern runs only for
 * the punctuated forms ("p.m.", "(a)", ":30", "%").
 */
function notCountAfter(text: string, end: number): boolean {
  const c0 = text.charCodeAt(end);
  const p = c0 === 45 || isRegexSpace(c0) ? end + 1 : end;
  const c = text.charCodeAt(p);
  if ((c | 32) >= 97 && (c | 32) <= 122 && p < end + 24) {
    let q = p + 1;
    const limit = Math.min(text.length, end + 24);
    while (q < limit && ((text.charCodeAt(q) | 32) >= 97 && (text.charCodeAt(q) | 32) <= 122)) q++;
    const word = text.slice(p, q).toLowerCase();
    if (NOT_COUNT_AFTER_PREFIXES.has(word) || q === limit || isWordCode(text.charCodeAt(q))) return NOT_COUNT_AFTER.test(text.slice(end, end + 24));
    if (NOT_COUNT_AFTER_WORDS.has(word)) return true;
    // A plain word not in the list: only the "-year"-style alternatives could still match, and
    // they start with the hyphen this branch has read past or with a letter it has read.
    return false;
  }
  // No word: "%", "(a)", ":30", "/2", or nothing that can match.
  let k = end;
  while (k < end + 24 && isRegexSpace(text.charCodeAt(k))) k++;
  const ck = text.charCodeAt(k);
  if (c === 37 || c === 45 || ck === 40 || ck === 58 || ck === 47) return NOT_COUNT_AFTER.test(text.slice(end, end + 24));
  return false;
}

const AGE_WORDS = new Set(["older", "younger"]);
const FAMILY_OWNERS = new Set(["their", "his", "her", "my", "our", "your"]);
const BREAKDOWN_VERBS = new Set(["are", "is", "were", "aged"]);

/** Whether a word ends in a currency or number sign ("$", "€", "£", "#", "№"). */
function endsInSign(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  return c === 36 || c === 0x20ac || c === 0xa3 || c === 35 || c === 0x2116;
}

/** Whether a number is not a head count: a year, a date, an age, a term, a code. */
export function isNotCount(text: string, n: NumberMention, sentenceStart: number): boolean {
  if (notCountAfter(text, n.end)) return true;
  // "…terminally ill.[13]", "prisoners[4]": a footnote marker in brackets right after a word or a stop.
  if (text.charCodeAt(n.start - 1) === 91 && text.charCodeAt(n.end) === 93 && n.start >= 2 && !isSpace(text.charCodeAt(n.start - 2))) return true;
  // The second word back is read only for the few first words that need it ("older than", "of age", "of the").
  const prevQ = wordsBefore(text, n.qualStart, sentenceStart, 1);
  const prevN = n.qualStart === n.start ? prevQ : wordsBefore(text, n.start, sentenceStart, 1);
  const p0 = prevQ[0] ?? "";
  const n0 = prevN[0] ?? "";
  if (p0 === "than" || p0 === "of" || p0 === "the") prevQ.push(...wordsBefore(text, n.qualStart, sentenceStart, 2).slice(1));
  if (p0 === "than" && prevN !== prevQ) prevN.push(...wordsBefore(text, n.start, sentenceStart, 2).slice(1));
  if (NOT_COUNT_PREV.has(p0) || NOT_COUNT_PREV.has(n0) || (n0 !== "" && endsInSign(n0))) return true;
  if ((p0 === "than" && AGE_WORDS.has(prevQ[1] ?? "")) || (p0 === "of" && prevQ[1] === "age")) return true;
  // "fewer than one in ten of those freed": a ratio's denominator, not a count.
  if (p0 === "in" && n.qualStart >= 7 && (text.startsWith("one in ", n.qualStart - 7) || text.startsWith("One in ", n.qualStart - 7))) return true;
  // "three of the twenty-three": the group referred to, not a new count.
  if (p0 === "the" && prevQ[1] === "of" && /^\s+(?:are|were|is|was|have|had|suffer)\b/.test(text.slice(n.end, n.end + 24))) return true;
  // "August 16" / "16 August": a day of the month (not "January, 1,244 people").
  const dayLike = n.value >= 1 && n.value <= 31 && n.end - n.start <= 2;
  // (Not "on 16 August, 14 were women": the month already has its day, the comma ends the date.)
  // ("In June, 14 people …": "in" before the month and a comma after it; nobody writes "in June 14".)
  if (dayLike && ((MONTH_WORDS.has(n0) && !(n0.endsWith(",") && (dayBeforeMonth(text, n.start, sentenceStart) || inBeforeMonth(text, n.start, sentenceStart)))) || MONTH_AFTER.test(text.slice(n.end, n.end + 24)))) return true;
  // A year: four digits in 1900–2100 written without a separator and not followed by people.
  if (n.value >= 1900 && n.value <= 2100 && n.end - n.start === 4) {
    if (!/^\s+(?:political\s+)?(?:people|persons|prisoners|detainees|political)/.test(text.slice(n.end, n.end + 24))) return true;
  }
  // "nine are over 50": an age inside a breakdown, read by the breakdown rules.
  if (n.qualifier !== "exact" && BREAKDOWN_VERBS.has(p0) && /^(?:over|above|under)/i.test(text.slice(n.qualStart, n.start))) return true;
  if ((p0 === "than" && AGE_WORDS.has(prevN[1] ?? "")) || AGE_WORDS.has(n0)) return true;
  // "with their two children": someone's family, not a count on the topic.
  if (FAMILY_OWNERS.has(p0) && /^\s+(?:children|sons|daughters|kids|grandchildren|brothers|sisters)\b/.test(text.slice(n.end, n.end + 24))) return true;
  return false;
}

/** "16 August, 14": the word before the month word that precedes the number at `pos` is a day (one or two digits). */
function dayBeforeMonth(text: string, pos: number, floor: number): boolean {
  const w = wordsBefore(text, pos, floor, 2)[1] ?? "";
  return /^\d{1,2}$/.test(w);
}

/**
 * "In June, 14", "In late March, 14", "Since July, 30": the word before the month word that precedes
 * the number at `pos` makes the month a period of its own ("in", "late", "since" …), not a day's.
 */
function inBeforeMonth(text: string, pos: number, floor: number): boolean {
  const w = wordsBefore(text, pos, floor, 2)[1] ?? "";
  return MONTH_PERIOD_BEFORE.has(w.toLowerCase());
}

const MONTH_PERIOD_BEFORE: ReadonlySet<string> = new Set(["in", "late", "early", "mid", "mid-", "since", "by", "until", "during", "last", "through", "throughout"]);

/** Month words as read before a number, lower-cased, with "." and "," as they may follow ("aug.", "august,"). */
const MONTH_WORDS: ReadonlySet<string> = new Set(
  "jan january feb february mar march apr april may jun june jul july aug august sep sept sepember september oct october nov november dec december"
    .split(" ")
    .flatMap((m) => [m, `${m}.`, `${m},`, `${m}.,`]),
);

const CASES_OF_Y = /\s+of\s+(?:[\w-]+\s+){0,2}(?:persecution|repression|detention|arrests?|prosecution|torture)/y;
const GROUP_NOUN_Y = /\s+(?:prisoners|nationals|citizens|activists|journalists)\b/y;
function stickyAt(re: RegExp, s: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(s);
}

/** Whether `rest` opens with "-odd", "-plus", or spaces then "odd" / "or so": what the "300-odd" pattern needs. */
function mayOpenWithOdd(rest: string): boolean {
  if (rest.charCodeAt(0) === 45) return rest.startsWith("-odd") || rest.startsWith("-plus");
  let k = 0;
  while (isRegexSpace(rest.charCodeAt(k))) k++;
  return k > 0 && (rest.startsWith("odd", k) || rest.startsWith("or so", k));
}

/** Whether `rest` opens with `)? \s* ,? \s* of `: the prefix every "17 of them" needs (read without a regex). */
function mayStartWithOf(rest: string): boolean {
  let k = rest.charCodeAt(0) === 41 ? 1 : 0;
  while (isRegexSpace(rest.charCodeAt(k))) k++;
  if (rest.charCodeAt(k) === 44) k++;
  while (isRegexSpace(rest.charCodeAt(k))) k++;
  return rest.startsWith("of ", k);
}

/** Reads the noun phrase after a number: skips up to three modifiers, then a people noun. */
function nounAfter(text: string, end: number, limit: number): { noun: string; end: number; partOf: boolean } {
  const rest = text.slice(end, Math.min(limit, end + 80));
  const part = mayStartWithOf(rest) ? /^\)?\s*,?\s*of (?:them|these|those(?: (?:pardoned|freed|released|detained|convicted|jailed|still (?:held|behind bars|in prison|in custody))(?![\w-]))?|us|whom|which|the (?:[\w-]+ )?(?:[\w-]+))(?![\w-])/.exec(rest) : null;
  if (part) return { noun: part[0].replace(/^\)?\s*of\s+/, ""), end: end + part[0].length, partOf: true };
  // Up to three modifiers, then the noun: "30 political prisoners", "13 other inmates".
  // Each word is read by char codes at `pos`, as /\)?\s*([\w-]+)/y would (a regex call per word
  // cost more than the reading); the sticky patterns below read at `pos` inside `rest`.
  let pos = 0;
  const mods: string[] = [];
  const odd = mayOpenWithOdd(rest) ? /^(?:-odd|-plus|\s+odd|\s+or so)\b/.exec(rest) : null;
  if (odd) pos = odd[0].length;
  for (let k = 0; k < 4; k++) {
    let q = pos;
    if (rest.charCodeAt(q) === 41) q++;
    while (isRegexSpace(rest.charCodeAt(q))) q++;
    const wordStart = q;
    while (q < rest.length && (isWordCode(rest.charCodeAt(q)) || rest.charCodeAt(q) === 45)) q++;
    if (q === wordStart) break;
    pos = q;
    const word = rest.slice(wordStart, q);
    // "80 cases of political persecution": cases count people on this topic.
    if (word === "cases" && stickyAt(CASES_OF_Y, rest, pos)) {
      return { noun: (mods.length ? `${mods.join(" ")} ${word}` : word), end: end + pos, partOf: false };
    }
    if (PEOPLE_NOUNS.has(word) && !(NOUN_MODIFIERS.has(word) && stickyAt(GROUP_NOUN_Y, rest, pos))) {
      return { noun: (mods.length ? `${mods.join(" ")} ${word}` : word), end: end + pos, partOf: false };
    }
    if (!NOUN_MODIFIERS.has(word)) break;
    mods.push(word);
  }
  return { noun: "", end, partOf: false };
}

/** Hyphen, en dash, em dash. */
const DASHES = new Set([45, 0x2013, 0x2014]);

/** Whether only a bullet ("*", "•", "-") and spaces stand between the start of the line (or sentence) and `pos`. */
function lineLead(text: string, pos: number, floor: number): boolean {
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 42 && c !== 0x2022 && c !== 45) return false;
  }
  return true;
}

/** The candidate counts of one sentence, in order. */
export function countsIn(text: string, s: Span, index: number): CountMention[] {
  const out: CountMention[] = [];
  for (const n of findNumbers(text, s.start, s.end)) {
    if (isNotCount(text, n, s.start)) continue;
    // "* 342 - people freed in 2025": a figure heading its bullet line, its noun after a spaced dash.
    const dash = text.charCodeAt(n.end) === 32 && DASHES.has(text.charCodeAt(n.end + 1)) && text.charCodeAt(n.end + 2) === 32 && lineLead(text, n.qualStart, s.start);
    const np = nounAfter(text, dash ? n.end + 2 : n.end, s.end);
    // Built field by field (not by spreading `n`): one stable object shape keeps this loop fast.
    out.push({
      value: n.value,
      start: n.start,
      end: n.end,
      qualifier: n.qualifier,
      qualStart: n.qualStart,
      vague: n.vague,
      words: n.words,
      rangeFrom: n.rangeFrom,
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
