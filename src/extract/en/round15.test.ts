import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the fifteenth English hold-out round; every sentence written for these tests.
describe("round-15 phenomena", () => {
  it("'the N people who remain behind bars' is a stock", () => {
    const f = en("The deal should not hide the roughly 900 people who remain behind bars for their views, the Patriot group said.", "2025-04-02");
    expect(f.prisoner_count_claims.map((c) => c.value)).toEqual([900]);
  });

  it("'In May, 12 people, among them X, were freed': the number after the month's comma is a count, not a day", () => {
    const f = en("In May, 12 people, among them the poet Olga Berg, were freed after talks in Minsk.", "2025-09-02");
    expect(f.releases.map((r) => [r.count, r.date, r.names])).toEqual([[12, "2025-05", ["Olga Berg"]]]);
  });

  it("'X was exchanged on DATE in PLACE for Y': two releases, both people freed", () => {
    const f = en("The chess coach Olga Berg, jailed for six years for a donation, was exchanged on March 3, 2023 in Vienna for Petr Ulanov, a smuggler.", "2025-04-02");
    expect(f.releases.map((r) => [r.names, r.date])).toEqual([[["Olga Berg"], "2023-03-03"], [["Petr Ulanov"], "2023-03-03"]]);
    expect(f.persons.map((p) => p.role)).toEqual(["released", "released"]);
  });

  it("'X was flown out of Russia on DATE' is a release", () => {
    const f = en("Olga Berg, a nurse from Ohio, was flown out of Russia on March 3, 2023.", "2025-04-02");
    expect(f.releases.map((r) => [r.names, r.date])).toEqual([[["Olga Berg"], "2023-03-03"]]);
  });

  it("a counted release takes the day date told later in the sentence before, when that sentence tells of the swap", () => {
    const f = en("In the biggest deal in years, 30 people were swapped at Vienna airport on May 5, 2023. Minsk released 12 people, among them Olga Berg.", "2025-04-02");
    expect(f.releases.map((r) => [r.count, r.date])).toEqual([[12, "2023-05-05"]]);
  });
});
