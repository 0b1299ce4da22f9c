/**
 * @module extract/scan
 * Cheap backwards reading of the words before a position. Patterns anchored at the end of a
 * slice (`/…\s*$/`) make the regex engine try every start position; reading the last few words
 * by character codes and looking them up in sets is what keeps the extractor fast.
 */

/** Whether a UTF-16 code unit is whitespace (ASCII, NBSP, and the common Unicode spaces). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2002 || c === 0x2003 || c === 0x3000;
}

/**
 * Whether a UTF-16 code unit is one the regex class `\s` matches (exactly that set): for tests on
 * one character, a comparison chain instead of a regex call.
 */
export function isRegexSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether a UTF-16 code unit is one `\w` matches in a non-Unicode regex: ASCII letters, digits, underscore. */
export function isWordCode(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** A word before a position: its text (lower-cased) and where it starts. */
export interface WordAt {
  word: string;
  start: number;
}

/**
 * The last `n` whitespace-separated words before `pos` (nearest first), not reading before `floor`.
 * @example lastWords("paid more than 30", 15, 0, 2).map(w => w.word) // ["than", "more"]
 */
export function lastWords(text: string, pos: number, floor: number, n: number): WordAt[] {
  const out: WordAt[] = [];
  let i = pos;
  while (out.length < n && i > floor) {
    while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
    let j = i;
    while (j > floor && !isSpace(text.charCodeAt(j - 1))) j--;
    if (j === i) break;
    out.push({ word: text.slice(j, i).toLowerCase(), start: j });
    i = j;
  }
  return out;
}

/**
 * The last element of `list`, or undefined when it is empty. Not `list[list.length - 1]`: on an
 * empty array that reads index -1, a named-property look-up that V8 serves on a slow path (it
 * showed as 12% of `findNumbers`' own time, on every first number of a sentence).
 */
export function lastOf<T>(list: readonly T[]): T | undefined {
  return list.length > 0 ? list[list.length - 1] : undefined;
}

/**
 * The lines above the line that starts at `lineStart`, nearest first, trimmed (a blank line as ""),
 * at most `max`: what the heading readers of list items walk up through ("WHO WAS FREED" over
 * "* X, 63, …", «Кто вышел 13 декабря» over «— Алесь Беляцкий, …»).
 */
export function linesAbove(text: string, lineStart: number, max: number): string[] {
  const out: string[] = [];
  let e = lineStart - 1;
  for (let n = 0; n < max && e > 0; n++) {
    const st = text.lastIndexOf("\n", e - 1) + 1;
    out.push(text.slice(st, e).trim());
    e = st - 1;
  }
  return out;
}
