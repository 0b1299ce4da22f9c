import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the fourteenth English hold-out round; every sentence written for these tests.
describe("round-14 phenomena", () => {
  it("'N people were still being held' is a stock", () => {
    const f = en("Rights monitors say 1,402 people were still being held on political charges in March.", "2025-04-02");
    expect(f.prisoner_count_claims.map((c) => c.value)).toEqual([1402]);
  });

  it("'N people currently behind bars' (no verb) is a stock", () => {
    const f = en("The Patriot group counts more than 640 people currently behind bars in political cases.", "2025-04-02");
    expect(f.prisoner_count_claims.map((c) => c.value)).toEqual([640]);
  });

  it("a year inside a 'which' clause before the number does not make a stock a flow", () => {
    const f = en("The Patriot group, which was outlawed in 2022, says there are more than 640 political prisoners in the country.", "2025-04-02");
    expect(f.prisoner_count_claims.map((c) => c.value)).toEqual([640]);
  });

  it("'…, and N have been recognised as political prisoners since 2020' after a stock is a stock too", () => {
    const f = en("According to the Patriot group, 702 people remain behind bars, and 2,118 have been recognised as political prisoners since 2020.", "2025-04-02");
    expect(f.prisoner_count_claims.map((c) => c.value).sort()).toEqual([2118, 702]);
  });

  it("'On March 3 last year he was one of 40 prisoners freed': a dated release, the pronoun its member", () => {
    const f = en("Ivan Sokal, a bus driver, was jailed in 2021. On March 3 last year he was one of 40 prisoners freed after talks in Minsk.", "2026-02-10");
    expect(f.releases.map((r) => [r.count, r.date, r.names])).toEqual([[40, "2025-03-03", ["Ivan Sokal"]]]);
  });

  it("'freed N, in exchange for M Russians, among them Y': the other side of the swap is a release", () => {
    const f = en("Minsk freed 12 people, including Olga Berg, in exchange for three Russians held in Poland, among them Petr Ulanov, who had been jailed for spying.", "2025-04-02");
    expect(f.releases.map((r) => [r.count, r.names])).toEqual([[12, ["Olga Berg"]], [3, ["Petr Ulanov"]]]);
    expect(f.persons.find((p) => p.name === "Petr Ulanov")?.role).toBe("released");
  });

  it("a release's date told at the head of the sentence before ('In May 2024, … carried out a swap. X freed 12 …')", () => {
    const f = en("In May 2024, the two countries carried out a prisoner swap in Vienna. Minsk freed 12 people, including Olga Berg.", "2025-04-02");
    expect(f.releases.map((r) => [r.count, r.date])).toEqual([[12, "2024-05"]]);
  });

  it("'… nine aged over 50 and 17 parents': parents are the round's people with children", () => {
    const f = en("On 3 March he pardoned 25 people: four women and 21 men, including six aged over 50 and 11 parents.", "2025-03-04");
    expect(f.pardon_events[0]?.with_children).toBe(11);
  });
});
