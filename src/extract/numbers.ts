/**
 * @module extract/numbers
 * Finds numbers in English text — digits ("1,200", "1.300", "(5,982)", "1 135") and words
 * ("twenty-four", "a dozen", "hundreds") — with the qualifier that precedes them ("over",
 * "nearly", "at least", a range). Pure and linear: one sticky-regex scan per text. The value
 * grammar (`parseDigits`, `wordsToNumber`) is exported so the Russian extractor can reuse the
 * digit rules.
 */
import type { Qualifier } from "./facts.js";
import { isRegexSpace, isSpace, lastOf, lastWords } from "./scan.js";

/** One number found in the text, with its qualifier. Offsets are absolute UTF-16 indices. */
export interface NumberMention {
  value: number;
  /** Start/end of the number itself. */
  start: number;
  end: number;
  qualifier: Qualifier;
  /** Start of the qualifier words when present ("more than 30" starts at "more"). */
  qualStart: number;
  /** True for "hundreds", "dozens": a vague plural, not a count. */
  vague: boolean;
  /** True when written in words ("thirty"). */
  words: boolean;
  /** The range's lower bound for "50-70" / "between 50 and 70". */
  rangeFrom?: number;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };

/** Ordinal words to their number ("sixth" -> 6); used for rounds and "the eleventh to be freed". */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};

/** Parses an ordinal word or "6th" to its number, or null. */
export function parseOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  if (w in ORDINALS) return ORDINALS[w] ?? null;
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  return m ? Number(m[1]) : null;
}

/**
 * Parses digits with thousands separators. "1,200" and "1.300" and "1 135" are thousands
 * (three digits after the separator); "1.5" is a decimal.
 * @example parseDigits("1.300") // 1300
 */
export function parseDigits(raw: string): number | null {
  if (raw.length <= 15 && allDigits(raw)) return Number(raw);
  const s = raw.replace(/[\u00a0\u202f\u2009]/g, " ");
  if (/^\d{1,3}(?:[, . ]\d{3})+$/.test(s)) return Number(s.replace(/[, . ]/g, ""));
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d+[.,]\d{1,2}$/.test(s)) return Number(s.replace(",", "."));
  return null;
}

/** Whether a non-empty string is only ASCII digits (the common case, read without a regex). */
function allDigits(raw: string): boolean {
  if (raw.length === 0) return false;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Converts a sequence of English number words to a value ("twenty-four" -> 24,
 * "one hundred and five" -> 105, "a dozen" -> 12). Returns null when the words are not a number.
 */
export function wordsToNumber(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w === "and" || w === "a" || w === "an") continue;
    if (w === "dozen") {
      current = (current || 1) * 12;
      seen = true;
    } else if (w in UNITS) {
      current += UNITS[w] ?? 0;
      seen = true;
    } else if (w in TENS) {
      current += TENS[w] ?? 0;
      seen = true;
    } else if (w === "hundred") {
      current = (current || 1) * 100;
      seen = true;
    } else if (w in SCALES) {
      total += (current || 1) * (SCALES[w] ?? 1);
      current = 0;
      seen = true;
    } else {
      const parts = w.split("-");
      if (parts.length === 2 && parts[0]! in TENS && parts[1]! in UNITS) {
        current += (TENS[parts[0]!] ?? 0) + (UNITS[parts[1]!] ?? 0);
        seen = true;
      } else {
        return null;
      }
    }
  }
  return seen ? total + current : null;
}

const UNIT_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS)].join("|");
const WORD_ATOM_ALTS = [...Object.keys(TENS).map((t) => `${t}-(?:${Object.keys(UNITS).join("|")})`), ...UNIT_WORDS.split("|"), "hundred", "thousand", "million", "dozen"];
// The same alternatives in the same order, grouped under their first letter ("t(?:wenty-…|wo|hree|…)"):
// alternatives with different first letters never match at one position, so the matches are
// unchanged, but the engine tests one letter instead of every word at each position.
const byFirst = new Map<string, string[]>();
for (const a of WORD_ATOM_ALTS) byFirst.set(a[0]!, [...(byFirst.get(a[0]!) ?? []), a.slice(1)]);
const WORD_ATOM = `(?:${[...byFirst].map(([c, rest]) => `${c}(?:${rest.join("|")})`).join("|")})`;
// A digit group: "1,200", "1.300", "1 135", "1144", "1.5"; then an optional scale word.
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+(?:\.\d{1,2})?`;
// The number grammar, tried only at a candidate position (see NUMBER_CANDIDATE), sticky so that
// each try reads at that one position.
const NUMBER_AT = new RegExp(
  String.raw`(?:\((${DIGITS})\)|(${DIGITS})(?:\s?(million|thousand|m\b|bn\b))?|((?:an?\s+)?${WORD_ATOM}(?:(?:\s+|\s+and\s+|-)${WORD_ATOM})*)|(dozens|hundreds|thousands|scores|tens of thousands))(?![\w]|:\d)`,
  "iy",
);

// Where a number can start: a run of digits, "(" before a digit, a word that can open a number,
// or "a"/"an" before a scale word ("a dozen" keeps its article). A flat list of whole words scans
// about three times faster than the full grammar above tried at every letter, and the grammar
// then runs only a few times per sentence.
const OPENERS = [...Object.keys(UNITS), ...Object.keys(TENS), "hundreds", "hundred", "thousands", "thousand", "million", "dozens", "dozen", "scores", "tens"];
/** Any whitespace: a number written as one word ("twelve", "twenty-one") needs no split. */
const HAS_SPACE = /\s/;

const NUMBER_CANDIDATE = new RegExp(String.raw`\d+|\((?=\d)|\ban?\s+(?=(?:dozen|hundred|thousand|million)\b)|\b(?:${OPENERS.join("|")})\b`, "gi");

// Qualifiers read backwards from the number, as word sequences (nearest word last).
const QUALIFIER_PHRASES: [string, Qualifier][] = [
  ["at least", "at_least"], ["no fewer than", "at_least"], ["no less than", "at_least"], ["a minimum of", "at_least"], ["as many as", "at_least"],
  ["more than", "over"], ["over", "over"], ["in excess of", "over"], ["upwards of", "over"], ["above", "over"], ["exceeding", "over"],
  ["well over", "over"], ["just over", "over"],
  ["about", "about"], ["some", "about"], ["around", "about"], ["nearly", "about"], ["almost", "about"], ["approximately", "about"],
  ["roughly", "about"], ["close to", "about"], ["an estimated", "about"], ["estimated", "about"], ["approx.", "about"], ["circa", "about"],
  ["just under", "about"], ["up to", "up_to"],
  // A ceiling: the schema has no "under", and up_to is what a range's upper bound is read as.
  ["fewer than", "up_to"], ["less than", "up_to"], ["no more than", "up_to"], ["not more than", "up_to"], ["at most", "up_to"],
  ["not less than", "at_least"], ["not fewer than", "at_least"],
];
const BY_LAST_WORD = new Map<string, { words: string[]; q: Qualifier }[]>();
for (const [phrase, q] of QUALIFIER_PHRASES) {
  const words = phrase.split(" ");
  const last = words[words.length - 1]!;
  const list = BY_LAST_WORD.get(last) ?? [];
  list.push({ words, q });
  // Longer phrases first: "well over" before "over".
  list.sort((a, b) => b.words.length - a.words.length);
  BY_LAST_WORD.set(last, list);
}

/** A word without an opening quote or bracket: '"More than 1,100' reads "more". */
function bare(w: string): string {
  const c = w.charCodeAt(0);
  return c === 34 || c === 39 || c === 40 || c === 0x201c || c === 0x2018 || c === 0xab ? w.replace(/^["'(\u201c\u2018\u00ab]+/, "") : w;
}

/** Reads the qualifier before `start` in `text` (looks back at most three words). */
export function qualifierBefore(text: string, start: number): { qualifier: Qualifier; qualStart: number } {
  // Most numbers have no qualifier: read one word first, three only when it can end a phrase.
  // The nearest word read in place (as lastWords(…, 1) would, without allocating a list).
  const floor = Math.max(0, start - 40);
  let i = start;
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  let j = i;
  while (j > floor && !isSpace(text.charCodeAt(j - 1))) j--;
  if (j === i || !BY_LAST_WORD.has(bare(text.slice(j, i).toLowerCase()))) return { qualifier: "exact", qualStart: start };
  const words = lastWords(text, start, Math.max(0, start - 40), 3);
  const candidates = words[0] ? BY_LAST_WORD.get(bare(words[0].word)) : undefined;
  if (candidates) {
    for (const c of candidates) {
      const n = c.words.length;
      if (words.length < n) continue;
      let ok = true;
      for (let k = 0; k < n; k++) if (bare(words[k]!.word) !== c.words[n - 1 - k]) ok = false;
      if (ok) return { qualifier: c.q, qualStart: words[n - 1]!.start + (words[n - 1]!.word.length - bare(words[n - 1]!.word).length) };
    }
  }
  return { qualifier: "exact", qualStart: start };
}

/**
 * "300-odd", "300 or so", "200-plus", "200+": a qualifier written after the number, read in the
 * eight characters after it (as /^(?:-odd|\s+odd|\s+or so|-plus|\+)/ would, without the regex).
 */
function qualifierAfter(text: string, end: number): Qualifier | null {
  const nc = text.charCodeAt(end);
  if (nc === 43) return "over";
  if (nc === 45) return text.startsWith("-odd", end) ? "about" : text.startsWith("-plus", end) && end + 5 <= text.length ? "over" : null;
  if (nc !== 32) return null;
  const limit = Math.min(text.length, end + 8);
  let k = end;
  while (k < limit && isRegexSpace(text.charCodeAt(k))) k++;
  if (k + 3 <= limit && text.startsWith("odd", k)) return "about";
  if (k + 5 <= limit && text.startsWith("or so", k)) return "about";
  return null;
}

/**
 * Finds every number in `text[from, to)`. Offsets are absolute. Linear in the span's length.
 * @example findNumbers("over 1,200 remain").map(n => n.value) // [1200]
 */
export function findNumbers(text: string, from = 0, to = text.length): NumberMention[] {
  const out: NumberMention[] = [];
  const span = text.slice(from, to);
  // Shared regexes, reset per call (a fresh RegExp per call would never leave V8's interpreter
  // tier); safe because the loop below never re-enters findNumbers.
  const scan = NUMBER_CANDIDATE;
  const re = NUMBER_AT;
  scan.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = scan.exec(span)) !== null) {
    re.lastIndex = c.index;
    const m = re.exec(span);
    if (m === null) continue;
    // Go on after the match (as a global scan of the grammar would).
    scan.lastIndex = m.index + m[0].length;
    // Checked here rather than as a lookbehind: a number glued to a word, a decimal point, a
    // time or "COVID-19" is not a count.
    const abs = from + m.index;
    const pc = abs > 0 ? text.charCodeAt(abs - 1) : 32;
    const first = m[0].charCodeAt(0);
    const firstIsLetter = (first | 32) >= 97 && (first | 32) <= 122;
    if (isWordChar(pc)) continue;
    if (!firstIsLetter && (pc === 46 || pc === 44 || pc === 47 || pc === 58)) continue; // . , / :
    if (!firstIsLetter && pc === 45 && abs > 1 && isLetter(text.charCodeAt(abs - 2))) continue; // COVID-19
    // Groups by index (named groups allocate an object per match): 1 (digits), 2 digits, 3 scale, 4 words, 5 vague.
    let value: number | null = null;
    let vague = false;
    let words = false;
    let start = abs;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      value = parseDigits(m[1]);
    } else if (m[2] !== undefined) {
      value = parseDigits(m[2]);
      const scale = m[3]?.toLowerCase();
      if (value !== null && scale) value *= scale === "thousand" ? 1000 : scale === "bn" ? 1e9 : 1e6;
      if (value !== null && !Number.isInteger(value)) value = Math.round(value);
    } else if (m[4] !== undefined) {
      const w = m[4];
      value = wordsToNumber(HAS_SPACE.test(w) ? w.split(/\s+/) : [w]);
      words = true;
      // "a dozen", "a thousand" keep their article; elsewhere "a"/"an" is not part of the number.
      if ((first | 32) === 97 && /^an?\s/i.test(w) && !/dozen|hundred|thousand|million/i.test(w)) start += w.indexOf(" ") + 1;
      // "several hundred", "a few thousand", "several dozen": vague, not a count of 100.
      if (/^(?:hundred|thousand|dozen)s?$/i.test(w) && /\b(?:several|a few|few|many|some)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) vague = true;
      // "half a dozen": six, read from "half".
      if (value === 12 && (first | 32) === 97 && /\bhalf\s+$/i.test(text.slice(Math.max(0, start - 6), start))) {
        value = 6;
        start = text.lastIndexOf("alf", start) - 1;
      }
    } else if (m[5] !== undefined) {
      vague = true;
      const v = m[5].toLowerCase();
      value = v.startsWith("tens") ? 10000 : v === "thousands" ? 1000 : v === "hundreds" ? 100 : 12;
    }
    if (value === null || !Number.isFinite(value)) continue;
    const q = qualifierBefore(text, start);
    // "300-odd", "300 or so", "200-plus": the qualifier follows the number.
    if (q.qualifier === "exact") {
      const tail = qualifierAfter(text, end);
      if (tail) q.qualifier = tail;
    }
    const mention: NumberMention = { value, start, end, qualifier: q.qualifier, qualStart: q.qualStart, vague, words, rangeFrom: undefined };
    // A range "50-70" or "50 to 70" or "between 50 and 70": the schema keeps the ceiling as up_to.
    const prev = lastOf(out);
    if (prev && !prev.vague && start - prev.end <= 6) {
      const gap = text.slice(prev.end, start);
      if (/^\s*(?:-|–|—|to)\s*$/.test(gap) || (/^\s+and\s+$/.test(gap) && /\bbetween\s+$/i.test(text.slice(Math.max(0, prev.start - 10), prev.start)))) {
        if (prev.value < value && !(prev.value >= 1900 && prev.value <= 2100)) {
          out.pop();
          mention.rangeFrom = prev.value;
          mention.start = prev.start;
          mention.qualStart = prev.qualStart;
          mention.qualifier = "up_to";
        }
      }
    }
    out.push(mention);
  }
  return out;
}

function isLetter(c: number): boolean {
  const l = c | 32;
  return (l >= 97 && l <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}
