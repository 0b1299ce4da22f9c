/**
 * @module app/cluster-cohorts
 * One event from many reports: a pardon round reported by a state channel and twenty outlets
 * becomes one cohort with twenty sources. A report joins an existing cohort when the type fits,
 * the counts are compatible given their qualifiers ("over 1,200" fits 1,275) and the dates are
 * within a few days (or in the same month when only the month is known). Each source keeps the
 * values it stated, so disagreements (20 vs 21 Nov, "sixth" vs "seventh") stay side by side and
 * `cohortConflicts` flags them.
 */
import type { Cohort, CohortType, CohortValues, Qualifier, ReportedValues } from "../domain/cohort.js";
import type { CohortSource } from "../domain/ports.js";
import type { CohortReport } from "./ingest-facts.js";

/** How close two reports must be to describe the same event. */
export interface ClusterRules {
  /** Largest distance in days between two stated dates of one event. */
  windowDays: number;
}

export const DEFAULT_CLUSTER_RULES: ClusterRules = { windowDays: 3 };

/** A candidate cohort with the values each of its sources reported. */
export interface CohortWithSources {
  cohort: Cohort;
  sources: Pick<CohortSource, "documentId" | "reported">[];
}

/**
 * The range of true values a stated number allows: "over 1,200" means more than 1,200 but
 * (in practice) not 1,600; "about 30" means roughly 25-35.
 * @example countRange(1200, "over") // [1201, 1500]
 */
export function countRange(value: number, qualifier: Qualifier): [number, number] {
  switch (qualifier) {
    case "exact":
      return [value, value];
    case "over":
      return [value + 1, Math.ceil(value * 1.25) + 5];
    case "at_least":
      return [value, Math.ceil(value * 1.25) + 5];
    case "about":
      return [Math.floor(value * 0.85), Math.ceil(value * 1.15)];
    case "up_to":
      return [Math.floor(value * 0.5), value];
  }
}

/** True when two stated counts can describe the same number. */
export function countsCompatible(a: { count: number; qualifier: Qualifier }, b: { count: number; qualifier: Qualifier }): boolean {
  const [a1, a2] = countRange(a.count, a.qualifier);
  const [b1, b2] = countRange(b.count, b.qualifier);
  return a1 <= b2 && b1 <= a2;
}

function typesCompatible(a: CohortType, b: CohortType): boolean {
  // A pardon that frees people is also reported as a release.
  const group = (t: CohortType) => (t === "pardon" || t === "release" ? "freed" : t);
  return group(a) === group(b);
}

/** Distance in days between two dates given their precision; 0 when a month contains the day; null when unknown or too vague. */
export function dateDistance(a: { date: string | null; datePrecision: string | null }, b: { date: string | null; datePrecision: string | null }): number | null {
  if (!a.date || !b.date) return null;
  if (a.datePrecision === "year" || b.datePrecision === "year") return null;
  if (a.datePrecision === "month" || b.datePrecision === "month") return a.date.slice(0, 7) === b.date.slice(0, 7) ? 0 : null;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) / 86_400_000;
}

/**
 * Picks the cohort a report belongs to, or null for a new one. Prefers an equal count, then the
 * nearest date. Never joins a cohort that already has a source from the same document: one text
 * listing "16 in July, 16 in August" describes two rounds.
 */
export function matchCohort(report: CohortReport, documentId: string, candidates: readonly CohortWithSources[], rules: ClusterRules = DEFAULT_CLUSTER_RULES): Cohort | null {
  let best: { cohort: Cohort; score: number } | null = null;
  const v = report.values;
  const decree = report.reported.decree;
  for (const { cohort, sources } of candidates) {
    if (!typesCompatible(cohort.type, v.type)) continue;
    if (sources.some((s) => s.documentId === documentId)) continue;
    // The same decree is the same act, however differently its size and date are reported.
    if (decree && sources.some((s) => (s.reported as { decree?: string }).decree === decree)) return cohort;
    // An estimated date ("on Monday") may sit a few days from the stated one.
    const slack = v.datePrecision === "estimate" || cohort.datePrecision === "estimate" ? 4 : 0;
    const distance = dateDistance(cohort, v);
    if (distance === null || distance > rules.windowDays + slack) continue;
    const counts = [cohort as { count: number; qualifier: Qualifier }, ...sources.flatMap((s) => reportedCount(s.reported))];
    if (!counts.some((c) => countsCompatible(c, v))) continue;
    const equal = counts.some((c) => c.count === v.count);
    const score = (equal ? 0 : 100) + distance;
    if (!best || score < best.score) best = { cohort, score };
  }
  return best?.cohort ?? null;
}

function reportedCount(r: ReportedValues): { count: number; qualifier: Qualifier }[] {
  return r.count != null ? [{ count: r.count, qualifier: r.qualifier ?? "exact" }] : [];
}

/** What a new report can improve in an unreviewed cohort: an exact count, a stated day, a missing breakdown. */
export function improvement(c: CohortValues, v: CohortValues): Partial<CohortValues> {
  const patch: Partial<CohortValues> = {};
  if (c.qualifier !== "exact" && v.qualifier === "exact") Object.assign(patch, { count: v.count, qualifier: v.qualifier });
  if ((c.datePrecision !== "day" || !c.date) && v.datePrecision === "day") Object.assign(patch, { date: v.date, datePrecision: v.datePrecision });
  for (const k of ["women", "men", "chronicIllness", "disabled", "over50", "withChildren", "minors", "ordinal"] as const) {
    if (c[k] == null && v[k] != null && (k === "ordinal" || (v[k] as number) <= (patch.count ?? c.count))) patch[k] = v[k];
  }
  if (patch.ordinal != null && !c.ordinalScope) patch.ordinalScope = v.ordinalScope ?? "year";
  return patch;
}
