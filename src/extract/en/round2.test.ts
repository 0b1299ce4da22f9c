import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the second English hold-out round; every sentence written for these tests.
describe("round-2 phenomena", () => {
  it("a swap frees both sides: 'X was freed in return for Y' is two releases", () => {
    const f = en("Last month chemist Pavel Orlik was freed in return for the businessman Dmitri Sorin, officials said.");
    expect(f.releases.map((r) => r.names)).toEqual([["Pavel Orlik"], ["Dmitri Sorin"]]);
    expect(f.persons.find((p) => p.name === "Dmitri Sorin")?.role).toBe("released");
  });

  it("a long apposition between the name and 'has been released'", () => {
    const f = en("Irina Volk, a retired nurse who was sentenced to eight years for sending 300 roubles to a charity abroad, has been released.");
    expect(f.persons.find((p) => p.name === "Irina Volk")?.role).toBe("released");
  });

  it("a capitalised pair before a place noun is a place, not a person", () => {
    const f = en("The plane landed at Ben Gurion airport on Friday.");
    expect(f.persons).toEqual([]);
  });

  it("'along with 13 others' after a period total in another clause", () => {
    const f = en("The ruler has pardoned more than 250 people since July 2023; in May he freed Oleg Demchuk along with 11 others.", "2025-06-01");
    expect(f.releases[0]).toMatchObject({ count: 12, names: ["Oleg Demchuk"], date: "2025-05" });
  });

  it("'were considered political prisoners' and 'are still under detention' are stocks", () => {
    expect(en("As of 30 April, 1,198 people were considered political prisoners in the country.").prisoner_count_claims[0]?.value).toBe(1198);
    const f = en("Of them, 18,400 are still under detention, and 4,100 people have been killed by the army.");
    expect(f.prisoner_count_claims.map((c) => c.value)).toEqual([18400]);
  });

  it("counted detentions and convictions are other counts", () => {
    const f = en("Monitors recorded at least 85 politically motivated detentions and 41 convictions in May.");
    expect(f.other_counts.map((o) => [o.value, o.qualifier])).toEqual([[85, "at_least"], [41, "exact"]]);
  });

  it("a colon list after a release names the freed", () => {
    const f = en("On Monday, two prisoners were released after talks with a U.S. delegation: blogger Ihar Lednik and Maryna Kasper.");
    expect(f.persons.map((p) => p.role)).toEqual(["released", "released"]);
  });

  it("taken back to prison outweighs 'opposition politician'", () => {
    const f = en("Opposition politician Uladzimir Nyaklyaeu refused to board the bus and was taken back to the prison, his wife said.");
    expect(f.persons[0]?.role).toBe("prisoner");
  });

  it("', who was sentenced' right after the name", () => {
    const f = en("Officials must free reporter Nino Kapanadze, who was sentenced on May 2 to three years.");
    expect(f.persons[0]?.role).toBe("prisoner");
  });
});

describe("round-2 batch 2 phenomena", () => {
  it("'Between July 2023 and May 4, 2024, N were pardoned' is a period total, not a round", () => {
    const f = en("Between July 2023 and May 4, 2024, 412 people were pardoned, monitors said.", "2024-06-01");
    expect(f.pardon_events).toEqual([]);
    expect(f.other_counts.map((o) => o.value)).toEqual([412]);
  });

  it("'N new politically motivated criminal cases' is an other count", () => {
    const f = en("Monitors opened files on at least 64 new politically motivated criminal cases in March.");
    expect(f.other_counts.map((o) => [o.value, o.qualifier])).toEqual([[64, "at_least"]]);
  });
});
