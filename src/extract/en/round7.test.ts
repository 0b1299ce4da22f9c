import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the seventh English hold-out round; every sentence written for these tests.
describe("round-7 phenomena", () => {
  it("a chronology entry's date heading dates the later sentences of its paragraph", () => {
    const f = en("Chronology.\n\n4 March 2025 — The president signs a clemency order. Twelve people are pardoned under it.", "2025-06-01");
    expect(f.pardon_events[0]).toMatchObject({ count: 12, date: "2025-03-04" });
  });

  it("present-tense release verbs: 'frees N', 'walk out on pardon', but not 'could walk free'", () => {
    expect(en("The regime frees 40 prisoners as the summit opens.").releases[0]).toMatchObject({ count: 40 });
    const f = en("On 2 May at least 9 people walk out on pardon, the ministry says.", "2025-05-03");
    expect(f.releases[0]).toMatchObject({ count: 9, qualifier: "at_least", date: "2025-05-02", kind: "pardon" });
    expect(en("Lawyers say 25 detainees could walk free next month.").releases).toEqual([]);
  });

  it("'N more pardoned' (a participle after a bare count) is a round", () => {
    const f = en("Late March 2025 — 19 more pardoned, the third group since January.", "2025-04-10");
    expect(f.pardon_events[0]).toMatchObject({ count: 19, date: "2025-03", ordinal_in_year: 3 });
  });

  it("an ordinal before the sentence's round numbers that round; 'of the new year' is its period", () => {
    const f = en("In December the leader pardoned 25 people. The first pardon of the new year frees 11 people.", "2025-01-20");
    expect(f.pardon_events.map((e) => [e.count, e.ordinal_in_year])).toEqual([[25, null], [11, 1]]);
  });

  it("a decree freeing people right after a sentence on pardons is a round, and a release", () => {
    const f = en("Clemency continued in the spring. On 2 April came the first decree of this year: 17 people released, four of them women.", "2025-04-20");
    expect(f.pardon_events[0]).toMatchObject({ count: 17, date: "2025-04-02", women: 4, ordinal_in_year: 1 });
    expect(f.releases[0]).toMatchObject({ count: 17, date: "2025-04-02", kind: "pardon" });
    expect(f.other_counts).toEqual([]);
  });

  it("a dateless count restating a round already told is no new round", () => {
    const f = en("On 9 June the president pardoned 27 people.\n\n03:10 The story: another 27 pardoned, and what the decree left out", "2025-06-12");
    expect(f.pardon_events.map((e) => e.count)).toEqual([27]);
  });

  it("'the list held N names' a few sentences after a stock is a stock of that list", () => {
    const f = en("Viasna counts 1,150 political prisoners. The lawyers spoke next. They were brief. A year ago the list held some 1,350 names.", "2025-07-01");
    expect(f.prisoner_count_claims.map((c) => [c.value, c.qualifier, c.attributed_to])).toEqual([[1150, "exact", "Viasna"], [1350, "about", "Viasna"]]);
  });

  it("a vote tally of members is no count on the topic", () => {
    expect(en("The motion on detainees was backed by 402 members.").other_counts).toEqual([]);
  });

  it("'Figures for X are those of Y' names the document's source", () => {
    const f = en("Our chronology of the year.\n\nNumbers on prisoners are those of the Viasna centre.\n\n30 June 2025 — The count: 1,160 political prisoners.", "2025-07-02");
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 1160, attributed_to: "Viasna" });
  });

  it("'The biggest release of the autumn: N people, among them X and Y' is a release naming them", () => {
    const f = en("The biggest release of the autumn: 61 people, among them Olena Dabrova and Piotr Kasach.", "2025-11-02");
    expect(f.releases[0]).toMatchObject({ count: 61, names: ["Olena Dabrova", "Piotr Kasach"] });
    expect(f.persons.map((p) => p.role)).toEqual(["released", "released"]);
    expect(f.other_counts).toEqual([]);
  });

  it("'X walks free with 6 other prisoners' frees seven", () => {
    const f = en("Ihar Vasilevich walks free with 6 other prisoners.");
    expect(f.releases[0]).toMatchObject({ count: 7, names: ["Ihar Vasilevich"] });
  });

  it("'is returned to prison' makes a prisoner", () => {
    const f = en("Aliaksei Moroz refuses to cross and is returned to prison.");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Aliaksei Moroz", "prisoner"]]);
  });

  it("'X, pardoned and freed in May' is a release of X", () => {
    const f = en("Also on the episode: Tamara Viarenich, pardoned and freed in May after four years.", "2025-08-01");
    // Freed by a pardon: "pardoned" (the convention settled in the fourth session; it was "released").
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Tamara Viarenich", "pardoned"]]);
    expect(f.releases[0]).toMatchObject({ names: ["Tamara Viarenich"], date: "2025-05", kind: "pardon" });
  });

  it("', whose mother was allowed to visit him' makes a prisoner", () => {
    const f = en("Letters reached Pavel Hrytsuk, whose mother was finally allowed to visit him in March.");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Pavel Hrytsuk", "prisoner"]]);
  });
});
