/**
 * @module extract/dates
 * Resolves dates stated in news text against the publication date. chrono-node parses the
 * span; Vigil fixes what chrono gets wrong for reports: it picks the *nearest* year ("in
 * January" written in September becomes next January), so when the year was implied and the
 * result falls after publication we step back a year; a weekday ("on Monday") is the most recent
 * such day on or before publication. Month-only dates are kept as "YYYY-MM".
 * Shared with the Russian extractor (`resolveParts`, `isoOf`).
 */
import * as chrono from "chrono-node";

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

const pad = (n: number) => String(n).padStart(2, "0");

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
  if (parts.weekday !== undefined && parts.month === undefined) {
    if (!published) return null;
    const back = (published.getUTCDay() - parts.weekday + 7) % 7;
    const d = new Date(published.getTime() - back * 86_400_000);
    return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (parts.month === undefined) return null;
  let year = parts.year;
  if (year === undefined) {
    if (published) {
      year = published.getUTCFullYear();
      const candidate = Date.UTC(year, parts.month - 1, parts.day ?? 1);
      if (candidate > published.getTime()) year -= 1;
    } else if (contextYear) {
      year = contextYear;
    } else {
      return null;
    }
  }
  return isoOf(year, parts.month, parts.day);
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
const FAST = new RegExp(
  `\\b(?=[\\dadfjmnostwyADFJMNOSTWY])(?:${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?:,?\\s+((?:19|20)\\d\\d))?|${M}(?:\\s+of)?,?\\s+((?:19|20)\\d\\d)|(?=[adfjmnosADFJMNOS])(?<=\\b(?:in|early|late|mid|mid-|since|by|until|from|of|end of|start of|beginning of|during)\\s+|\\bmid-)${M}|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(yesterday|today))(?![\\w-])`,
  "gi",
);
// Relative phrases Vigil reads itself: "last month", "this month", "three weeks ago".
const RELATIVE = /\b(?=[\daeflnost])(?:(last|this) month(?! of the year)|(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|month)s? ago)\b/gi;
const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
// The rarer phrases only chrono understands ("a fortnight ago", "the day before yesterday"):
// chrono runs only then, on the words around them (it is ~50x slower than the patterns here).
const CHRONO_ONLY = /\b(?=[dfnt])(?:fortnight|day before yesterday|the day after|next (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month))\b/i;

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
      const d = new Date(published.getTime() - n * (unit === "week" ? 7 : 1) * 86_400_000);
      out.push({ iso: isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), start, end, precision: "relative" });
    }
  }
  return out;
}

function fastDates(text: string, from: number, to: number, published: Date | null, contextYear?: number | null): DateMention[] {
  const span = text.slice(from, to);
  const out: DateMention[] = [];
  FAST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FAST.exec(span)) !== null) {
    const start = from + m.index;
    const end = start + m[0].length;
    const mon = (w: string | undefined) => (w ? MONTHS[w.toLowerCase().replace(/\.$/, "")] : undefined);
    let parts: DateParts | null = null;
    if (m[1]) parts = { month: mon(m[1]), day: Number(m[2]), year: m[3] ? Number(m[3]) : undefined };
    else if (m[4]) parts = { day: Number(m[4]), month: mon(m[5]), year: m[6] ? Number(m[6]) : undefined };
    else if (m[7]) parts = { month: mon(m[7]), year: Number(m[8]) };
    else if (m[9]) {
      // "May" alone is usually the verb; accept it only after "in"/"since"/… (the lookbehind did).
      parts = { month: mon(m[9]) };
    } else if (m[10]) parts = { weekday: WEEKDAYS[m[10].toLowerCase()] };
    else if (m[11]) {
      if (!published) continue;
      const d = new Date(published.getTime() - (/yesterday/i.test(m[11]) ? 86_400_000 : 0));
      out.push({ iso: isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), start, end, precision: "relative" });
      continue;
    }
    if (!parts || (parts.day !== undefined && (parts.day < 1 || parts.day > 31))) continue;
    if (parts.month === undefined && parts.weekday === undefined) continue;
    // "officials said on Sunday": the day of the report, not of the event it reports.
    if (parts.weekday !== undefined && parts.month === undefined && /\b(?:said|says|say|reported|announced|told \w+|confirmed|added|wrote)\s+(?:on\s+)?$/i.test(span.slice(Math.max(0, m.index - 30), m.index))) continue;
    const precision = parts.day !== undefined ? "day" : parts.month !== undefined ? "month" : "weekday";
    out.push({ iso: resolveParts(parts, published, contextYear), start, end, precision });
  }
  return out;
}

/**
 * Finds English dates in `text[from, to)`, resolved against `published`. Common shapes and the
 * usual relative phrases ("last month", "two weeks ago") are read by Vigil's own patterns;
 * chrono-node reads the rarer rest ("a fortnight ago", "next Tuesday").
 * @example findDates("On August 16 he signed", 0, 22, new Date("2024-12-09"))[0].iso // "2024-08-16"
 */
export function findDates(text: string, from: number, to: number, published: Date | null, contextYear?: number | null): DateMention[] {
  const span = text.slice(from, to);
  const rel = /\b(?=[am])(?:ago|month)\b/i.test(span) ? relativeDates(text, from, to, published) : [];
  if (!mayHoldDate(span) && !CHRONO_ONLY.test(span)) return rel;
  const fast = rel.length ? mergeByPosition(fastDates(text, from, to, published, contextYear), rel) : fastDates(text, from, to, published, contextYear);
  const only = CHRONO_ONLY.exec(span);
  if (!only) return fast;
  // chrono's cost grows with the text it reads: give it only the words around the phrase.
  const a = from + Math.max(0, only.index - 40);
  const b = Math.min(to, from + only.index + only[0].length + 12);
  return mergeByPosition(fast, chronoDates(text, a, b, published, contextYear));
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
  let results: chrono.ParsedResult[];
  try {
    results = chrono.en.parse(span, ref);
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
    const precision = parts.day !== undefined ? "day" : parts.month !== undefined ? "month" : "weekday";
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
