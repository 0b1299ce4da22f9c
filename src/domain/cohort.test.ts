import { describe, expect, it } from "vitest";
import { checkCohort, cohortConflicts, type CohortValues } from "./cohort.js";
import { ValidationError } from "./errors.js";

const base: CohortValues = { type: "pardon", count: 32, qualifier: "exact", date: "2024-11-20", datePrecision: "day" };

describe("cohort breakdown consistency", () => {
  it("accepts a breakdown that adds up", () => {
    expect(checkCohort({ ...base, women: 8, men: 24, chronicIllness: 17, disabled: 1, over50: 9, withChildren: 17 })).toEqual([]);
  });

  it.each([
    [{ women: 10, men: 24 }, "women"],
    [{ chronicIllness: 33 }, "chronic-illness"],
    [{ over50: 40 }, "over-50"],
    [{ withChildren: -1 }, "with-children"],
    [{ count: 0 }, "count"],
    [{ count: 2.5 }, "count"],
    [{ type: "amnesty" as never }, "type"],
    [{ qualifier: "roughly" as never }, "qualifier"],
    [{ extra: { pensioners_over_70: 50 } }, "pensioners_over_70"],
  ])("rejects %j naming %s", (patch, field) => {
    let error: unknown;
    try {
      checkCohort({ ...base, ...patch });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
  });

  it("warns when women and men fall short of an exact count", () => {
    expect(checkCohort({ ...base, women: 8, men: 20 })).toHaveLength(1);
    expect(checkCohort({ ...base, qualifier: "over", women: 8, men: 20 })).toEqual([]);
  });
});

describe("conflicts between sources", () => {
  it("lists each field two sources state differently, with who said what", () => {
    const conflicts = cohortConflicts([
      { source: "a", reported: { count: 32, women: 8, date: "2024-11-20" } },
      { source: "b", reported: { count: 32, women: 9, date: "2024-11-20" } },
      { source: "c", reported: { count: 32 } },
    ]);
    expect(conflicts).toEqual([
      {
        field: "women",
        values: [
          { value: 8, sources: ["a"] },
          { value: 9, sources: ["b"] },
        ],
      },
    ]);
  });
});
