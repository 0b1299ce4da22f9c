import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

describe("qualifiers on stock counts", () => {
  it.each([
    ["Monitors say more than 1,150 political prisoners remain in jail.", 1150, "over"],
    ["Nearly 1,300 political prisoners are still held, the group says.", 1300, "about"],
    ["At least 900 political prisoners are behind bars, activists said.", 900, "at_least"],
    ["The country holds 1,091 political prisoners, according to the centre.", 1091, "exact"],
  ])("%s", (text, value, qualifier) => {
    const [c] = en(text).prisoner_count_claims;
    expect(c?.value).toBe(value);
    expect(c?.qualifier).toBe(qualifier);
  });

  it("qualifies other counts too", () => {
    const f = en("Since the protests, some 35,000 people have been detained.");
    expect(f.other_counts).toMatchObject([{ value: 35000, qualifier: "about" }]);
  });

  it("a rounded restatement of an exact figure is not a second fact", () => {
    const f = en("This year over 600 people were detained for their views. In total 614 people were detained this year.");
    expect(f.other_counts.map((o) => o.value)).toEqual([614]);
  });
});
