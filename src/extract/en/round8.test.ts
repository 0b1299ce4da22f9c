import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the eighth English hold-out round; every sentence written for these tests.
describe("round-8 phenomena", () => {
  it("a figure heading its bullet line, its noun after a spaced dash", () => {
    const f = en("KEY NUMBERS\n\n* 412 - people freed in 2024 under clemency decrees.\n* 1,020 - political prisoners the group counted as of 1 May.", "2025-05-10");
    expect(f.other_counts.map((o) => o.value)).toEqual([412]);
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 1020, as_of: "2025-05-01" });
  });

  it("a ranking after 'in the largest' is no period of the release", () => {
    const f = en("The authorities freed 61 detainees on 3 April in the largest single release since 2021.", "2025-04-05");
    expect(f.releases[0]).toMatchObject({ count: 61, date: "2025-04-03" });
    expect(f.other_counts).toEqual([]);
  });

  it("'his first pardon decree of 2025, freeing N people' numbers the round and frees them", () => {
    const f = en("On 9 March the president signed his first pardon decree of 2025, freeing 17 people.", "2025-03-12");
    expect(f.pardon_events[0]).toMatchObject({ count: 17, date: "2025-03-09", ordinal_in_year: 1 });
    expect(f.releases[0]).toMatchObject({ count: 17, kind: "pardon" });
  });

  it("'N of those still behind bars' is a sub-group of the prisoners", () => {
    expect(en("The centre says at least 45 of those still behind bars are women over 55.").other_counts[0]).toMatchObject({ value: 45, qualifier: "at_least" });
  });

  it("a closing credit line 'Compiled by …; Editing by X' names nobody", () => {
    expect(en("The court freed 5 people on 2 May.\n\n(Compiled by the Riga desk; Editing by Nora Feld)", "2025-05-03").persons).toEqual([]);
  });

  it("'(in Lithuanian, X)' after a name is an alias", () => {
    const f = en("The freed man, Ihar Karnei (in Lithuanian, Igoris Karnejus), was met by friends.");
    expect(f.persons.map((p) => [p.name, p.aliases])).toEqual([["Ihar Karnei", ["Igoris Karnejus"]]]);
  });

  it("the name of a show or of its team is no person", () => {
    expect(en("Open Doors is a monthly podcast about prisoners' families. Music by the Open Doors team.").persons).toEqual([]);
  });

  it("'taken across the border' frees people; 'X among them, were …' names one of them", () => {
    const f = en("In March four prisoners, the poet Yana Lozka among them, were taken across the border into Poland.", "2025-05-01");
    expect(f.releases[0]).toMatchObject({ count: 4, date: "2025-03", kind: "other", names: ["Yana Lozka"] });
    expect(f.persons[0]).toMatchObject({ name: "Yana Lozka", role: "released" });
  });

  it("', all still in custody' after a list, 'is himself still behind bars', 'The Special Rapporteur, X,'", () => {
    const f = en("Speakers urged Minsk to free Pavel Dubko and Olha Rusak, all still in custody. Its chair, Ihar Sidorchyk, is himself still behind bars. The Special Rapporteur, Marta Kives, spoke last.");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Pavel Dubko", "prisoner"], ["Olha Rusak", "prisoner"], ["Ihar Sidorchyk", "prisoner"], ["Marta Kives", "official"]]);
  });

  it("bullets under a heading in capitals that says FREED are released", () => {
    const f = en("THOSE FREED ON MAY 4\n\n* Lawyer Hanna Drozd, 52, who had served three years.\n* Blogger Tomas Yurkevich, arrested in 2022.", "2025-05-06");
    expect(f.persons.map((p) => p.role)).toEqual(["released", "released"]);
  });

  it("an audience, a scholarship and parts of a span of time are no counts", () => {
    const f = en("About 90 people attended the screening. The fund has helped 800 young Belarusians to study abroad. She spent two years in a colony, 11 of them in a punishment cell.");
    expect(f.other_counts).toEqual([]);
  });

  it("'freed … that day' takes the day of the sentence before, whatever its opener", () => {
    const f = en("A convoy crossed at dawn on Sunday, 6 April.\n\nInside were 9 people released from prison that day.", "2025-04-08");
    expect(f.releases[0]).toMatchObject({ count: 9, date: "2025-04-06" });
  });

  it("'whose wife, Y,' in an apposition does not add Y to the list of the freed", () => {
    const f = en("Eleven prisoners were freed on 2 June, among them Yuras Beh, the artist whose wife, Alina Beh, runs a shelter.", "2025-06-04");
    expect(f.releases[0]!.names).toEqual(["Yuras Beh"]);
  });
});
