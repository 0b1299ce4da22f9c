import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

const allValues = (text: string) => {
  const f = en(text);
  return [
    ...f.pardon_events.map((e) => e.count),
    ...f.prisoner_count_claims.map((c) => c.value),
    ...f.other_counts.map((o) => o.value),
    ...f.releases.map((r) => r.count),
  ];
};

describe("ages, terms, years, percentages and codes are not counts", () => {
  it.each([
    "The 47-year-old teacher was sentenced to six years in a penal colony in 2021.",
    "A court in Homiel gave the blogger 8 years under Article 342 of the Criminal Code.",
    "Turnout was 81 percent, and 12% of ballots were spoiled, officials said.",
    "The hearing lasted three days and the verdict came at 4 p.m.",
    "She was held for 15 days, then for another 30 days, on petty charges.",
    "He ran in Constituency No. 7 during the 2020 election.",
    "The regime has ruled the country for three decades.",
  ])("%s", (text) => {
    expect(allValues(text)).toEqual([]);
  });

  it("still counts the people in a sentence that also has a term", () => {
    expect(allValues("Police detained 14 people, each of whom faces up to three years in prison.")).toEqual([14]);
  });

  it("reads ages in a breakdown as ages, not counts", () => {
    const f = en("The president pardoned 20 convicts. Among them, five are over 50 and two are younger than 18.");
    expect(f.pardon_events[0]?.over_50).toBe(5);
    expect(f.other_counts.map((o) => o.value)).not.toContain(50);
    expect(f.other_counts.map((o) => o.value)).not.toContain(18);
  });
});

describe("a month read as a period before a comma leaves the number after it a count", () => {
  it("'In late March, 14 convicts were pardoned': a round of 14 in March, not 14 March", () => {
    const f = en("In late March, 14 convicts were pardoned.", "2025-04-20");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([[14, "2025-03"]]);
  });

  it("'Since July, 30 people have been pardoned': a total over the period, not a round", () => {
    const f = en("Since July, 30 people have been pardoned.", "2025-04-20");
    expect(f.pardon_events).toEqual([]);
    expect(f.other_counts.map((o) => o.value)).toEqual([30]);
  });

  it("'On March 14 convicts …' stays a date", () => {
    expect(en("On March 14 convicts were pardoned.", "2025-04-20").pardon_events).toEqual([]);
  });
});
