import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the fifth English hold-out round; every sentence written for these tests.
describe("round-5 phenomena", () => {
  it("a correction note's retracted figure is no round", () => {
    const f = en("The president pardoned 25 people on April 2.\n\nCorrection: An earlier version of this article gave the April 2 pardon as 26 people.", "2025-04-05");
    expect(f.pardon_events.map((e) => e.count)).toEqual([25]);
  });

  it("a parenthesised wire credit line names no one", () => {
    const f = en("Officials released 12 detainees on Monday.\n\n(Reporting by Ana Perell; Editing by Marc Dobson)");
    expect(f.persons).toEqual([]);
  });

  it("'the fourth such move since early July' is the round's ordinal", () => {
    const f = en("The leader pardoned 26 convicts, the fourth such move since early July.", "2025-09-20");
    expect(f.pardon_events[0]).toMatchObject({ count: 26, ordinal_in_year: 4 });
  });

  it("'the authorities let 40 prisoners go' is a release, also with a ranking apposition after it", () => {
    const f = en("The authorities have let 40 prisoners go, the largest release since the talks began last year.");
    expect(f.releases[0]).toMatchObject({ count: 40 });
    expect(f.other_counts).toEqual([]);
  });

  it("an envoy in apposition without 'of/for/to', and a possessive title, make officials", () => {
    const f = en("The minister met Laura Brenner, a deputy EU special envoy, and Paul Ostrow, the Chancellor's envoy for the region.");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Laura Brenner", "official"], ["Paul Ostrow", "official"]]);
  });

  it("a '[12]' footnote marker is no count, and ends a sentence", () => {
    const f = en("On 5 May 2025, 16 people were pardoned, several of them seriously ill.[12] The next round came later.", "2025-06-01");
    expect(f.pardon_events[0]).toMatchObject({ count: 16, chronic_illness: null });
  });

  it("'Of the 30 people pardoned on 16 August, 14 were women': the day before the comma belongs to the month", () => {
    const f = en("Of the 40 people pardoned on 12 March, 11 were women.", "2025-04-01");
    expect(f.pardon_events[0]).toMatchObject({ count: 40, women: 11 });
  });

  it("'By the end of 2024 X counted N political prisoners' is as of 31 December", () => {
    const f = en("By the end of 2024 the monitors counted 1,480 political prisoners.", "2025-03-01");
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 1480, as_of: "2024-12-31" });
  });

  it("'its list held about N names' after a sentence about political prisoners is a stock", () => {
    const f = en("The group tracks political prisoners in the country. In May 2024 its list held about 1,600 names.", "2025-03-01");
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 1600, qualifier: "about", as_of: "2024-05" });
  });

  it("'the group's count stood at N at the end of <month>' is a stock as of that month's last day", () => {
    const f = en("Arrests went on, and the centre's count stood at 1,310 at the end of March 2025.", "2025-05-01");
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 1310, as_of: "2025-03-31" });
  });

  it("an ordinal after a later round of the sentence numbers that round, not the main one", () => {
    const f = en("He pardoned 20 people on 3 March. A decree of 9 April freed 17 people, the first pardon of the month since the spring began.", "2025-05-01");
    expect(f.pardon_events.map((e) => [e.count, e.ordinal_in_year])).toEqual([[20, null], [17, 1]]);
  });

  it("'The largest decree covered N people' in a pardon story is a round", () => {
    const f = en("He pardoned 20 people on 3 March. The largest decree, on 9 April, covered 44 people.", "2025-05-01");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([[20, "2025-03-03"], [44, "2025-04-09"]]);
  });

  it("case-list headings 'Name — RELEASED' / '— STILL DETAINED' give roles and join the counted release", () => {
    const f = en("On 2 May 2025 the authorities released 40 prisoners.\n\nOlga Nestor — RELEASED\nSentenced to six years.\n\nIvan Sorokau — STILL DETAINED\nNo news since March.", "2025-05-10");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Olga Nestor", "released"], ["Ivan Sorokau", "prisoner"]]);
    expect(f.releases).toHaveLength(1);
    expect(f.releases[0]).toMatchObject({ count: 40, names: ["Olga Nestor"] });
  });
});
