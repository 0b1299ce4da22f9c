import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the nineteenth English hold-out round; every sentence written for these tests.
describe("round-19 phenomena", () => {
  it("'--With assistance from X.' is a closing credit, no person", () => {
    const f = en("Minsk freed nine prisoners on 2 May 2025, among them the poet Ihar Sukhy.\n\n--With assistance from Jonas Petraitis.", "2025-05-03");
    expect(f.persons.map((p) => p.name)).toEqual(["Ihar Sukhy"]);
  });

  it("'The Special Rapporteur on the situation of human rights in X, Y,' names an official", () => {
    const f = en("The Special Rapporteur on the situation of human rights in Belarus, Ruta Kalnina, urged the release of 1,100 people held for their views.", "2025-05-03");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Ruta Kalnina", "official"]]);
  });

  it("a possessive title set off by a comma names an official ('Lukashenko's press secretary, X,')", () => {
    const f = en("Lukashenko's press secretary, Alena Drozd, confirmed on Telegram that 16 prisoners had been freed on 4 May 2025.", "2025-05-05");
    expect(f.persons.find((p) => p.name === "Alena Drozd")?.role).toBe("official");
    expect(f.releases.map((r) => [r.count, r.names])).toEqual([[16, []]]);
  });

  it("'State-owned X' opening a list line is a company, no person", () => {
    const f = en("What it means:\n- State-owned Naftan ships fuel again.\n- Activist Palina Herasimava was freed on 4 May 2025.", "2025-05-05");
    expect(f.persons.map((p) => p.name)).toEqual(["Palina Herasimava"]);
  });

  it("a name opening a clause after 'freed after' is not among the freed", () => {
    const f = en("Twenty people were freed after Viktar Kaliada met the delegation on 4 May 2025.", "2025-05-05");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Viktar Kaliada", "other"]]);
    expect(f.releases.map((r) => [r.count, r.names])).toEqual([[20, []]]);
  });

  it("'among them X's husband, Y': the possessor is not freed", () => {
    const f = en("The opposition leader Volha Pazniak spoke in Warsaw.\n\nIn May the regime freed 12 prisoners, among them Pazniak's husband, Anatol Pazniak.", "2025-06-01");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Volha Pazniak", "opposition_leader"], ["Anatol Pazniak", "released"]]);
  });

  it("'X and Y, a teacher, were among them' after a sentence that frees people: both released", () => {
    const f = en("Sixty prisoners walked free on 4 May 2025. Most of them were driven to Poland. The blogger Ihar Mazur and Olga Ruban, a teacher, were among them, according to her lawyer.", "2025-05-05");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Ihar Mazur", "released"], ["Olga Ruban", "released"]]);
  });

  it("'…, the group estimates' takes the organisation the sentence before names", () => {
    const f = en("The monitor Viasna says arrests continue. About 1,050 people are held on political charges, the group estimates.", "2025-05-05");
    expect(f.prisoner_count_claims.map((c) => [c.value, c.attributed_to])).toEqual([[1050, "Viasna"]]);
  });

  it("'The N were freed on DAY' restates the release just told, with its own day", () => {
    const f = en("The envoy on Tuesday welcomed the release of nine people. The nine were freed on 2 May 2025 and taken to Vilnius.", "2025-05-07");
    expect(f.releases.map((r) => [r.count, r.date])).toEqual([[9, "2025-05-02"]]);
  });

  it("'pardoned since July 2024, including N on DAY': the dated item is a round", () => {
    const f = en("More than 250 people have been pardoned since July 2024, including 19 on 7 March 2025.", "2025-04-01");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([[19, "2025-03-07"]]);
    expect(f.other_counts.map((o) => o.value)).toEqual([250]);
  });

  it("'The previous one, N people, was announced on DAY' after a pardon sentence is a round", () => {
    const f = en("On 3 March 2025 the ruler pardoned 17 prisoners. It is the third group pardoned this year. The previous one, 26 people, was announced on 14 February.", "2025-03-04");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([[17, "2025-03-03"], [26, "2025-02-14"]]);
    expect(f.other_counts).toEqual([]);
  });

  it("a live blog's timed entry takes the day of the blog's header line", () => {
    const f = en("Live: a release in Minsk\n\nFriday, 2 May 2025. Last updated 18:10\n\n18:10 — To sum up: Minsk has released 31 prisoners, among them the lawyer Ihar Bakun.\n\n11:05 — Reports of a release are coming in.", "2025-05-02");
    expect(f.releases.map((r) => [r.count, r.date])).toEqual([[31, "2025-05-02"]]);
  });
});
