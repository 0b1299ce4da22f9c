import { describe, expect, it } from "vitest";
import { sameSource } from "./attribution.js";
import { prf, scoreDocument } from "./score.js";

const event = (count: number, date: string | null, extra: Record<string, unknown> = {}) => ({
  count, qualifier: "exact", date, women: null, men: null, chronic_illness: null, disabled: null, over_50: null,
  with_children: null, minors: null, ordinal_in_year: null, names: [], ...extra,
});

describe("scoreDocument", () => {
  it("matches rounds one-to-one on count and qualifier, pairing by attributes", () => {
    const expected = { pardon_events: [event(30, "2024-08-16"), event(30, "2024-09-04")] };
    const predicted = { pardon_events: [event(30, "2024-09-04"), event(30, "2024-08-16"), event(31, null)] };
    const s = scoreDocument(expected, predicted);
    expect(s.perKind.pardon_events).toMatchObject({ tp: 2, fp: 1, fn: 0, attrTotal: 2, attrRight: 2 });
  });

  it("a different qualifier is a miss and a false positive", () => {
    const s = scoreDocument(
      { prisoner_count_claims: [{ value: 1300, qualifier: "about", as_of: null, attributed_to: "Viasna" }] },
      { prisoner_count_claims: [{ value: 1300, qualifier: "exact", as_of: null, attributed_to: "Viasna" }] },
    );
    expect(s.perKind.prisoner_count_claims).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it("other counts match on value and score the qualifier as an attribute", () => {
    const s = scoreDocument({ other_counts: [{ value: 8, qualifier: "at_least" }] }, { other_counts: [{ value: 8, qualifier: "exact" }] });
    expect(s.perKind.other_counts).toMatchObject({ tp: 1, attrTotal: 1, attrRight: 0 });
  });

  it("persons match through aliases; releases by count or else by names", () => {
    const s = scoreDocument(
      {
        persons: [{ name: "Rico Krieger", role: "pardoned", aliases: ["Krieger"] }],
        releases: [{ names: ["Rico Krieger"], count: null, date: null, kind: "other" }],
      },
      {
        persons: [{ name: "Krieger", role: "released" }],
        releases: [{ names: ["Rico Krieger"], count: 1, date: null, kind: "other" }],
      },
    );
    expect(s.perKind.persons).toMatchObject({ tp: 1, attrRight: 0 });
    expect(s.perKind.releases).toMatchObject({ tp: 1, attrRight: 1 });
  });

  it("prf is micro-averaged and defined on empty input", () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(prf({ tp: 1, fp: 1, fn: 0 })).toMatchObject({ precision: 0.5, recall: 1 });
  });
});

describe("sameSource", () => {
  it.each([
    ["Viasna / human rights community", "human rights defenders", true],
    ["Viasna", "the Viasna Human Rights Centre", true],
    ["Marco Rubio (US Secretary of State)", "Rubio", true],
    ["human rights groups", "rights groups", true],
    ["AAPP", "Viasna", false],
    ["unattributed", "Viasna", false],
  ])("%s ~ %s -> %s", (e, p, same) => {
    expect(sameSource(e, p)).toBe(same);
  });
});
