import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the seventeenth English hold-out round; every sentence written for these tests.
describe("round-17 phenomena", () => {
  it("a breakdown goes on in the sentence after the one that began it", () => {
    const f = en(
      "On 3 May the president pardoned 40 prisoners, his press office said. The decree was published on the same day. Officials gave no names. The pardoned include six women. Nine people suffer from chronic illnesses and 11 have young children.",
      "2025-05-04",
    );
    expect(f.pardon_events.map((e) => [e.count, e.women, e.chronic_illness, e.with_children])).toEqual([[40, 6, 9, 11]]);
    expect(f.other_counts).toEqual([]);
  });

  it("dated clauses after semicolons, with no verb of their own, are releases of their own", () => {
    const f = en("This is the fourth release of the year. In March, five people, including a Canadian, were freed; in July, 16, among them Ihar Palchuk; and on October 2, another 61.", "2025-12-14");
    expect(f.releases.map((r) => [r.count, r.date, r.names])).toEqual([
      [5, "2025-03", []],
      [16, "2025-07", ["Ihar Palchuk"]],
      [61, "2025-10-02", []],
    ]);
  });

  it("'…, and on November 7, 31.': a bare count after its day is one more round", () => {
    const f = en("On December 9, the president pardoned 29 people. On November 20, another 32 prisoners were pardoned, and on November 7, 31.", "2024-12-30");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([
      [29, "2024-12-09"],
      [32, "2024-11-20"],
      [31, "2024-11-07"],
    ]);
  });

  it("'X, a …, who was pardoned and freed on 3 July' is a pardon release of X, not a round", () => {
    const f = en("The president pardoned 32 people on 20 November. One of the first was Ales Dubrouski, a trade unionist with a heart condition, who was pardoned and freed on 3 July.", "2024-11-21");
    expect(f.releases.map((r) => [r.names, r.date, r.kind])).toEqual([[["Ales Dubrouski"], "2024-07-03", "pardon"]]);
    expect(f.pardon_events.map((e) => e.count)).toEqual([32]);
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Ales Dubrouski", "pardoned"]]);
  });

  it("a lower-case 'by NAME' line under a headline is a byline", () => {
    const f = en("Minsk keeps the rest as leverage\nby Anna Kovaleva\nSeptember 3, 2025\n\nThe envoy met Olga Brant on Tuesday.", "2025-09-03");
    expect(f.persons.map((p) => p.name)).toEqual(["Olga Brant"]);
  });

  it("'NAME, a Telegram channel close to …' is an outlet, not a person", () => {
    const f = en("The list was first posted on Zorki Vostok, a Telegram channel close to the government, on Monday.", "2025-09-03");
    expect(f.persons).toEqual([]);
  });

  it("a speaker introduced with an apposition is no prisoner", () => {
    const f = en("Responding to the news that the president pardoned 32 people convicted of extremism on 20 November, Jane Holloway, the group's regional director, said: \"This is not enough.\"", "2024-11-21");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Jane Holloway", "other"]]);
  });

  it("'Central Asia' and 'Eastern Europe' are regions, not persons", () => {
    const f = en("She heads the office for Eastern Europe and Central Asia in London.", "2024-11-21");
    expect(f.persons).toEqual([]);
  });

  it("'Special Envoy for Belarus X' is an official", () => {
    const f = en("The talks were held between the Special Envoy for Belarus Tom Reddick and the foreign minister.", "2025-09-03");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Tom Reddick", "official"]]);
  });

  it("a relative named in the apposition of a freed person is not freed", () => {
    const f = en("In July, 16 people walked free, including Ihar Sosna, the husband of exiled opposition leader Vera Sosna, after a visit by a US delegation.", "2025-09-03");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([
      ["Ihar Sosna", "released"],
      ["Vera Sosna", "opposition_leader"],
    ]);
    expect(f.releases.map((r) => [r.count, r.names])).toEqual([[16, ["Ihar Sosna"]]]);
  });

  it("'the sixth group to be pardoned since July' numbers rounds, it counts no people", () => {
    const f = en("The president pardoned 32 people on 20 November. This is the sixth group to be pardoned since July.", "2024-11-21");
    expect(f.pardon_events.map((e) => [e.count, e.ordinal_in_year])).toEqual([[32, 6]]);
    expect(f.other_counts).toEqual([]);
  });

  it("a period in an earlier semicolon clause is not the period of a round told in a later one", () => {
    const f = en("Since March 2024 the president has signed more than a dozen pardon decrees; one of the biggest, on Oct. 2, 2024, covered 41 people.", "2025-09-13");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([[41, "2024-10-02"]]);
    expect(f.other_counts).toEqual([]);
  });

  it("'walked out of a penal colony … after serving his full term' is a release at the end of a sentence", () => {
    const f = en("Not everyone leaves on a bus. Pavel Lis, a 41-year-old plumber from Lida, walked out of a penal colony in Horki on Aug. 21 after serving his full two-year term.", "2025-09-13");
    expect(f.releases.map((r) => [r.names, r.date, r.kind])).toEqual([[["Pavel Lis"], "2025-08-21", "sentence_served"]]);
  });

  it("'In effect, all 40 were deported' is a release of the 40", () => {
    const f = en("The authorities put the prisoners on buses without telling them where they were going. In effect, all 40 were deported.", "2025-09-13");
    expect(f.releases.map((r) => [r.count, r.kind])).toEqual([[40, "deported"]]);
  });

  it("'The Sept. 10 release followed …' dates the release told undated just before", () => {
    const f = en("The prisoners were told nothing. In effect, all 40 were deported. The Sept. 10 release followed talks with a US delegation.", "2025-09-13");
    expect(f.releases.map((r) => [r.count, r.date])).toEqual([[40, "2025-09-10"]]);
  });

  it("'Several of them, including X' after a sentence about political prisoners: X is held", () => {
    const f = en("The Viasna centre counts some 1,100 political prisoners in the country. Several of them, including Pavel Lis, have had no contact with lawyers since 2023.", "2025-09-13");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Pavel Lis", "prisoner"]]);
  });

  it("a run of capitals cut at its fifth word is read again from the name: 'State Counselor Daw Aung San Suu Kyi'", () => {
    const f = en("Detained State Counselor Daw Aung San Suu Kyi, 79, who is serving a 27-year sentence, was not among those released.", "2025-01-05");
    expect(f.persons.map((p) => [p.name, p.role, p.aliases])).toEqual([["Daw Aung San Suu Kyi", "prisoner", ["Aung San Suu Kyi"]]]);
  });

  it("'Abu Dhabi' and 'Los Angeles' are places, not persons", () => {
    const f = en("The exchange took place in Abu Dhabi, and the freed dancer flew on to Los Angeles the next day.", "2025-04-11");
    expect(f.persons).toEqual([]);
  });

  it("'A, B, C and D were accused of …': every name of the list is held", () => {
    const f = en("Anna Belova, Petr Sokol, Ivan Drozd and Oleg Lind were accused of writing for a banned foundation.", "2025-04-16");
    expect(f.persons.map((p) => p.role)).toEqual(["prisoner", "prisoner", "prisoner", "prisoner"]);
  });

  it("a release the next sentence calls a pardon ('X granted the pardons') is a round and a pardon release", () => {
    const f = en("The regime freed 2,310 prisoners on March 27 to mark Armed Forces Day. Junta leader Than Shwe Oo granted the pardons on humanitarian grounds, state media said.", "2025-03-28");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([[2310, "2025-03-27"]]);
    expect(f.releases.map((r) => [r.count, r.kind])).toEqual([[2310, "pardon"]]);
  });

  it("'On January 4 this year, it freed N prisoners and M foreigners': a dated round, the foreigners a sub-group", () => {
    const f = en("The president pardoned 30 people on 2 May. The regime has used mass amnesties before. On January 4 this year, it freed 5,100 prisoners and 150 foreigners.", "2025-05-03");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([
      [30, "2025-05-02"],
      [5100, "2025-01-04"],
    ]);
    expect(f.other_counts.map((c) => c.value)).toEqual([150]);
  });

  it("', and on DATE a further N people walked out, among them X': a release of its own, taking its names", () => {
    const f = en("In May, Pavel Lis and 11 others were freed, and on October 3 a further 40 people walked out, among them the poet Olga Brant.", "2025-12-01");
    expect(f.releases.map((r) => [r.count, r.date, r.names])).toEqual([
      [12, "2025-05", ["Pavel Lis"]],
      [40, "2025-10-03", ["Olga Brant"]],
    ]);
  });

  it("'The release of N prisoners on DATE is welcome': a release that happened", () => {
    const f = en("The release of 35 prisoners in Belarus on June 2, 2025 is welcome, the group said.", "2025-06-05");
    expect(f.releases.map((r) => [r.count, r.date])).toEqual([[35, "2025-06-02"]]);
    expect(f.other_counts).toEqual([]);
  });

  it("a '(City, DATE) –' dateline's day is not the day of the release told after it", () => {
    const f = en("(Paris, June 5, 2025) – The release of 35 prisoners in Belarus on June 2, 2025 is welcome.", "2025-06-05");
    expect(f.releases.map((r) => [r.count, r.date])).toEqual([[35, "2025-06-02"]]);
  });

  it("'X refused to leave. …, he was taken back to prison': the pronoun holds the person named just before", () => {
    const f = en("Veteran dissident Yury Zhmur, 71, refused to leave his country. According to witnesses, he stepped off the bus and was taken back to prison.", "2025-09-13");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Yury Zhmur", "prisoner"]]);
  });

  it("the US envoys of the 2025 releases named without a title are officials", () => {
    const f = en("The talks followed a visit by Keith Kellogg, and the deal was closed after John Coale met the Belarusian leader.", "2025-09-13");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([
      ["Keith Kellogg", "official"],
      ["John Coale", "official"],
    ]);
  });

  it("'The 13 foreigners among the freed are to be deported' is a sub-group, not a release", () => {
    const f = en("The junta freed 3,100 prisoners on April 17. The 21 foreigners among the freed are to be deported.", "2025-04-18");
    expect(f.releases.map((r) => r.count)).toEqual([3100]);
    expect(f.other_counts.map((c) => c.value)).toEqual([21]);
  });

  it("'out of N arrested since …' counts people arrested", () => {
    const f = en("The group said 20,100 people were still in detention, out of 27,300 arrested since the coup.", "2025-04-18");
    expect(f.other_counts.map((c) => c.value)).toEqual([27300]);
  });

  it("'one in ten of those freed' is a ratio, not a count", () => {
    const f = en("The group says political prisoners made up fewer than one in ten of those freed in each round.", "2025-04-18");
    expect(f.other_counts).toEqual([]);
  });

  it("capitals after 'a student from' name a hometown, not a person", () => {
    const f = en("Among them was Ko Min Lat, a 31-year-old former university student from Hlaing Tharyar.", "2025-04-18");
    expect(f.persons.map((p) => p.name)).toEqual(["Ko Min Lat"]);
  });

  it("'X has not been heard from since …' holds X", () => {
    const f = en("The writer Lena Zhuk has not been heard from since March 2023.", "2025-04-18");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Lena Zhuk", "prisoner"]]);
  });

  it("'no news for months from A, B and C' holds every name", () => {
    const f = en("There has been no news for more than 500 days from Lena Zhuk, Ihar Sosna and Pavel Lis.", "2025-04-18");
    expect(f.persons.map((p) => p.role)).toEqual(["prisoner", "prisoner", "prisoner"]);
  });

  it("a plural body word ('… Monitoring Organizations') ends no name", () => {
    const f = en("His group had taken part in the work of the European Network of Election Monitoring Organizations.", "2025-04-18");
    expect(f.persons).toEqual([]);
  });

  it("'at least nine media workers were among those released' is a sub-group, not a release", () => {
    const f = en("Belarus freed 80 prisoners on 2 May. The journalists' union said at least six media workers were among those released.", "2025-05-03");
    expect(f.releases.map((r) => r.count)).toEqual([80]);
    expect(f.other_counts.map((c) => [c.value, c.qualifier])).toEqual([[6, "at_least"]]);
  });
});
