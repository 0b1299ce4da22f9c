/**
 * @module app/stats-read
 * The dashboard's numbers: claimed series per publisher (each point with its source), the
 * derived count from the registry on the same dates and monthly, pardon rounds, the incommunicado watch
 * list and the totals of the year. Claimed and derived numbers are kept apart, never mixed.
 */
import { addDays, formatPartialDate, monthStarts, todayIso } from "../domain/dates.js";
import { claimRecords, cohortRecords, type ReadDeps } from "./stats-records.js";
import type { SeriesPoint, Stats } from "./stats-types.js";

const HELD = "political_prisoners_held";
const REVIEWED = (s: string) => s === "accepted" || s === "corrected";
const DAY_MS = 86_400_000;

/** Computes the public statistics as of `today`. */
export async function readStats(deps: ReadDeps, today: string = todayIso()): Promise<Stats> {
  const claims = (await claimRecords(deps, await deps.claims.list({ subject: HELD, limit: 100_000 }))).filter((c) => REVIEWED(c.status) && c.asOf);
  const byPublisher = new Map<string, SeriesPoint[]>();
  for (const c of claims) {
    const points = byPublisher.get(c.attributedTo) ?? [];
    points.push({ date: c.asOf!, value: c.value, qualifier: c.qualifier, sourceUrl: c.sourceUrl, claimId: c.id });
    byPublisher.set(c.attributedTo, points);
  }
  const claimed = [...byPublisher.entries()].map(([publisher, points]) => ({ publisher, points: points.sort((a, b) => a.date.localeCompare(b.date)) }));
  const latest = claimed.flatMap((s) => s.points.map((p) => ({ ...p, publisher: s.publisher }))).sort((a, b) => a.date.localeCompare(b.date)).at(-1) ?? null;

  // Derived counts on the claimed dates (so the gap is visible point by point), on the first of
  // every month since the earliest claim (two years when there is none; at most ten), and today.
  const claimedDates = claims.map((c) => c.asOf!).sort();
  const since = claimedDates[0] ?? addDays(today, -730);
  const dates = [...new Set([...claimedDates, ...monthStarts(since, today), today])].filter((d) => d <= today).sort();
  const derived = await Promise.all(dates.map(async (date) => ({ date, held: (await deps.custody.countHeldOn(date)).held })));
  const heldToday = derived.find((d) => d.date === today)?.held ?? 0;

  const cohorts = (await deps.cohorts.list({ limit: 100_000 })).filter((c) => REVIEWED(c.status) && (c.type === "pardon" || c.type === "release" || c.type === "exchange"));
  const rounds = (await cohortRecords(deps, cohorts)).sort((a, b) => String(a.date).localeCompare(String(b.date)));

  const cutoff = new Date(Date.parse(today) - 365 * DAY_MS).toISOString().slice(0, 10);
  const silent = await deps.reads.incommunicadoSince(cutoff);
  const published = await deps.reads.publishedPersonIds(silent.map((p) => p.personId));
  const incommunicado = silent
    .filter((p) => published.has(p.personId))
    // Days count from the earliest day of the stated period; `sinceAsStated` shows the period as it was known ("2023-02").
    .map(({ sincePrecision, ...p }) => ({ ...p, sinceAsStated: formatPartialDate({ date: p.since, precision: sincePrecision }), days: Math.floor((Date.parse(today) - Date.parse(p.since)) / DAY_MS) }));

  // "This year" is the current year when it has rounds, otherwise the latest year that has.
  const currentYear = Number(today.slice(0, 4));
  const years = rounds.flatMap((r) => (r.date ? [Number(r.date.slice(0, 4))] : []));
  const year = years.includes(currentYear) || years.length === 0 ? currentYear : Math.max(...years);
  const inYear = rounds.filter((r) => r.date?.startsWith(String(year)));
  return {
    asOf: today,
    heldNow: { derived: heldToday, claimed: latest },
    heldOverTime: { derived, claimed },
    rounds,
    incommunicado,
    thisYear: {
      year,
      rounds: inYear.length,
      releasedInRounds: inYear.reduce((n, r) => n + r.count, 0),
      identifiedInRounds: inYear.reduce((n, r) => n + r.members.filter((m) => m.published).length, 0),
      latestClaim: latest,
    },
  };
}
