/**
 * @module app/review-cohorts
 * Review of cohorts (suggested from reports, or entered by hand): accept, correct the count or
 * breakdown (checked again by the domain rule), reject, retract; one by one or in bulk.
 */
import { checkCohort, type Cohort, type CohortValues } from "../domain/cohort.js";
import { parsePartialDate } from "../domain/dates.js";
import type { ReviewAction } from "../domain/review.js";
import type { CohortFilter, Repositories, TransactionManager } from "../domain/ports.js";
import { reviewBulk, reviewFact, type Reviewable } from "./review-facts.js";

export const cohortReview: Reviewable<Cohort, CohortValues> = {
  entity: "cohort",
  get: (r, id) => r.cohorts.get(id),
  save: (r, id, patch) => r.cohorts.update(id, patch),
  check: (c) => void checkCohort(c),
};

const NUMERIC: (keyof CohortValues)[] = ["count", "women", "men", "chronicIllness", "disabled", "over50", "withChildren", "minors", "pensioners", "under25", "ordinal"];
const SNAKE: Record<string, keyof CohortValues> = { chronic_illness: "chronicIllness", over_50: "over50", with_children: "withChildren", under_25: "under25" };

/** Normalises corrected values typed by a person (snake_case or camelCase, dates partial). */
export function cohortCorrection(values: Record<string, unknown>): Partial<CohortValues> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    const key = SNAKE[k] ?? (k as keyof CohortValues);
    if (key === "date" && v != null) {
      const d = parsePartialDate(String(v), "date");
      out.date = d.date;
      out.datePrecision = d.precision;
    } else out[key] = NUMERIC.includes(key) && v != null ? Number(v) : v;
  }
  return out as Partial<CohortValues>;
}

export function reviewCohort(
  deps: { tx: TransactionManager },
  req: { id: string; action: ReviewAction; values?: Record<string, unknown>; actor: string; note?: string | null },
): Promise<Cohort> {
  return reviewFact(deps, cohortReview, { ...req, values: req.values ? cohortCorrection(req.values) : undefined });
}

export function reviewCohorts(deps: { tx: TransactionManager }, filter: CohortFilter, action: Exclude<ReviewAction, "correct">, actor: string): Promise<Cohort[]> {
  return reviewBulk(deps, cohortReview, (r: Repositories) => r.cohorts.list({ ...filter, limit: filter.limit ?? 100_000 }), action, actor);
}
