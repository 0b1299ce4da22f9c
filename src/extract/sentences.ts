/**
 * @module extract/sentences
 * Splits text into sentence spans (offsets, not copies). News text is the target: a period
 * after a known abbreviation ("U.S.", "p.m.", "No.") or an initial does not end a sentence; a
 * line break always does. Spans are capped in length so that a 100 MB line without
 * punctuation is processed in bounded pieces and no later pattern sees an unbounded string.
 */

import { isRegexSpace, isWordCode } from "./scan.js";

/** A sentence: absolute [start, end) offsets into the text it came from. */
export interface Span {
  start: number;
  end: number;
}

/** Bullet characters that start a list item even inside a line. */
const BULLETS = "•●▪*";

/** Whether the bullet at `at` follows a space, and for a star, a space after no number ("2 * 3" multiplies). */
function bulletInLine(text: string, at: number): boolean {
  if (!isRegexSpace(text.charCodeAt(at - 1))) return false;
  if (text.charCodeAt(at) !== 42) return true;
  let k = at - 1;
  while (k > 0 && text.charCodeAt(k) === 32) k--;
  const c = text.charCodeAt(k);
  return !(c >= 48 && c <= 57) && !isRegexSpace(c);
}

/**
 * Whether the full stop at `dot` stands inside «…» opened in this sentence and closed within 40
 * characters on the same line: a name or title in guillemets, not a quoted sentence.
 */
function insideShortGuillemets(text: string, dot: number, start: number): boolean {
  // Read back to the sentence's start only (lastIndexOf would read to the text's).
  let open = -1;
  for (let k = dot - 1; k >= start; k--) {
    const c = text.charCodeAt(k);
    if (c === 0xbb) return false;
    if (c === 0xab) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  const close = text.indexOf("»", dot);
  if (close < 0 || close - dot > 40 || close - open > 80) return false;
  const nl = text.indexOf("\n", open);
  return nl < 0 || nl > close;
}

/** Longest span handed to the pattern layer; longer runs are cut at a space. */
export const MAX_SENTENCE = 1500;

const ABBREV = /(?:\b(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|Jr|Sr|No|Nos|vs|etc|approx|a\.m|p\.m|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|ul|pr|art|Art|pt|ч|ст|г|гг|им|т\.е|т\.к)|\b[A-Z])$/;

/**
 * Whether the word before the period at `dot` can be one of ABBREV's: every abbreviation ends in a
 * letter and is a word of at most six ASCII letters, so a digit, a quote or a longer word rules it
 * out without running the pattern (most periods end sentences).
 */
function mayEndAbbreviation(text: string, dot: number, floor: number): boolean {
  const c = text.charCodeAt(dot - 1);
  if (c >= 0x400 && c <= 0x4ff) return true;
  let k = dot;
  while (k > floor && isWordCode(text.charCodeAt(k - 1))) k--;
  const run = dot - k;
  return run >= 1 && run <= 6 && ((c | 32) >= 97 && (c | 32) <= 122);
}


/**
 * Sentence spans of `text`, trimmed of surrounding whitespace, in order.
 * @example splitSentences("He left. She stayed.").length // 2
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[.!?…]+["”’»)]*(?:\[\d{1,3}\])?(?=\s+["“«(\u2022•\-–—]*[A-Z0-9А-ЯЁІЎ])|\n+|[•●▪](?=\ufe0f?\s)|\*(?= )|;(?=[ \t]+(?:[—–]|\d{1,2}[.)])\s)/g;
  let start = 0;
  let m: RegExpExecArray | null;
  const guillemets = text.includes("«");
  while ((m = re.exec(text)) !== null) {
    // A bullet inside a line ("Key figures: • 1,265 held • 3,697 since 2020"), as in text whose line
    // breaks were lost: each item is a sentence of its own, opening with its bullet as on a line.
    // A star between spaces is a bullet too, unless it stands between numbers ("2 * 3").
    // So is an item after a semicolon ("…; — 11 September: 52 people", "…; 2) 123 freed").
    if (m[0].length === 1 && BULLETS.includes(m[0])) {
      if (!bulletInLine(text, m.index)) continue;
      pushSpan(out, text, start, m.index);
      start = m.index;
      continue;
    }
    const end = m.index + m[0].length;
    if (m[0][0] === "." && m[0].length === 1 && mayEndAbbreviation(text, m.index, start)) {
      const before = text.slice(Math.max(start, m.index - 8), m.index);
      if (ABBREV.test(before)) continue;
    }
    // «Поддержка политзаключённых. Мемориал»: a full stop inside a short name in guillemets.
    if (guillemets && m[0][0] === "." && insideShortGuillemets(text, m.index, start)) continue;
    pushSpan(out, text, start, end);
    start = end;
  }
  pushSpan(out, text, start, text.length);
  return out;
}

/** Appends [s, e) trimmed of whitespace, cut into pieces of at most MAX_SENTENCE at spaces (or hard-cut if none). */
function pushSpan(out: Span[], text: string, s: number, e: number): void {
  while (s < e && isRegexSpace(text.charCodeAt(s))) s++;
  while (e > s && isRegexSpace(text.charCodeAt(e - 1))) e--;
  if (e <= s) return;
  while (e - s > MAX_SENTENCE) {
    let cut = text.lastIndexOf(" ", s + MAX_SENTENCE);
    if (cut <= s + MAX_SENTENCE / 2) cut = s + MAX_SENTENCE;
    out.push({ start: s, end: cut });
    s = cut;
    while (s < e && isRegexSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ start: s, end: e });
}
