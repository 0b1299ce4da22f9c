import { describe, expect, it } from "vitest";
import type { Cohort, CohortValues } from "../domain/cohort.js";
import { countsCompatible, dateDistance, matchCohort, type CohortWithSources } from "./cluster-cohorts.js";
import type { CohortReport } from "./ingest-facts.js";

function report(values: Partial<CohortValues>): CohortReport {
  const v: CohortValues = { type: "pardon", count: 20, qualifier: "exact", date: "2025-11-20", datePrecision: "day", ...values };
  return { values: v, reported: { count: v.count, qualifier: v.qualifier, date: v.date }, evidence: [] };
}
function cohort(id: string, values: Partial<CohortValues>, documentIds: string[] = ["d0"]): CohortWithSources {
  const c = { ...report(values).values, id, status: "suggested", createdAt: "" } as Cohort;
  return { cohort: c, sources: documentIds.map((documentId) => ({ documentId, reported: { count: c.count, qualifier: c.qualifier } })) };
}

describe("cohort clustering", () => {
  it.each([
    [{ count: 1200, qualifier: "over" }, { count: 1275, qualifier: "exact" }, true],
    [{ count: 1200, qualifier: "exact" }, { count: 1275, qualifier: "exact" }, false],
    [{ count: 30, qualifier: "about" }, { count: 33, qualifier: "exact" }, true],
    [{ count: 70, qualifier: "up_to" }, { count: 71, qualifier: "exact" }, false],
    [{ count: 16, qualifier: "at_least" }, { count: 18, qualifier: "over" }, true],
  ] as const)("counts %j and %j compatible: %s", (a, b, expected) => {
    expect(countsCompatible(a, b)).toBe(expected);
    expect(countsCompatible(b, a)).toBe(expected);
  });

  it("measures dates with their precision", () => {
    expect(dateDistance({ date: "2025-11-20", datePrecision: "day" }, { date: "2025-11-21", datePrecision: "day" })).toBe(1);
    expect(dateDistance({ date: "2025-11-01", datePrecision: "month" }, { date: "2025-11-21", datePrecision: "day" })).toBe(0);
    expect(dateDistance({ date: "2025-10-01", datePrecision: "month" }, { date: "2025-11-21", datePrecision: "day" })).toBeNull();
    expect(dateDistance({ date: "2025-01-01", datePrecision: "year" }, { date: "2025-01-01", datePrecision: "day" })).toBeNull();
  });

  it("joins the same round reported a day apart with a different ordinal", () => {
    const a = cohort("a", { date: "2025-11-20", ordinal: 6 });
    expect(matchCohort(report({ date: "2025-11-21", ordinal: 7 }), "d1", [a])?.id).toBe("a");
  });

  it("joins 'over 1,200' with 1,275 but not 1,150 with 1,275", () => {
    const a = cohort("a", { count: 1275, date: "2025-03-01" });
    expect(matchCohort(report({ count: 1200, qualifier: "over", date: "2025-03-02" }), "d1", [a])?.id).toBe("a");
    expect(matchCohort(report({ count: 1150, date: "2025-03-02" }), "d1", [a])).toBeNull();
  });

  it("keeps rounds apart when dates are far, types differ, or the document already reported the cohort", () => {
    const a = cohort("a", { date: "2025-11-20" });
    expect(matchCohort(report({ date: "2025-11-30" }), "d1", [a])).toBeNull();
    expect(matchCohort(report({ type: "arrest" }), "d1", [a])).toBeNull();
    expect(matchCohort(report({}), "d0", [a])).toBeNull();
  });

  it("allows slack for an estimated date and prefers an equal count", () => {
    const near = cohort("near", { count: 21, qualifier: "about", date: "2025-11-20" });
    const equal = cohort("equal", { count: 20, date: "2025-11-22" });
    expect(matchCohort(report({ date: "2025-11-20" }), "d1", [near, equal])?.id).toBe("equal");
    expect(matchCohort(report({ date: "2025-11-26", datePrecision: "estimate" }), "d1", [equal])?.id).toBe("equal");
  });

  it("treats a pardon and a release of the same people as one event", () => {
    expect(matchCohort(report({ type: "release" }), "d1", [cohort("a", {})])?.id).toBe("a");
  });
});

describe("same decree", () => {
  it("joins reports naming one decree even when counts and dates disagree", () => {
    const a = cohort("a", { count: 20, date: "2025-11-20" });
    a.sources[0]!.reported = { count: 20, decree: "417" } as typeof a.sources[0]["reported"];
    const r = report({ count: 31, date: "2025-11-25" });
    expect(matchCohort(r, "d1", [a])).toBeNull();
    r.reported.decree = "417";
    expect(matchCohort(r, "d1", [a])?.id).toBe("a");
  });
});
