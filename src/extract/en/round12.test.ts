import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the twelfth English hold-out round; every sentence written for these tests.
describe("round-12 phenomena", () => {
  it("'Asked by X (constituency)' and 'Answered by Y, Minister …' are the authors of a written question, not people", () => {
    const f = en("Asked by Morag Dunlop (Glasgow South West)\n\nTo ask the Foreign Secretary what steps she is taking.\n\nAnswered by Peter Hale, Minister of State, on 3 March 2025\n\nWe raised the case of Ihar Losik with the embassy.", "2025-03-04");
    expect(f.persons.map((p) => p.name)).toEqual(["Ihar Losik"]);
  });

  it("'Started by X · Petition to President Y': the petition's author is no person, the addressee is", () => {
    const f = en("Started by Tomas Berg · Petition to President Alexander Lukashenko\n\nFree the prisoners of the Hrodna colony.", "2025-03-04");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Alexander Lukashenko", "official"]]);
  });

  it("'The show is produced by X and Y' credits its makers, who are not people of the story", () => {
    const f = en("Morning Desk is produced by Sarah Quinn and Oleg Barysau. Our thanks to Ales Pushkin's family.", "2025-03-04");
    expect(f.persons.map((p) => p.name)).toEqual(["Ales Pushkin"]);
  });

  it("a signature line 'Name, Title, City, Month Year' is a byline", () => {
    const f = en("Thank you for standing with the prisoners.\nMarta Kowalska, Chair, Warsaw, March 2025\n\nIhar Losik was freed in 2025.", "2025-03-04");
    expect(f.persons.map((p) => p.name)).toEqual(["Ihar Losik"]);
  });

  it("a show called '… Line' and an air base are not people", () => {
    const f = en("You are listening to Night Line. The plane landed at Joint Base Lewis after midnight.", "2025-03-04");
    expect(f.persons).toEqual([]);
  });

  it("'let go 12 people, among them X and Y' frees the people listed", () => {
    const f = en("On 5 May 2025 the authorities let go 12 people, among them the blogger Ihar Losik and the lawyer Maksim Znak.", "2025-05-06");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Ihar Losik", "released"], ["Maksim Znak", "released"]]);
  });

  it("a list line 'X, reporter: 8 years' gives the person a prison term", () => {
    const f = en("The court handed down these terms:\n- Aynur Guliyeva, reporter: 8 years\n- Rashad Mammadov: 7.5 years", "2025-07-01");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Aynur Guliyeva", "prisoner"], ["Rashad Mammadov", "prisoner"]]);
  });

  it("'X, a member of the Polish minority, is still serving' holds the person", () => {
    const f = en("The teacher Anna Paniszewa, a member of the Polish minority, is still serving a three-year sentence.", "2025-07-01");
    expect(f.persons[0]).toMatchObject({ name: "Anna Paniszewa", role: "prisoner" });
  });

  it("'N prisoners were taken to Lithuania' is a release", () => {
    const f = en("On 9 March 2025, after talks in Minsk, 17 prisoners were taken to Lithuania.", "2025-03-12");
    expect(f.releases).toHaveLength(1);
    expect(f.releases[0]).toMatchObject({ count: 17, date: "2025-03-09", kind: "other" });
    expect(f.other_counts).toEqual([]);
  });

  it("'X was driven to the border together with Y and a Latvian, three people in all' is a release of three with both names", () => {
    const f = en("On 7 April the teacher Pavel Drozd, whom we had supported since 2021, was driven to the Lithuanian border together with Hanna Lutsevich and a Latvian citizen, three people in all.", "2025-04-20");
    expect(f.releases).toHaveLength(1);
    expect(f.releases[0]).toMatchObject({ count: 3, date: "2025-04-07", names: ["Pavel Drozd", "Hanna Lutsevich"] });
    expect(f.persons.map((p) => p.role)).toEqual(["released", "released"]);
    expect(f.other_counts).toEqual([]);
  });

  it("'In return, five Russians went home, including X' is a release and the swap's other side", () => {
    const f = en("Belarus freed seven prisoners on 2 June 2025. In return, five Russians went home, including Oleg Sidorov, who had been serving nine years.", "2025-06-03");
    expect(f.releases.map((r) => r.count)).toEqual([7, 5]);
    expect(f.other_counts.map((o) => o.value)).toEqual([5]);
    expect(f.persons[0]).toMatchObject({ name: "Oleg Sidorov", role: "released" });
  });

  it("'those who are freed' speaks of people freed in general, not of a release", () => {
    const f = en("New arrests in 2025 replaced many of those who are freed, the lawyer Pavel Drozd said of the 1,150 political prisoners still held.", "2025-06-03");
    expect(f.releases).toEqual([]);
  });

  it("a stock joined by 'and reports that N people have been pardoned' is still a stock", () => {
    const f = en("The rights group Viasna counted 1,150 political prisoners on 30 June 2025 and reports that 300 people have been pardoned since July 2024.", "2025-07-02");
    expect(f.prisoner_count_claims).toHaveLength(1);
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 1150, as_of: "2025-06-30", attributed_to: "Viasna" });
    expect(f.other_counts.map((o) => o.value)).toEqual([300]);
  });

  it("people under sanctions, 'individual donors' and families that asked for help are not counts on the topic", () => {
    const f = en("The government has sanctioned 41 individuals over the crackdown. Our fund raised £9,000 from 350 individual donors and helped the three families who wrote to us.", "2025-07-02");
    expect(f.other_counts).toEqual([]);
  });

  it("'X had been sentenced to death. Lukashenko pardoned him on 30 July' is a pardon of X", () => {
    const f = en("A Polish citizen, Marek Wolny, had been sentenced to ten years in Minsk. Alexander Lukashenko pardoned him on 12 May, a week before the exchange.", "2025-05-20");
    expect(f.pardon_events).toHaveLength(1);
    expect(f.pardon_events[0]).toMatchObject({ count: 1, date: "2025-05-12", names: ["Marek Wolny"] });
    expect(f.persons.find((p) => p.name === "Marek Wolny")?.role).toBe("pardoned");
  });

  it("a nationality before 'human rights defenders' stays part of the source", () => {
    const f = en("Kazakhstani human rights defenders now list more than 40 political prisoners in the country.", "2025-05-20");
    expect(f.prisoner_count_claims[0]?.attributed_to.toLowerCase()).toBe("kazakhstani human rights defenders");
  });

  it("a table row whose last field says 'taken to Lithuania' stays a release of the row", () => {
    const f = en("Row 2: 9 March 2025; release after talks with a U.S. delegation; 4 people, including Pavel Drozd; taken to Lithuania.", "2025-12-31");
    expect(f.releases).toHaveLength(1);
    expect(f.releases[0]).toMatchObject({ count: 4, date: "2025-03-09", names: ["Pavel Drozd"] });
  });
});
