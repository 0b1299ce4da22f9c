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

const MONTH_OR_WEEKDAY =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b/i;

/** Cheap pre-check so chrono runs only on spans that can hold a date. */
export function mayHoldDate(span: string): boolean {
  return MONTH_OR_WEEKDAY.test(span);
}

/**
 * Finds English dates in `text[from, to)`, resolved against `published`.
 * @example findDates("On August 16 he signed", 0, 22, new Date("2024-12-09"))[0].iso // "2024-08-16"
 */
export function findDates(text: string, from: number, to: number, published: Date | null, contextYear?: number | null): DateMention[] {
  const span = text.slice(from, to);
  if (!mayHoldDate(span)) return [];
  const ref = published ?? new Date(Date.UTC(2000, 0, 1));
  let results: chrono.ParsedResult[];
  try {
    results = chrono.en.parse(span, { instant: ref, timezone: 0 });
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
    // Times alone ("5 p.m.") and bare "today" are not dates of events in our sense.
    if (parts.month === undefined && parts.weekday === undefined) {
      if (/yesterday|today/i.test(r.text) && published) {
        const shift = /yesterday/i.test(r.text) ? 1 : 0;
        const d = new Date(published.getTime() - shift * 86_400_000);
        out.push({ iso: isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), start, end, precision: "relative" });
      }
      continue;
    }
    // chrono reads "May" the verb as a month; require a day or year or a preposition.
    if (/^may$/i.test(r.text.trim()) ) continue;
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
