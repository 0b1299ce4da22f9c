import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the eighteenth English hold-out round; every sentence written for these tests.
describe("round-18 phenomena", () => {
  it("a period inside a relative clause before the verb is no period of the count", () => {
    const f = en("The ruler, who has held office since 1994, pardoned 26 inmates on 2 March.", "2025-03-04");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([[26, "2025-03-02"]]);
    expect(f.other_counts).toEqual([]);
  });

  it("'were pardoned in early July' after a count dates it by the month", () => {
    const f = en("The spring decrees covered 21 people on 2 April, while at least 12 were pardoned in early February.", "2025-04-10");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([[21, "2025-04-02"], [12, "2025-02"]]);
  });

  it("'a country of N million people' is a population, not a count", () => {
    const f = en("The regime governs a country of seven million people with an iron hand.", "2025-04-10");
    expect(f.other_counts).toEqual([]);
  });

  it("'One of them, X, walked free the same day' after a round: a member, freed by its pardon on its day", () => {
    const f = en("Another 14 convicts were pardoned in late March. One of them, the trade unionist Aliaksei Drozdau, walked free the same day.", "2025-04-10");
    expect(f.pardon_events.map((e) => [e.count, e.date, e.names])).toEqual([[14, "2025-03", ["Aliaksei Drozdau"]]]);
    expect(f.releases.map((r) => [r.names, r.date, r.kind])).toEqual([[["Aliaksei Drozdau"], "2025-03", "pardon"]]);
  });

  it("'On the same day, X walked free after serving his sentence': a release of its own on the round's day", () => {
    const f = en("On 6 May 2025 the president pardoned 17 prisoners. Their names were not published.\n\nOn the same day, the Brest blogger Uladzislau Pratasenka walked free after serving his full sentence.", "2025-05-07");
    expect(f.pardon_events.map((e) => [e.count, e.names])).toEqual([[17, []]]);
    expect(f.releases.map((r) => [r.names, r.date, r.kind])).toEqual([[["Uladzislau Pratasenka"], "2025-05-06", "sentence_served"]]);
    expect(f.persons.find((p) => p.name === "Uladzislau Pratasenka")?.role).toBe("released");
  });

  it("list lines right after a breakdown line continue the breakdown", () => {
    const f = en("On 6 May 2025 the president pardoned 17 prisoners.\n\nThe decree lists:\n• 4 women\n• 9 with chronic illnesses\n• 6 aged over 50\n• 8 raising children", "2025-05-07");
    expect(f.pardon_events.map((e) => [e.count, e.women, e.chronic_illness, e.over_50, e.with_children])).toEqual([[17, 4, 9, 6, 8]]);
  });

  it("'pardons N political prisoners out of more than M': M is a stock", () => {
    const f = en("The president pardons 26 political prisoners out of more than 1,150.", "2025-05-07");
    expect(f.pardon_events.map((e) => e.count)).toEqual([26]);
    expect(f.prisoner_count_claims.map((c) => [c.value, c.qualifier])).toEqual([[1150, "over"]]);
  });

  it("'That is down from about N' after a stock: an earlier stock", () => {
    const f = en("On 30 April the group counted 1,180 political prisoners. That is down from about 1,300 a year earlier.", "2025-05-07");
    expect(f.prisoner_count_claims.map((c) => c.value)).toEqual([1180, 1300]);
  });

  it("a dashed list under 'Those still imprisoned include:' names prisoners", () => {
    const f = en("Several reporters are still jailed. Those still imprisoned include:\n\n- Larysa Shchyrakova, a freelance camerawoman, serving three years;\n- Dzmitry Luksha, an editor, serving five years.", "2025-05-07");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Larysa Shchyrakova", "prisoner"], ["Dzmitry Luksha", "prisoner"]]);
  });

  it("a dateline city, 'Central Asia' and a newspaper's title are no persons", () => {
    const f = en("New York, May 7, 2025 - The group's Europe and Central Asia director Anna Kovac said a correspondent of Gazeta Wyborcza and one of Novaya Gazeta were detained.", "2025-05-07");
    expect(f.persons.map((p) => p.name)).toEqual(["Anna Kovac"]);
  });

  it("'X walked out with N others on DATE' is a release of N + 1 with X", () => {
    const f = en("The blogger Mikhail Zhamchuzhny walked out with 8 others on 9 May.", "2025-05-12");
    expect(f.releases.map((r) => [r.names, r.count, r.date])).toEqual([[["Mikhail Zhamchuzhny"], 9, "2025-05-09"]]);
    expect(f.other_counts).toEqual([]);
  });

  it("'X was among N prisoners freed' makes X released", () => {
    const f = en("The journalist Ksenia Lutskina was among 9 prisoners freed on 9 May.", "2025-05-12");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Ksenia Lutskina", "released"]]);
  });

  it("'N people were pardoned in 2025 and M since July 2024': M is a second total", () => {
    const f = en("The centre says 210 people were pardoned in 2025 and 440 since July 2024.", "2025-12-12");
    expect(f.other_counts.map((c) => c.value)).toEqual([210, 440]);
  });

  it("'N media workers' is a head count; 'were among those released' keeps it a sub-group", () => {
    const f = en("The union said 12 media workers were still in custody.", "2025-12-12");
    expect(f.other_counts.map((c) => c.value)).toEqual([12]);
    const g = en("The union said at least five media workers were among those released.", "2025-12-12");
    expect(g.other_counts.map((c) => c.value)).toEqual([5]);
    expect(g.releases).toEqual([]);
  });

  it("a profile with an age inside a paragraph under 'Who was freed?' is released", () => {
    const f = en("Who was freed?\n\nThe group included well-known names. Palina Sharenda-Panasiuk, 47, an activist from Brest, had served three years.", "2025-12-12");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Palina Sharenda-Panasiuk", "released"]]);
  });
});
