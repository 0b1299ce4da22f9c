import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the sixteenth English hold-out round; every sentence written for these tests.
describe("round-16 phenomena", () => {
  it("'N are parents' in a breakdown is the round's people with children", () => {
    const f = en("On 3 May the president pardoned 40 prisoners. There are six women among them, and 19 are parents.", "2025-05-04");
    expect(f.pardon_events.map((e) => [e.count, e.women, e.with_children])).toEqual([[40, 6, 19]]);
    expect(f.other_counts).toEqual([]);
  });

  it("'The pardoned include N foreigners' is a sub-group, not a second round", () => {
    const f = en("The generals granted an amnesty to 2,100 inmates on 9 March. The pardoned include 64 foreigners, who will be expelled.", "2025-03-10");
    expect(f.pardon_events.map((e) => e.count)).toEqual([2100]);
    expect(f.other_counts.map((c) => c.value)).toEqual([64]);
  });

  it("'Junta chief X' is an official", () => {
    const f = en("Junta chief Than Soe Myint signed the order, state television said.", "2025-03-10");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Than Soe Myint", "official"]]);
  });

  it("'N people detained for political reasons remained behind bars' is a stock", () => {
    const f = en("The monitors said that 4,300 people detained for political reasons remained behind bars in April.", "2025-05-02");
    expect(f.prisoner_count_claims.map((c) => c.value)).toEqual([4300]);
    expect(f.other_counts).toEqual([]);
  });

  it("a label line's own 'as of DATE' dates its stock", () => {
    const f = en("Monthly figures\n\nPolitical prisoners held as of 30 April 2025: 1,180\n", "2025-05-02");
    expect(f.prisoner_count_claims.map((c) => [c.value, c.as_of])).toEqual([[1180, "2025-04-30"]]);
  });

  it("'Of them, women: N' under a stock line is an other count", () => {
    const f = en("Monthly figures\n\nPolitical prisoners held: 1,180\nOf them, women: 150\n", "2025-05-02");
    expect(f.other_counts.map((c) => c.value)).toEqual([150]);
  });

  it("'Newly recognised in April: N' is an other count", () => {
    const f = en("Monthly figures\n\nPolitical prisoners held: 1,180\nNewly recognised in April: 41\n", "2025-05-02");
    expect(f.other_counts.map((c) => c.value)).toEqual([41]);
  });

  it("capitals after 'who lives in' name a place", () => {
    const f = en("Her brother, who lives in San Diego, has asked the State Department to raise her case.", "2025-05-02");
    expect(f.persons).toEqual([]);
  });
});
