import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the third English hold-out round; every sentence written for these tests.
describe("round-3 phenomena", () => {
  it("a qualifier after an opening quote: '\"More than 900 …' is over", () => {
    const f = en('"More than 900 people are still behind bars in the country, according to Viasna.');
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 900, qualifier: "over" });
  });

  it("'Amnesty International' is not an amnesty", () => {
    const f = en("Amnesty International said 40 activists had been detained in Grodno.");
    expect(f.pardon_events).toEqual([]);
  });

  it("'welcomed the release on <date> of N prisoners, among them X' is a release naming X", () => {
    const f = en("The group welcomed the release on 3 March of 57 prisoners, among them Olga Petrenko, and its director Ivan Lazar said: \"It is a start.\"", "2025-03-05");
    expect(f.releases[0]).toMatchObject({ count: 57, date: "2025-03-03", names: ["Olga Petrenko"] });
    expect(f.persons.find((p) => p.name === "Ivan Lazar")?.role).not.toBe("released");
  });

  it("a title before the name, then ', is serving' after it", () => {
    const f = en("Its chairman, the economist Pavel Rudak, is serving a nine-year term.");
    expect(f.persons.find((p) => p.name === "Pavel Rudak")?.role).toBe("prisoner");
  });
});

describe("round-2 open failures", () => {
  it("'As of <date>, …' one sentence earlier dates 'Of them, N are still detained'", () => {
    const f = en("As of May 2, 2025, some 3,100 people had been arrested by the army. Of them, 2,450 are still under detention.", "2025-05-04");
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 2450, as_of: "2025-05-02" });
  });

  it("a heading like 'Military Coup' is not a person", () => {
    expect(en("Weekly Report on the Military Coup\n\nNothing new was recorded.").persons).toEqual([]);
  });

  it("an amnesty announced with 'would release', then 'those freed so far … Among them is X'", () => {
    const f = en("The council announced on May 1 that it would release 2,210 prisoners under an amnesty. Few of those freed so far are political detainees. Among them is the poet Min Zaw Oo, who had been jailed in 2022.", "2025-05-03");
    expect(f.releases[0]).toMatchObject({ count: 2210, date: "2025-05-01", kind: "pardon", names: ["Min Zaw Oo"] });
  });

  it("a pardon round, then prisoners seen leaving: the round is also a release", () => {
    const f = en("The junta pardoned 1,320 prisoners on Tuesday to mark Union Day. Prisoners began leaving the jail in the afternoon.", "2025-02-12");
    expect(f.releases[0]).toMatchObject({ count: 1320, kind: "pardon" });
  });

  it("'consider more than 50 of those held to be prisoners of conscience' is a stock", () => {
    const f = en("Monitors consider more than 70 of those held to be prisoners of conscience.");
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 70, qualifier: "over" });
  });

  it("'the project that supports political prisoners lists 640 names' is a stock", () => {
    expect(en("The support project for political prisoners lists 640 names.").prisoner_count_claims[0]?.value).toBe(640);
  });
});

describe("round-3 blind failures", () => {
  it("'freed … together with Y and a third person. The three were released …': one release of three", () => {
    const f = en("The reporter Pavel Ivanets has been released. Ivanets was freed on April 2 together with Olga Sheremet and a Polish citizen who was not named. The three were released after talks in Minsk.", "2025-04-04");
    expect(f.releases).toHaveLength(1);
    expect(f.releases[0]).toMatchObject({ count: 3, date: "2025-04-02" });
    expect(f.persons.find((p) => p.name === "Olga Sheremet")?.role).toBe("released");
  });

  it("'who remain in Belarusian prisons, X and Y' names prisoners", () => {
    const f = en("She called for the release of two colleagues who remain in Belarusian prisons, Maksim Rudy and Anton Hlek.");
    expect(f.persons.map((p) => p.role)).toEqual(["prisoner", "prisoner"]);
  });

  it("'with their two children' is not a count", () => {
    expect(en("She waited at the border with their two children.").other_counts).toEqual([]);
  });

  it("'freed that day' takes the day of the sentence before", () => {
    const f = en("On 9 May the activist was put on a bus to the border. He was one of 11 prisoners freed that day.", "2025-05-20");
    expect(f.releases[0]).toMatchObject({ count: 11, date: "2025-05-09" });
  });
});

describe("swap returns", () => {
  it("'In return, N …, including X, …, were flown to Moscow' is a release naming X", () => {
    const f = en("In return, five Russians jailed abroad, including Oleg Zaitsev, who had been serving 20 years in Poland, were flown to Moscow.");
    expect(f.releases[0]).toMatchObject({ count: 5, names: ["Oleg Zaitsev"] });
    expect(f.persons[0]?.role).toBe("released");
  });

  it("'flown to' outside a swap is not a release", () => {
    expect(en("The minister was flown to Minsk on Friday for talks with 12 envoys.").releases).toEqual([]);
  });
});

describe("elided nouns", () => {
  it("'six of them were convicted of X and four of Y': the second count keeps the elided noun", () => {
    const f = en("Twelve prisoners were pardoned on 3 March; six of them had been convicted of protest offences and four of tax crimes.", "2025-03-10");
    expect(f.other_counts.map((o) => o.value)).toEqual(expect.arrayContaining([6, 4]));
  });
});
