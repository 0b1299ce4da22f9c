import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

describe("breakdowns stated for the whole group", () => {
  it("reads women, men, illness, disability, age and children", () => {
    const f = en(
      "The leader has pardoned 40 people jailed for protesting. The group consists of 12 women and 28 men. Nine of them suffer from chronic diseases, two have a disability, six are over 50 and 15 have children; one is a minor.",
    );
    expect(f.pardon_events).toHaveLength(1);
    expect(f.pardon_events[0]).toMatchObject({ count: 40, women: 12, men: 28, chronic_illness: 9, disabled: 2, over_50: 6, with_children: 15, minors: 1 });
    expect(f.other_counts).toEqual([]);
  });

  it("men before women, and sub-groups the schema has no field for become other counts", () => {
    const f = en("Another 19 prisoners were pardoned on Monday: 15 men and four women. Among those pardoned are three pensioners.");
    expect(f.pardon_events[0]).toMatchObject({ count: 19, men: 15, women: 4, date: "2025-03-10" });
    expect(f.other_counts.map((o) => o.value)).toEqual([3]);
  });

  it("a men/women split of a prisoner count is not a pardon breakdown", () => {
    const f = en("Rights defenders count 1,180 political prisoners: 1,020 men and 160 women.");
    expect(f.pardon_events).toEqual([]);
    expect(f.other_counts.map((o) => o.value).sort()).toEqual([1020, 160].sort());
  });

  it("a breakdown inside a recap belongs to the round just before it", () => {
    const f = en("Twenty people were pardoned on 3 May, five women and 15 men among them, and another 26 on 20 May.", "2025-06-01");
    expect(f.pardon_events.map((e) => [e.count, e.women, e.men])).toEqual([
      [20, 5, 15],
      [26, null, null],
    ]);
  });

  it("'three of the nineteen are women' names the group, not a new count", () => {
    const f = en("The ruler pardoned nineteen convicts. Three of the nineteen are women.");
    expect(f.pardon_events[0]?.women).toBe(3);
    expect(f.other_counts).toEqual([]);
  });

  it("'and a Briton' at the end of a list of head counts is a count of one", () => {
    const f = en("Those freed comprised four Moldovans, two Georgians and a Swede.");
    expect(f.other_counts.map((o) => o.value)).toEqual([4, 2, 1]);
  });
});
