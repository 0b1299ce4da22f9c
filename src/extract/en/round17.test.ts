import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the seventeenth English hold-out round; every sentence written for these tests.
describe("round-17 phenomena", () => {
  it("a breakdown goes on in the sentence after the one that began it", () => {
    const f = en(
      "On 3 May the president pardoned 40 prisoners, his press office said. The decree was published on the same day. Officials gave no names. The pardoned include six women. Nine people suffer from chronic illnesses and 11 have young children.",
      "2025-05-04",
    );
    expect(f.pardon_events.map((e) => [e.count, e.women, e.chronic_illness, e.with_children])).toEqual([[40, 6, 9, 11]]);
    expect(f.other_counts).toEqual([]);
  });

  it("dated clauses after semicolons, with no verb of their own, are releases of their own", () => {
    const f = en("This is the fourth release of the year. In March, five people, including a Canadian, were freed; in July, 16, among them Ihar Palchuk; and on October 2, another 61.", "2025-12-14");
    expect(f.releases.map((r) => [r.count, r.date, r.names])).toEqual([
      [5, "2025-03", []],
      [16, "2025-07", ["Ihar Palchuk"]],
      [61, "2025-10-02", []],
    ]);
  });

  it("'…, and on November 7, 31.': a bare count after its day is one more round", () => {
    const f = en("On December 9, the president pardoned 29 people. On November 20, another 32 prisoners were pardoned, and on November 7, 31.", "2024-12-30");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([
      [29, "2024-12-09"],
      [32, "2024-11-20"],
      [31, "2024-11-07"],
    ]);
  });

  it("'X, a …, who was pardoned and freed on 3 July' is a pardon release of X, not a round", () => {
    const f = en("The president pardoned 32 people on 20 November. One of the first was Ales Dubrouski, a trade unionist with a heart condition, who was pardoned and freed on 3 July.", "2024-11-21");
    expect(f.releases.map((r) => [r.names, r.date, r.kind])).toEqual([[["Ales Dubrouski"], "2024-07-03", "pardon"]]);
    expect(f.pardon_events.map((e) => e.count)).toEqual([32]);
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Ales Dubrouski", "pardoned"]]);
  });
});
