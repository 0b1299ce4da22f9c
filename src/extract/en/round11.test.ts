import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the eleventh English hold-out round; every sentence written for these tests.
describe("round-11 phenomena", () => {
  it("a headline or a book title with 'Not' in it and a publisher's or a programme's name are not people", () => {
    const f = en("Silence Not Broken, by Ales Pratasau, is out from Meadow Books. Sign up with the Travel Safety Alert Program first.", "2025-06-02");
    expect(f.persons.map((p) => p.name)).toEqual(["Ales Pratasau"]);
  });

  it("'The other two were X and Y' after a release of three names the rest of the group", () => {
    const f = en("On 3 March 2025 the authorities freed three people, one of them a Polish citizen. The other two were the teacher Hanna Lutsevich and Pavel Drozd.", "2025-04-02");
    expect(f.releases).toHaveLength(1);
    expect(f.releases[0]).toMatchObject({ count: 3, names: ["Hanna Lutsevich", "Pavel Drozd"] });
    expect(f.persons.map((p) => p.role)).toEqual(["released", "released"]);
  });

  it("'She was one of the N prisoners freed' names the person who opens the sentence before", () => {
    const f = en("Hanna Lutsevich, a music teacher from Lida, was arrested in 2022 and was given four years. She was one of the 40 prisoners freed on 2 May 2025.", "2025-06-02");
    expect(f.releases[0]).toMatchObject({ count: 40, date: "2025-05-02" });
    expect(f.releases[0]?.names).toEqual(["Hanna Lutsevich"]);
    expect(f.persons[0]?.role).toBe("released");
  });

  it("an apposition that serves a term ('X, a nurse serving seven years,') holds the person", () => {
    const f = en("Her neighbour in the barracks, Tamara Sidorchyk, a cook serving six years, shared her parcels.", "2025-06-02");
    expect(f.persons[0]).toMatchObject({ name: "Tamara Sidorchyk", role: "prisoner" });
  });

  it("'X … was not released' and 'X also remained in prison' hold the person", () => {
    const f = en("Han Tun Aung, the former mayor, was not released. His deputy, the lawyer Zaw Min Htike, also remained in prison.", "2025-01-10");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Han Tun Aung", "prisoner"], ["Zaw Min Htike", "prisoner"]]);
  });

  it("a year 'in YYYY' other than the round's own day does not make the round a period total", () => {
    const f = en("On 26 March 2025, the day the army was founded in 1945, the generals announced that they were pardoning 4,300 prisoners.", "2025-03-30");
    expect(f.pardon_events).toHaveLength(1);
    expect(f.pardon_events[0]).toMatchObject({ count: 4300, date: "2025-03-26" });
    expect(f.other_counts).toEqual([]);
  });

  it("a diary entry's heading ('9 May, Friday.') dates the stock and the release told under it", () => {
    const f = en("9 May, Friday. No hearings today. The phones ring: 40 prisoners have been let out after talks. Viasna publishes its count: 1,150 political prisoners.", "2025-05-31");
    expect(f.releases[0]).toMatchObject({ count: 40, date: "2025-05-09" });
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 1150, as_of: "2025-05-09" });
  });

  it("the writers themselves ('We are four observers', 'Two of us') and parts of things ('58 of them' hearings) are not counts", () => {
    const f = en("We are four observers who watch trials. Two of us are let in. In May we sat through 30 hearings, and 28 of them ended in a conviction.", "2025-06-02");
    expect(f.other_counts).toEqual([]);
  });

  it("'it said' after sentences about an organisation attributes the stock to it", () => {
    const f = en("The Assistance Association for Political Prisoners (AAPP) was set up by former inmates. Since the coup it has kept a list of arrests. In March 2025 it said that more than 22,000 people were still in detention.", "2025-04-02");
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 22000, attributed_to: "AAPP" });
  });

  it("'N political prisoners among the people released' is a sub-group, not a release", () => {
    const f = en("On 17 April 2025 the generals pardoned 4,800 prisoners. Monitors said they could confirm about 300 political prisoners among the people released.", "2025-04-20");
    expect(f.releases.map((r) => r.count)).not.toContain(300);
    expect(f.other_counts.map((o) => o.value)).toContain(300);
  });

  it("'among those freed' a few sentences after a pardon round makes the round a release", () => {
    const f = en("On 17 April 2025 the generals pardoned 4,800 prisoners. Relatives waited at the gates. Monitors keep a list of arrests. They check every name. Were journalists among those freed? Only two.", "2025-04-20");
    expect(f.releases).toHaveLength(1);
    expect(f.releases[0]).toMatchObject({ count: 4800, date: "2025-04-17", kind: "pardon" });
  });

  it("'Of these, N were foreign nationals' counts people", () => {
    const f = en("On 17 April 2025 the generals pardoned 4,800 prisoners. Of these, 90 were foreign nationals, who were to be deported.", "2025-04-20");
    expect(f.other_counts).toEqual([expect.objectContaining({ value: 90, qualifier: "exact" })]);
  });

  it("'the December release of N prisoners' is dated to that month, the year read from publication", () => {
    const f = en("The memoir went to press before the November release of 70 prisoners, which freed Ihar Losik among others.", "2026-02-10");
    expect(f.releases[0]).toMatchObject({ count: 70, date: "2025-11" });
  });

  it("'X, 58, a heating engineer, is tried for …' holds a defendant, but not one tried in absentia", () => {
    const f = en("Siarhei Pratas, 44, a bus driver, is tried for a comment online. Nadzeya Kuts, an editor in Warsaw, was tried in absentia.", "2025-06-02");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Siarhei Pratas", "prisoner"], ["Nadzeya Kuts", "other"]]);
  });
});
