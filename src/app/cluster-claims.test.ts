import { describe, expect, it } from "vitest";
import type { Qualifier } from "../domain/cohort.js";
import { claimSeries, type SeriesClaim } from "./cluster-claims.js";

let n = 0;
function claim(attributedTo: string, value: number, asOf: string | null, qualifier: Qualifier = "exact", status: SeriesClaim["status"] = "suggested"): SeriesClaim {
  return { id: `c${++n}`, subject: "political_prisoners_held", value, qualifier, asOf, attributedTo, status, documentId: `d${n}` };
}

describe("claim series", () => {
  it("groups claims per publisher, ignoring case and punctuation, oldest first", () => {
    const { series } = claimSeries([claim("Viasna", 1200, "2025-02-01"), claim("viasna.", 1180, "2025-01-01"), claim("Other Group", 1100, null)]);
    expect(series.map((s) => [s.attributedTo, s.claims.map((c) => c.value)])).toEqual([
      ["Other Group", [1100]],
      ["Viasna", [1180, 1200]],
    ]);
  });

  it("flags publishers that disagree beyond their qualifiers on nearby dates", () => {
    const { disagreements } = claimSeries([
      claim("Viasna", 1275, "2025-03-01"),
      claim("Ministry", 1200, "2025-03-03", "over"),
      claim("Newspaper", 1150, "2025-03-04"),
      claim("Far Later", 900, "2025-05-01"),
      claim("Rejected", 10, "2025-03-02", "exact", "rejected"),
    ]);
    expect(disagreements.map((d) => d.reason)).toEqual([
      "Viasna: 1275 (2025-03-01) vs Newspaper: 1150 (2025-03-04)",
      "Ministry: over 1200 (2025-03-03) vs Newspaper: 1150 (2025-03-04)",
    ]);
  });

  it("does not compare a publisher with itself", () => {
    expect(claimSeries([claim("Viasna", 1000, "2025-03-01"), claim("Viasna", 1300, "2025-03-02")]).disagreements).toEqual([]);
  });
});
