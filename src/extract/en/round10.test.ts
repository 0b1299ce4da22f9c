import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the tenth English hold-out round; every sentence written for these tests.
describe("round-10 phenomena", () => {
  it("'pardon decrees signed by X': the name after 'by' is the one who pardons, not a pardoned person", () => {
    const f = en("The usual route was pardon decrees signed by Aliaksei Varonin and read out on state radio.", "2025-04-02");
    expect(f.persons.find((p) => p.name === "Aliaksei Varonin")?.role).not.toBe("pardoned");
    expect(f.pardon_events).toEqual([]);
  });

  it("'N people with chronic illnesses' after a round of the same sentence is its breakdown, not a round", () => {
    const f = en("Row 4: 5 March 2025; pardon decree; 19 people; 2 women and 6 people with chronic illnesses.", "2025-04-02");
    expect(f.pardon_events).toHaveLength(1);
    expect(f.pardon_events[0]).toMatchObject({ count: 19, date: "2025-03-05", women: 2, chronic_illness: 6 });
  });

  it("'N of them parents of children under 18' counts parents, not minors", () => {
    const f = en("Row 9: 2 October 2025; pardon decree; 12 people; 4 women and 8 men, 5 of them parents of children under 18.", "2025-11-02");
    expect(f.pardon_events[0]).toMatchObject({ count: 12, women: 4, men: 8, with_children: 5, minors: null });
  });

  it("'N convicted of X offences and M of Y offences' counts both groups", () => {
    const f = en("Row 5: 9 April 2025; pardon decree; 12 people; 5 convicted of \"extremist\" offences and 7 of drug offences.", "2025-05-02");
    expect(f.other_counts.map((o) => o.value)).toEqual([5, 7]);
  });

  it("a table row told as text ('date; release after …; N people, including X; …') is a release", () => {
    const f = en("Row 2: 3 March 2025; release after talks with a foreign delegation; 9 people, including Paval Sevyarynets; taken to Lithuania.", "2025-04-02");
    expect(f.releases).toHaveLength(1);
    expect(f.releases[0]).toMatchObject({ count: 9, date: "2025-03-03", kind: "other", names: ["Paval Sevyarynets"] });
    expect(f.persons.find((p) => p.name === "Paval Sevyarynets")?.role).toBe("released");
    expect(f.other_counts).toEqual([]);
  });

  it("'N political prisoners at the end of 2023 and M on 30 June 2024': two stocks, each with its own date", () => {
    const f = en("The centre counted 1,402 political prisoners at the end of 2023 and 1,300 on 30 June 2024.", "2024-08-01");
    expect(f.prisoner_count_claims.map((c) => [c.value, c.as_of])).toEqual([[1402, "2023-12-31"], [1300, "2024-06-30"]]);
  });

  it("'the total number of people it has recognised as political prisoners since 2020 rose to N' is a stock", () => {
    const f = en("Over the year the total number of people the centre has recognised as political prisoners since 2020 rose to 3,900.", "2025-01-10");
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 3900, scope: "recognised since 2020" });
    expect(f.other_counts).toEqual([]);
  });

  it("a figure line's label names its source and month in brackets; 'in detention' labels a count", () => {
    const f = en("Figures\nPolitical prisoners (list kept by local human rights defenders, May 2025): more than 300\nJournalists in detention: 12", "2025-06-10");
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 300, qualifier: "over", as_of: "2025-05", attributed_to: "local human rights defenders" });
    expect(f.other_counts.map((o) => o.value)).toEqual([12]);
  });

  it("athletes and coaches are people a count can count", () => {
    const f = en("The foundation says at least 7 athletes and coaches are still political prisoners.", "2025-06-10");
    expect(f.other_counts[0]).toMatchObject({ value: 7, qualifier: "at_least" });
  });

  it("capitals right before an organisation's word ('… Solidarity Fund') name no person", () => {
    const f = en("The Belarusian Chess Solidarity Fund paid for his lawyer.", "2025-06-10");
    expect(f.persons).toEqual([]);
  });

  it("'X, an apposition, was among the 14 prisoners freed' frees X", () => {
    const f = en("Ivan Sidarenka, a boxer who fought for the national team before 2020, was among the 14 prisoners freed on 3 May.", "2025-06-10");
    expect(f.persons.find((p) => p.name === "Ivan Sidarenka")?.role).toBe("released");
    expect(f.releases[0]).toMatchObject({ count: 14, names: ["Ivan Sidarenka"] });
  });

  it("'X, who refused to leave, is back behind bars' holds X", () => {
    const f = en("Ivan Sidarenka, who refused to leave the country in May, is back behind bars.", "2025-06-10");
    expect(f.persons[0]).toMatchObject({ name: "Ivan Sidarenka", role: "prisoner" });
  });

  it("'X, the apposition, Y and Z were freed' frees X too", () => {
    const f = en("Ivan Sidarenka, the chess champion, Paval Lebedzeu and Ala Hrynko were freed with them.", "2025-06-10");
    expect(f.persons.map((p) => p.role)).toEqual(["released", "released", "released"]);
  });

  it("terms with the verb or 'years' gapped ('were given seven, and Z, the cameraman, six and a half') hold everyone", () => {
    const f = en("Ivan Sidarenka received nine years; the reporters Paval Lebedzeu and Ala Hrynko were given seven, and Ihar Zhuk, the cameraman, six and a half.", "2025-06-10");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([
      ["Ivan Sidarenka", "prisoner"],
      ["Paval Lebedzeu", "prisoner"],
      ["Ala Hrynko", "prisoner"],
      ["Ihar Zhuk", "prisoner"],
    ]);
  });

  it("'freed that day' takes the day told two sentences back in its paragraph", () => {
    const f = en("On 2 May 2025 the guards woke him early. By evening he was in Vilnius. He was one of 14 prisoners freed that day.", "2025-06-10");
    expect(f.releases[0]).toMatchObject({ count: 14, date: "2025-05-02" });
  });

  it("'She was one of N freed' in a profile names the person of the title", () => {
    const f = en("Ala Hrynko learned to play chess in a cell. She was one of 14 prisoners freed on 2 May.", "2025-06-10", "The long way home of Ala Hrynko");
    expect(f.releases[0]).toMatchObject({ count: 14, names: ["Ala Hrynko"] });
    expect(f.persons[0]).toMatchObject({ name: "Ala Hrynko", role: "released" });
  });

  it("'one of the three women at the head of the movement' is no count", () => {
    const f = en("In 2020 she became one of the three women at the head of the protest movement.", "2025-06-10");
    expect(f.other_counts).toEqual([]);
  });

  it("a person held earlier in the text and then counted into a release is released", () => {
    const f = en("Ala Hrynko had been sentenced to nine years in 2021. On 2 May she was driven to the border. She was one of 14 prisoners freed that day.", "2025-06-10", "Ala Hrynko, free at last");
    expect(f.releases[0]).toMatchObject({ count: 14, date: "2025-05-02", names: ["Ala Hrynko"] });
    expect(f.persons[0]).toMatchObject({ name: "Ala Hrynko", role: "released" });
  });
});
