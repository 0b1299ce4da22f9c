/**
 * @module domain/dates
 * Dates as monitors know them: often only a month or a year, sometimes an estimate. A
 * PartialDate keeps the earliest day of the stated period plus its precision, so nothing is
 * invented and every comparison can say whether it is certain.
 */
import { ValidationError } from "./errors.js";

export type DatePrecision = "day" | "month" | "year" | "estimate";
export const DATE_PRECISIONS: readonly DatePrecision[] = ["day", "month", "year", "estimate"];

/** `date` is always a full ISO day (YYYY-MM-DD): the earliest day of the stated period. */
export interface PartialDate {
  date: string;
  precision: DatePrecision;
}

const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * Parses "2020", "2020-09" or "2020-09-07" (precision inferred from the form unless given).
 * Throws ValidationError naming `field` for anything that is not a real calendar date.
 * @example parsePartialDate("2020-09", "date") // { date: "2020-09-01", precision: "month" }
 */
export function parsePartialDate(input: string, field: string, precision?: DatePrecision): PartialDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(input.trim());
  if (!m) throw new ValidationError(field, `not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${input}`);
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const dayOfMonth = m[3] === undefined ? undefined : Number(m[3]);
  if (year < 1900 || year > 2999) throw new ValidationError(field, `year out of range: ${input}`);
  if (month !== undefined && (month < 1 || month > 12)) throw new ValidationError(field, `no such month: ${input}`);
  if (month !== undefined && dayOfMonth !== undefined && (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month))) {
    throw new ValidationError(field, `no such day: ${input}`);
  }
  const inferred: DatePrecision = dayOfMonth !== undefined ? "day" : month !== undefined ? "month" : "year";
  if (precision !== undefined && !DATE_PRECISIONS.includes(precision)) {
    throw new ValidationError(`${field}-precision`, `must be one of ${DATE_PRECISIONS.join(", ")}`);
  }
  const p = precision ?? inferred;
  // A stated precision cannot be finer than what was written ("2020" cannot be day-precise).
  const rank = { day: 0, month: 1, year: 2, estimate: 0 } as const;
  if (p !== "estimate" && rank[p] < rank[inferred]) throw new ValidationError(`${field}-precision`, `${p} precision needs a ${p === "day" ? "full date" : "month"}: ${input}`);
  const mm = p === "year" ? 1 : (month ?? 1);
  const dd = p === "day" || p === "estimate" ? (dayOfMonth ?? 1) : 1;
  return { date: `${m[1]}-${pad(mm)}-${pad(dd)}`, precision: p };
}

/** The latest day the period may mean ("2020-09" -> 2020-09-30). Estimates are taken as given. */
export function latestDay(d: PartialDate): string {
  const [y, m] = d.date.split("-").map(Number) as [number, number, number];
  switch (d.precision) {
    case "day":
    case "estimate":
      return d.date;
    case "month":
      return `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`;
    case "year":
      return `${y}-12-31`;
  }
}

/** Renders a partial date the way it was stated: "2020", "2020-09", "2020-09-07", "~2020-09-07". */
export function formatPartialDate(d: PartialDate): string {
  switch (d.precision) {
    case "day":
      return d.date;
    case "estimate":
      return `~${d.date}`;
    case "month":
      return d.date.slice(0, 7);
    case "year":
      return d.date.slice(0, 4);
  }
}

/** Adds whole days to an ISO day. */
export function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first day of every month from the month of `from` to the month of `to` (inclusive), the
 * most recent `max` of them: the regular points of a series over time.
 * @example monthStarts("2024-11-20", "2025-01-05") // ["2024-11-01", "2024-12-01", "2025-01-01"]
 */
export function monthStarts(from: string, to: string, max = 120): string[] {
  const out: string[] = [];
  let y = Number(to.slice(0, 4));
  let m = Number(to.slice(5, 7));
  const stop = from.slice(0, 7);
  while (out.length < max) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    if (month < stop) break;
    out.push(`${month}-01`);
    if (--m === 0) {
      m = 12;
      y--;
    }
  }
  return out.reverse();
}

/** Today's ISO day in UTC (callers pass it in, so rules stay pure and testable). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Throws when a recorded event would lie after `today`: nothing is recorded before it happens. */
export function assertNotFuture(d: PartialDate, field: string, today: string): void {
  if (d.date > today) throw new ValidationError(field, `date is in the future: ${formatPartialDate(d)}`);
}
