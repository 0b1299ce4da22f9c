/**
 * @module domain/cohort
 * A cohort is a group something happened to at once (a pardon round, an exchange, a mass
 * release or arrest), usually anonymous: "32 pardoned: 8 women, 24 men …". Its rules: the
 * breakdown must fit inside the count, and several sources may report one cohort differently.
 */
import { ValidationError } from "./errors.js";
import type { DatePrecision } from "./dates.js";
import type { FactStatus } from "./custody.js";

export const COHORT_TYPES = ["pardon", "release", "exchange", "arrest", "other"] as const;
export type CohortType = (typeof COHORT_TYPES)[number];

export const QUALIFIERS = ["exact", "over", "about", "up_to", "at_least"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Breakdown fields, in the order they are usually announced. */
export const BREAKDOWN_FIELDS = [
  "women",
  "men",
  "chronicIllness",
  "disabled",
  "over50",
  "withChildren",
  "minors",
  "pensioners",
  "under25",
] as const;
export type BreakdownField = (typeof BREAKDOWN_FIELDS)[number];
export type Breakdown = Partial<Record<BreakdownField, number | null>>;

/** The name a breakdown field has on the command line and in JSON ("chronicIllness" -> "chronic-illness"). */
export function breakdownFlag(field: BreakdownField): string {
  return field === "over50" ? "over-50" : field === "under25" ? "under-25" : field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export interface CohortValues extends Breakdown {
  type: CohortType;
  count: number;
  qualifier: Qualifier;
  date: string | null;
  datePrecision: DatePrecision | null;
  extra?: Record<string, number> | null;
  ordinal?: number | null;
  ordinalScope?: string | null;
  namesUndisclosed?: boolean;
  country?: string | null;
  note?: string | null;
}

export interface Cohort extends CohortValues {
  id: string;
  status: FactStatus;
  createdAt: string;
  /** Set when this cohort was folded into another (see app/merge-cohorts). */
  mergedInto?: string | null;
}

/**
 * Checks a cohort's numbers; throws ValidationError naming the first bad field. Returns
 * warnings for what is plausible but incomplete (women + men below an exact count).
 * @example checkCohort({ type: "pardon", count: 32, qualifier: "exact", women: 8, men: 30, date: null, datePrecision: null })
 * // throws ValidationError("women", "women + men (38) exceed the count (32)")
 */
export function checkCohort(c: CohortValues): string[] {
  if (!COHORT_TYPES.includes(c.type)) throw new ValidationError("type", `must be one of ${COHORT_TYPES.join(", ")}`);
  if (!QUALIFIERS.includes(c.qualifier)) throw new ValidationError("qualifier", `must be one of ${QUALIFIERS.join(", ")}`);
  if (!Number.isInteger(c.count) || c.count <= 0) throw new ValidationError("count", `must be a positive whole number: ${c.count}`);
  const fields: [string, number | null | undefined][] = [
    ...BREAKDOWN_FIELDS.map((f) => [breakdownFlag(f), c[f]] as [string, number | null | undefined]),
    ...Object.entries(c.extra ?? {}),
  ];
  for (const [name, v] of fields) {
    if (v == null) continue;
    if (!Number.isInteger(v) || v < 0) throw new ValidationError(name, `must be a whole number >= 0: ${v}`);
    if (v > c.count) throw new ValidationError(name, `${v} is larger than the count (${c.count})`);
  }
  const warnings: string[] = [];
  if (c.women != null && c.men != null) {
    const sum = c.women + c.men;
    if (sum > c.count) throw new ValidationError("women", `women + men (${sum}) exceed the count (${c.count})`);
    if (sum < c.count && c.qualifier === "exact") warnings.push(`women + men (${sum}) are fewer than the count (${c.count})`);
  }
  if (c.ordinal != null && (!Number.isInteger(c.ordinal) || c.ordinal <= 0)) throw new ValidationError("ordinal", `must be a positive whole number: ${c.ordinal}`);
  return warnings;
}

/** One source's version of a cohort's numbers. */
export interface ReportedValues extends Breakdown {
  count?: number | null;
  qualifier?: Qualifier | null;
  date?: string | null;
  ordinal?: number | null;
}

export interface Conflict {
  field: string;
  values: { value: unknown; sources: string[] }[];
}

const COMPARED: (keyof ReportedValues)[] = ["count", "qualifier", "date", "ordinal", ...BREAKDOWN_FIELDS];

/**
 * Where the sources of one cohort disagree: for each field that two sources both state with
 * different values, every value with the sources that gave it.
 */
export function cohortConflicts(reports: readonly { source: string; reported: ReportedValues }[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const field of COMPARED) {
    const byValue = new Map<string, { value: unknown; sources: string[] }>();
    for (const r of reports) {
      const v = r.reported[field];
      if (v == null) continue;
      const key = JSON.stringify(v);
      const entry = byValue.get(key) ?? { value: v, sources: [] };
      entry.sources.push(r.source);
      byValue.set(key, entry);
    }
    if (byValue.size > 1) conflicts.push({ field: field === "over50" ? "over_50" : field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), values: [...byValue.values()] });
  }
  return conflicts;
}
