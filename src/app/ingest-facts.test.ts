import { describe, expect, it } from "vitest";
import { emptyFacts, type Facts, type PardonEvent } from "../extract/facts.js";
import { claimDrafts, cohortReports, decreeNear, factDate } from "./ingest-facts.js";

const ctx = { publishedDay: "2025-03-10", outlet: "Example Wire" };
function pardon(p: Partial<PardonEvent>): PardonEvent {
  return { count: 20, qualifier: "exact", date: null, women: null, men: null, chronic_illness: null, disabled: null, over_50: null, with_children: null, minors: null, ordinal_in_year: null, names: [], evidence: [{ field: "text", start: 0, end: 5 }], ...p };
}

describe("facts to suggestions", () => {
  it("keeps stated dates with their precision and estimates missing ones from the publication day", () => {
    expect(factDate("2025-03", ctx)).toEqual({ date: "2025-03-01", precision: "month" });
    expect(factDate("2025-02-30", ctx)).toEqual({ date: "2025-03-10", precision: "estimate" });
    expect(factDate(null, { publishedDay: null, outlet: null })).toEqual({ date: null, precision: null });
  });

  it("maps count claims to subjects and dates them by publication when undated", () => {
    const facts: Facts = { ...emptyFacts(), prisoner_count_claims: [
      { value: 1200, qualifier: "over", as_of: null, attributed_to: "Viasna", scope: "political prisoners currently held", country: "Belarus", evidence: [] },
      { value: 3000, qualifier: "exact", as_of: "2025-01-01", attributed_to: "", scope: "recognised since 2020", country: null, evidence: [] },
    ] };
    expect(claimDrafts(facts, ctx).map((c) => [c.subject, c.asOf, c.asOfPrecision, c.attributedTo])).toEqual([
      ["political_prisoners_held", "2025-03-10", "estimate", "Viasna"],
      ["political_prisoners_recognised", "2025-01-01", "day", "unattributed"],
    ]);
  });

  it("drops impossible breakdowns and a release that repeats the pardon", () => {
    const facts: Facts = { ...emptyFacts(), pardon_events: [pardon({ women: 15, men: 10, minors: 99 })], releases: [
      { names: [], count: 20, date: null, kind: "pardon", evidence: [] },
      { names: [], count: 4, date: "2025-03-09", kind: "sentence_served", evidence: [] },
    ] };
    const reports = cohortReports(facts, ctx);
    expect(reports.map((r) => [r.values.type, r.values.count])).toEqual([["pardon", 20], ["release", 4]]);
    expect(reports[0]?.values).toMatchObject({ women: null, men: null, minors: null });
    // An estimated date is not what the source said.
    expect(reports[0]?.reported.date).toBeNull();
  });

  it("finds the decree named in the sentence of the fact", () => {
    const text = "Unrelated first sentence. Under Decree No. 417 the president freed 20 people. Later text.";
    const start = text.indexOf("freed");
    expect(decreeNear([{ field: "text", start, end: start + 5 }], { title: null, text })).toBe("417");
    const other = text.indexOf("Later");
    expect(decreeNear([{ field: "text", start: other, end: other + 5 }], { title: null, text })).toBeNull();
  });
});
