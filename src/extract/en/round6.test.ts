import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the sixth English hold-out round; every sentence written for these tests.
describe("round-6 phenomena", () => {
  it("'Viasna's tally of political prisoners stood at N' is a stock", () => {
    const f = en("Viasna's tally of political prisoners stood at 1,210 at the end of March.", "2025-04-10");
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 1210, attributed_to: "Viasna" });
  });

  it("a released round that is not the sentence's last round is also a release", () => {
    const f = en("At least 12 people were released on 4 May, and on 9 June another 20 were pardoned.", "2025-06-15");
    expect(f.pardon_events.map((e) => e.count)).toEqual([12, 20]);
    expect(f.releases[0]).toMatchObject({ count: 12, qualifier: "at_least", date: "2025-05-04" });
  });

  it("', who spent her birthday behind bars' makes a prisoner", () => {
    const f = en("Friends wrote to Olga Veremeyenko, who celebrated her fortieth birthday behind bars last week.");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Olga Veremeyenko", "prisoner"]]);
  });

  it("'Case No.' is no person", () => {
    const f = en("Case No. 3-88/2024 filled nine volumes, the defence said.");
    expect(f.persons).toEqual([]);
  });
});
