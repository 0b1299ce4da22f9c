/**
 * @module extract/dates
 * Resolves dates stated in news text against the publication date. chrono-node parses the
 * span; Vigil fixes what chrono gets wrong for reports: it picks the *nearest* year ("in
 * January" written in September becomes next January), so when the year was implied and the
 * result falls after publication we step back a year; a weekday ("on Monday") is the most recent
 * such day on or before publication. Month-only dates are kept as "YYYY-MM".
 * Shared with the Russian extractor (`resolveParts`, `isoOf`).
 */
import { createRequire } from "node:module";
import type * as Chrono from "chrono-node";
import { isWordCode, lastOf } from "./scan.js";

// chrono-node takes ~0.3 s to load and is needed only for the rare phrases the patterns below
// cannot read, so it is loaded on first use rather than at start-up (where every CLI verb paid
// for it). Its CommonJS build through `require` keeps `chronoDates` synchronous; `import()`
// would make the whole extractor async for the sake of one rarely used reader.
let chronoModule: typeof Chrono | undefined;
function chrono(): typeof Chrono {
  chronoModule ??= createRequire(import.meta.url)("chrono-node") as typeof Chrono;
  return chronoModule;
}

/** A date as stated: some parts known, others implied. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/** A date found in text, with its span (absolute offsets). */
export interface DateMention {
  /** "YYYY-MM-DD", "YYYY-MM", or null when it cannot be resolved (relative with no publication date). */
  iso: string | null;
  start: number;
  end: number;
  /** "day" | "month" | "weekday" | "relative" */
  precision: "day" | "month" | "weekday" | "relative";
}

// String(n).padStart(2, "0") without the intermediate string, for the one-digit whole numbers.
const pad = (n: number) => (n >= 0 && n <= 9 && Math.floor(n) === n ? "0" + n : String(n));

/** Formats parts as ISO: "2024-09-04" or "2024-09". */
export function isoOf(year: number, month: number, day?: number): string {
  return day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
}

/** Parses "2024-09-05" (or a date-time) to a UTC date; null when absent or invalid. */
export function parsePublished(published: string | null | undefined): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Resolves stated parts to an ISO string. The year comes from the text, else from the
 * publication date (stepping back a year when the result would be after publication), else
 * from `contextYear` (a year the document mentioned nearby). Weekdays need a publication date.
 * @example resolveParts({ month: 1 }, new Date("2024-09-10")) // "2024-01"
 */
export function resolveParts(parts: DateParts, published: Date | null, contextYear?: number | null): string | null {
  return resolve(parts.year, parts.month, parts.day, parts.weekday, published, contextYear);
}

/** `resolveParts` on the parts themselves: readers need not build a parts object. */
function resolve(
  stated: number | undefined,
  month: number | undefined,
  day: number | undefined,
  weekday: number | undefined,
  published: Date | null,
  contextYear: number | null | undefined,
): string | null {
  if (weekday !== undefined && month === undefined) {
    if (!published) return null;
    const back = (published.getUTCDay() - weekday + 7) % 7;
    const d = new Date(published.getTime() - back * 86_400_000);
    return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (month === undefined) return null;
  let year = stated;
  if (year === undefined) {
    if (published) {
      year = published.getUTCFullYear();
      const candidate = Date.UTC(year, month - 1, day ?? 1);
      if (candidate > published.getTime()) year -= 1;
    } else if (contextYear) {
      year = contextYear;
    } else {
      return null;
    }
  }
  return isoOf(year, month, day);
}

// Leading lookaheads in the patterns below list the possible first letters (with the i flag they
// match either case): the matches are unchanged, other positions are skipped quickly.
const MONTH_OR_WEEKDAY =
  /\b(?=[adfjmnostwy])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b/i;

/** Cheap pre-check so chrono runs only on spans that can hold a date. */
export function mayHoldDate(span: string): boolean {
  return MONTH_OR_WEEKDAY.test(span);
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const M = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
// The common shapes of English news dates, handled without chrono (which is ~50x slower):
// "August 16", "August 16, 2024", "16 August 2024", "August 2024", "in July", weekdays.
// The two lookaheads only list possible first letters (digits, month, weekday, "yesterday"/"today"
// initials): the matches are the same, but positions that cannot start one, and the costly
// lookbehind, are skipped quickly.
const FAST_SHAPES = `${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?:,?\\s+((?:19|20)\\d\\d))?|${M}(?:\\s+of)?,?\\s+((?:19|20)\\d\\d)|(?=[adfjmnosADFJMNOS])(?<=\\b(?:in|early|late|mid|mid-|since|by|until|from|of|end of|start of|beginning of|during)\\s+|\\bmid-)${M}|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(yesterday|today)`;
const FAST = new RegExp(`\\b(?=[\\dadfjmnostwyADFJMNOSTWY])(?:${FAST_SHAPES})(?![\\w-])`, "gi");
// Relative phrases Vigil reads itself: "last month", "this month", "three weeks ago".
const RELATIVE = /\b(?=[\daeflnost])(?:(last|this) month(?! of the year)|(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|fortnight|month)s? ago)\b/gi;
const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
// The rarer phrases only chrono understands ("the day before yesterday", "next Tuesday"):
// chrono runs only then, on the words around them (it is ~50x slower than the patterns here).
// ("A fortnight ago" is read by RELATIVE: chrono finds no date in it.)
const CHRONO_PHRASES = "day before yesterday|the day after|next (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)";
const CHRONO_ONLY = new RegExp(`\\b(?=[dnt])(?:${CHRONO_PHRASES})\\b`, "i");
// FAST anchored at a given position: `findDates` runs it only where a word can start a match.
const FAST_AT = new RegExp(FAST.source, "iy");

// What `findDates` acts on, in one scan: a word of WORD_KINDS, or a number of one or two digits
// ("16" of "16 August", "1st of May") followed by what FAST's only shape that starts with a digit
// needs up to the month's first three letters. A match ends with its word's last letter or digit,
// so `findDates` reads it from `lastIndex` (`test` makes no match array). The words are written as
// a trie: irregexp then tests one first letter per position, not forty alternatives.
const KEY =
  /\b(?:\d{1,2}(?=(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|(?:a(?:go|fter|pr(?:il)?|ug(?:ust)?)|before|d(?:ay|ec(?:ember)?)|f(?:eb(?:ruary)?|ortnight|riday)|j(?:an(?:uary)?|u(?:ne?|ly?))|m(?:a(?:y|r(?:ch)?)|on(?:day|th))|n(?:ext|ov(?:ember)?)|oct(?:ober)?|s(?:ep(?:t|ember|tember)?|aturday|unday)|t(?:oday|uesday|hursday)|w(?:eek|ednesday)|yesterday)\b)/gi;

// The words KEY finds for `findDates`, by kind: the ones that decide whether the relative phrases,
// FAST or chrono can match. Found by a hash of the lower-cased
// letters in a small open-addressing table, then compared letter by letter.
const W_REL = 1; // "ago", "month": RELATIVE needs one
// A word FAST's month group M can read (its `sept?(?:ember)?` also reads "sepember"), a weekday,
// "yesterday" or "today": a FAST match that does not start with a number starts at one.
const W_DATE = 2;
const W_NEXT = 4; // the words of the chrono-only phrases
const W_DAY = 16;
const W_AFTER = 32;
const W_BEFORE = 64;
const W_YESTERDAY = 128;
const W_AFTER_NEXT = 256; // a weekday, "week", "month": "next Monday"
const WORD_KINDS: [string, number][] = [
  ["ago", W_REL], ["month", W_REL | W_AFTER_NEXT], ["week", W_AFTER_NEXT],
  ...("jan january feb february mar march apr april may jun june jul july aug august sep sept sepember september oct october nov november dec december today"
    .split(" ").map((w): [string, number] => [w, W_DATE])),
  ...("monday tuesday wednesday thursday friday saturday sunday".split(" ").map((w): [string, number] => [w, W_DATE | W_AFTER_NEXT])),
  ["yesterday", W_DATE | W_YESTERDAY], ["next", W_NEXT], ["day", W_DAY], ["after", W_AFTER], ["before", W_BEFORE],
];
const TABLE_SIZE = 256;
const tableHash = new Int32Array(TABLE_SIZE);
const tableKind = new Int32Array(TABLE_SIZE); // 0: empty slot
const tableWord: string[] = new Array<string>(TABLE_SIZE).fill("");
const wordHash = (w: string) => {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
};
for (const [w, kind] of WORD_KINDS) {
  const h = wordHash(w);
  let at = h & (TABLE_SIZE - 1);
  while (tableKind[at] !== 0) at = (at + 1) & (TABLE_SIZE - 1);
  tableHash[at] = h;
  tableKind[at] = kind;
  tableWord[at] = w;
}

/** The kind of the all-letter word `text[start, end)` with hash `h` (see WORD_KINDS), or 0. */
function wordKind(text: string, start: number, end: number, h: number): number {
  let at = h & (TABLE_SIZE - 1);
  for (let kind = tableKind[at]!; kind !== 0; at = (at + 1) & (TABLE_SIZE - 1), kind = tableKind[at]!) {
    if (tableHash[at] !== h) continue;
    const w = tableWord[at]!;
    if (w.length !== end - start) continue;
    let k = 0;
    while (k < w.length && (text.charCodeAt(start + k) | 32) === w.charCodeAt(k)) k++;
    if (k === w.length) return kind;
  }
  return 0;
}

const SAID_BEFORE = /\b(?:said|says|say|reported|announced|told \w+|confirmed|added|wrote)\s+(?:on\s+)?$/i;

function relativeDates(text: string, from: number, to: number, published: Date | null): DateMention[] {
  const span = text.slice(from, to);
  const out: DateMention[] = [];
  RELATIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE.exec(span)) !== null) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!published) {
      out.push({ iso: null, start, end, precision: "relative" });
      continue;
    }
    const y = published.getUTCFullYear();
    const mo = published.getUTCMonth();
    if (m[1]) {
      const back = m[1].toLowerCase() === "last" ? 1 : 0;
      const d = new Date(Date.UTC(y, mo - back, 1));
      out.push({ iso: isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1), start, end, precision: "relative" });
      continue;
    }
    const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : (SMALL[m[2]!.toLowerCase()] ?? 1);
    const unit = m[3]!.toLowerCase();
    if (unit === "month") {
      const d = new Date(Date.UTC(y, mo - n, 1));
      out.push({ iso: isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1), start, end, precision: "relative" });
    } else {
      const d = new Date(published.getTime() - n * (unit === "week" ? 7 : unit === "fortnight" ? 14 : 1) * 86_400_000);
      out.push({ iso: isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), start, end, precision: "relative" });
    }
  }
  return out;
}

// The month groups of FAST stop before the optional dot, so the word is looked up as it is: by
// its first three letters (they tell the months apart), read by char codes without lower-casing.
const prefixKey = (w: string) => (((w.charCodeAt(0) | 32) << 16) | ((w.charCodeAt(1) | 32) << 8) | (w.charCodeAt(2) | 32)) >>> 0;
const MONTH_BY_PREFIX = new Map<number, number>();
for (const w of Object.keys(MONTHS)) if (w.length === 3) MONTH_BY_PREFIX.set(prefixKey(w), MONTHS[w]!);
const SEP = prefixKey("sep");

/** The month a word of FAST's month group names (as MONTHS reads it lower-cased). */
function mon(w: string): number | undefined {
  const key = prefixKey(w);
  // FAST's `sept?(?:ember)?` also reads "sepember", which MONTHS does not hold.
  if (key === SEP && w.length === 8) return undefined;
  return MONTH_BY_PREFIX.get(key);
}

/** Reads one FAST match (`m` on `span`, which starts at `from`) into `out`, or drops it. */
function readFast(m: RegExpExecArray, span: string, from: number, published: Date | null, contextYear: number | null | undefined, out: DateMention[]): void {
  const start = from + m.index;
  const end = start + m[0].length;
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  let weekday: number | undefined;
  if (m[1]) {
    month = mon(m[1]);
    day = Number(m[2]);
    if (m[3]) year = Number(m[3]);
  } else if (m[4]) {
    day = Number(m[4]);
    month = mon(m[5]!);
    if (m[6]) year = Number(m[6]);
  } else if (m[7]) {
    month = mon(m[7]);
    year = Number(m[8]);
  } else if (m[9]) {
    // "May" alone is usually the verb; accept it only after "in"/"since"/… (the lookbehind did).
    month = mon(m[9]);
  } else if (m[10]) weekday = WEEKDAYS[m[10].toLowerCase()];
  else if (m[11]) {
    if (!published) return;
    // "yesterday" or "today", in any case.
    const d = new Date(published.getTime() - (m[11].length === 9 ? 86_400_000 : 0));
    out.push({ iso: isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), start, end, precision: "relative" });
    return;
  } else return;
  if (day !== undefined && (day < 1 || day > 31)) return;
  if (month === undefined && weekday === undefined) return;
  // "officials said on Sunday": the day of the report, not of the event it reports.
  if (weekday !== undefined && month === undefined && SAID_BEFORE.test(span.slice(Math.max(0, m.index - 30), m.index))) return;
  const precision = day !== undefined ? "day" : month !== undefined ? "month" : "weekday";
  out.push({ iso: resolve(year, month, day, weekday, published, contextYear), start, end, precision });
}

function fastDates(text: string, from: number, to: number, published: Date | null, contextYear?: number | null): DateMention[] {
  const span = text.slice(from, to);
  const out: DateMention[] = [];
  FAST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FAST.exec(span)) !== null) readFast(m, span, from, published, contextYear, out);
  return out;
}

/**
 * Finds English dates in `text[from, to)`, resolved against `published`. Common shapes and the
 * usual relative phrases ("last month", "two weeks ago") are read by Vigil's own patterns;
 * chrono-node reads the rarer rest ("the day before yesterday", "next Tuesday").
 * @example findDates("On August 16 he signed", 0, 22, new Date("2024-12-09"))[0].iso // "2024-08-16"
 */
export function findDates(text: string, from: number, to: number, published: Date | null, contextYear?: number | null): DateMention[] {
  const byWords = findWordDates(text, from, to, published, contextYear);
  const numeric = numericDates(text, from, to);
  return numeric.length ? mergeByPosition(byWords, numeric) : byWords;
}

// A date in figures. It starts with a digit (no \b or lookahead first: irregexp then skips to
// digits); the word boundary before it is tested after the match.
const NUMERIC_DATE = /(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)|((?:19|20)\d\d)-(\d\d)-(\d\d)|(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)/g;

/**
 * Dates written in figures: "16.08.2024" (day first, as Belarusian and European outlets write),
 * "2024-08-16" (ISO, in bulletins and exports), "16/08/2024" or "8/16/2024" when the order shows
 * (a part above 12 is the day); "08/09/2024", which could be either, is left unread.
 */
function numericDates(text: string, from: number, to: number): DateMention[] {
  const span = text.slice(from, to);
  // A date in figures needs a separator right before a year (".2024", "/2024") or after it ("2024-").
  if (!NUMERIC_HINT.test(span)) return [];
  const out: DateMention[] = [];
  NUMERIC_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERIC_DATE.exec(span)) !== null) {
    const after = span.charCodeAt(m.index + m[0].length);
    // Glued to a word or another figure on either side ("v1.2.2024b", "12.13.2024.5"): no date.
    if (m.index > 0 && isWordCode(span.charCodeAt(m.index - 1))) continue;
    if (isWordCode(after) || ((after === 46 || after === 47 || after === 45) && isDigit(span.charCodeAt(m.index + m[0].length + 1)))) continue;
    let year: number;
    let month: number;
    let day: number;
    if (m[1]) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else if (m[4]) [year, month, day] = [Number(m[4]), Number(m[5]), Number(m[6])];
    else {
      const a = Number(m[7]);
      const b = Number(m[8]);
      year = Number(m[9]);
      if (a > 12 && b <= 12) [day, month] = [a, b];
      else if (b > 12 && a <= 12) [month, day] = [a, b];
      else continue;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const start = from + m.index;
    out.push({ iso: isoOf(year, month, day), start, end: start + m[0].length, precision: "day" });
  }
  return out;
}

const NUMERIC_HINT = /[./](?:19|20)\d\d|(?:19|20)\d\d-\d/;

/** `findDates` for dates written with words: months, weekdays, relative phrases. */
function findWordDates(text: string, from: number, to: number, published: Date | null, contextYear?: number | null): DateMention[] {
  const span = text.slice(from, to);
  // One KEY scan finds the words that matter (see KEY): whether RELATIVE can match ("ago",
  // "month"), whether a chrono-only phrase may be there, and where FAST can start. FAST runs
  // anchored only there; trying it at each such start not inside the previous match, in order,
  // finds what its global scan finds. No FAST date means there is nothing `mayHoldDate` would let
  // through, so it needs no scan either. FAST runs on `span`, whose start its \b and lookbehind
  // must not see past.
  let fast: DateMention[] | null = null;
  let relWord = false;
  let fastEnd = 0; // where the last FAST match ended, in `span`
  let prevKind = 0; // the kind of the last keyword, and where it ended
  let prevEnd = -1;
  const key = KEY;
  key.lastIndex = 0;
  while (key.test(span)) {
    const end = key.lastIndex;
    let at = end - 1;
    if (span.charCodeAt(at) <= 57) {
      // A number that may open "16 August" (a digit: a word's last letter is above 57).
      if (at > 0 && isDigit(span.charCodeAt(at - 1))) at--;
      if (at >= fastEnd) fastEnd = fastAt(span, at, from, published, contextYear, fastEnd, (fast ??= []));
      continue;
    }
    let h = 0;
    while (at > 0 && ((span.charCodeAt(at - 1) | 32) - 97) >>> 0 < 26) at--;
    for (let i = at; i < end; i++) h = (Math.imul(h, 31) + (span.charCodeAt(i) | 32)) | 0;
    const kind = wordKind(span, at, end, h);
    if (kind & W_REL) relWord = true;
    if (prevKind !== 0 && chronoPair(prevKind, kind) && !hasWordChar(span, prevEnd, at)) {
      // Maybe a phrase only chrono reads ("next Monday", "the day after"): the long way.
      return findDatesWithChrono(text, from, to, published, contextYear);
    }
    if (kind & W_DATE && at >= fastEnd) fastEnd = fastAt(span, at, from, published, contextYear, fastEnd, (fast ??= []));
    prevKind = kind;
    prevEnd = end;
  }
  const rel = relWord ? relativeDates(text, from, to, published) : [];
  if (fast === null || !fast.length) return rel;
  return rel.length ? mergeByPosition(fast, rel) : fast;
}

/** Runs FAST anchored at `at` in `span` and reads a match into `out`; returns where FAST matches now end. */
function fastAt(span: string, at: number, from: number, published: Date | null, contextYear: number | null | undefined, fastEnd: number, out: DateMention[]): number {
  FAST_AT.lastIndex = at;
  const m = FAST_AT.exec(span);
  if (!m) return fastEnd;
  readFast(m, span, from, published, contextYear, out);
  return at + m[0].length;
}

/** Whether a keyword of kind `prev` right before one of kind `kind` may make a phrase only chrono reads. */
function chronoPair(prev: number, kind: number): boolean {
  return (prev & W_NEXT && kind & W_AFTER_NEXT) || (prev & W_DAY && kind & W_AFTER) || (prev & W_BEFORE && kind & W_YESTERDAY) ? true : false;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether `s[from, to)` holds a word char ([A-Za-z0-9_], what \b delimits): then two keywords are not adjacent words. */
function hasWordChar(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 32;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 95) return true;
  }
  return false;
}

/** `findDates` for a span that may hold a phrase only chrono reads: each reader scans the span itself. */
function findDatesWithChrono(text: string, from: number, to: number, published: Date | null, contextYear?: number | null): DateMention[] {
  const span = text.slice(from, to);
  const rel = /\b(?=[am])(?:ago|month)\b/i.test(span) ? relativeDates(text, from, to, published) : [];
  const only = CHRONO_ONLY.exec(span);
  if (!only && !mayHoldDate(span)) return rel;
  const fast = rel.length ? mergeByPosition(fastDates(text, from, to, published, contextYear), rel) : fastDates(text, from, to, published, contextYear);
  if (!only) return fast;
  const phraseStart = from + only.index;
  const phraseEnd = phraseStart + only[0].length;
  // "released the day after": the day after the date told before it, not after publication
  // (chrono's reading); with no such date in the span it is relative to something unknown.
  if (/^the day after$/i.test(only[0])) {
    const before = fast.filter((d) => d.precision === "day" && d.iso !== null && d.end <= phraseStart);
    const anchor = lastOf(before);
    const dayAfter: DateMention = anchor ? { iso: addDays(anchor.iso!, 1), start: phraseStart, end: phraseEnd, precision: "day" } : { iso: null, start: phraseStart, end: phraseEnd, precision: "relative" };
    return mergeByPosition([dayAfter], fast);
  }
  // chrono's cost grows with the text it reads: give it only the words around the phrase.
  const a = from + Math.max(0, only.index - 40);
  const b = Math.min(to, phraseEnd + 12);
  const read = chronoDates(text, a, b, published, contextYear);
  // chrono's reading of the phrase outranks a fast reading inside it ("the day before yesterday"
  // holds "yesterday"); elsewhere the fast patterns, which fix chrono's year guesses, win.
  const phrase = read.filter((d) => d.start < phraseEnd && phraseStart < d.end);
  const rest = read.filter((d) => !phrase.includes(d));
  return mergeByPosition(phrase, mergeByPosition(fast, rest));
}

/** An ISO day plus `n` days. */
function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function mergeByPosition(a: DateMention[], b: DateMention[]): DateMention[] {
  const out = [...a];
  for (const d of b) if (!a.some((x) => x.start < d.end && d.start < x.end)) out.push(d);
  return out.sort((x, y) => x.start - y.start);
}

/** chrono-node's reading of a span, with the publication-date fixes described above. */
export function chronoDates(text: string, from: number, to: number, published: Date | null, contextYear?: number | null): DateMention[] {
  const span = text.slice(from, to);
  // Noon UTC keeps the calendar day whatever the machine's time zone; a plain Date reference is
  // also ~8x faster in chrono than the `{ instant, timezone }` form.
  const ref = new Date((published ?? new Date(Date.UTC(2000, 0, 1))).getTime() + 12 * 3_600_000);
  // Outside the try, which is for chrono's own parse errors: a failed load is not "no dates here".
  const english = chrono().en;
  let results: Chrono.ParsedResult[];
  try {
    results = english.parse(span, ref);
  } catch {
    return [];
  }
  const out: DateMention[] = [];
  for (const r of results) {
    const known = r.start;
    const parts: DateParts = {};
    if (known.isCertain("year")) parts.year = known.get("year") ?? undefined;
    if (known.isCertain("month")) parts.month = known.get("month") ?? undefined;
    if (known.isCertain("day")) parts.day = known.get("day") ?? undefined;
    if (known.isCertain("weekday")) parts.weekday = known.get("weekday") ?? undefined;
    const start = from + r.index;
    const end = start + r.text.length;
    if (parts.month === undefined && parts.weekday === undefined) {
      // "two weeks ago", "last month": chrono resolved a whole date from the reference; keep it
      // only when there is a real publication date to count from.
      if (published && known.get("year") && known.get("month")) {
        const y = known.get("year")!;
        const mo = known.get("month")!;
        const monthOnly = /month/i.test(r.text);
        out.push({ iso: monthOnly ? isoOf(y, mo) : isoOf(y, mo, known.get("day") ?? 1), start, end, precision: "relative" });
      }
      continue;
    }
    if (/^may$/i.test(r.text.trim())) continue;
    // A relative phrase means nothing without the day it was written.
    if (!published && /\b(?:ago|last|next|this)\b/i.test(r.text)) {
      out.push({ iso: null, start, end, precision: "relative" });
      continue;
    }
    // "the day before yesterday" is counted from publication, as "yesterday" is: relative.
    const precision = /\byesterday\b/i.test(r.text) ? "relative" : parts.day !== undefined ? "day" : parts.month !== undefined ? "month" : "weekday";
    // "next Monday" is the one after publication: chrono has worked out its day, while resolveParts
    // takes a bare weekday as the latest one on or before publication ("on Monday" in a past report).
    if (precision === "weekday" && published && /\bnext\b/i.test(r.text) && known.get("year") && known.get("month") && known.get("day")) {
      out.push({ iso: isoOf(known.get("year")!, known.get("month")!, known.get("day")!), start, end, precision });
      continue;
    }
    out.push({ iso: resolveParts(parts, published, contextYear), start, end, precision });
  }
  return out;
}

/** Finds the latest plausible bare year (1990..2100) mentioned in text before `pos`: context for dates without one. */
export function contextYearBefore(text: string, pos: number, published: Date | null): number | null {
  const re = /\b(19[9]\d|20\d\d)\b/g;
  let best: number | null = null;
  const limit = published ? published.getUTCFullYear() : 2100;
  re.lastIndex = Math.max(0, pos - 3000);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < pos) {
    const y = Number(m[1]);
    if (y <= limit) best = y;
  }
  return best;
}
