import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the fourth English hold-out round; every sentence written for these tests.
describe("round-4 phenomena", () => {
  it("a list of dated rounds with elided nouns: 'pardoned 12 people on May 2, 25 on June 9 and 14 more on July 1'", () => {
    const f = en("Before that, he pardoned 12 people on May 2, 25 on June 9 and 14 more on July 1.", "2025-08-01");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([[12, "2025-05-02"], [25, "2025-06-09"], [14, "2025-07-01"]]);
  });

  it("a date right after a count beats a month told before it", () => {
    const f = en("In March the president pardoned 19 people on March 4 and another 21 on March 25.", "2025-04-02");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([[19, "2025-03-04"], [21, "2025-03-25"]]);
  });

  it("'since the first release in early spring, … has pardoned more than 150' is a period total", () => {
    const f = en("Since the first release in early spring, the government has pardoned more than 150 people.", "2025-10-01");
    expect(f.pardon_events).toEqual([]);
    expect(f.other_counts[0]).toMatchObject({ value: 150, qualifier: "over" });
  });

  it("'the second round of this year came on …, when N were pardoned' is a dated round", () => {
    const f = en("The second round of this year came on March 8, when 17 people were pardoned.", "2025-05-01");
    expect(f.pardon_events[0]).toMatchObject({ count: 17, date: "2025-03-08", ordinal_in_year: 2 });
    expect(f.other_counts).toEqual([]);
  });

  it("'Five of those pardoned are under 30' is a sub-group count", () => {
    const f = en("The leader pardoned 40 people on Friday. Five of those pardoned are under 30, the statement said.");
    expect(f.other_counts.map((o) => o.value)).toContain(5);
  });

  it("'down from roughly N' after a stock is an earlier stock of the same source, kept beside the exact one", () => {
    const f = en("The Viasna centre counted 1,180 political prisoners as of May 31, down from about 1,250 in January.", "2025-06-05");
    expect(f.prisoner_count_claims.map((c) => [c.value, c.qualifier])).toEqual([[1180, "exact"], [1250, "about"]]);
    expect(f.prisoner_count_claims[1]).toMatchObject({ attributed_to: "Viasna", as_of: null });
  });

  it("'Those freed this year include X, who was pardoned and released in May' is a release of its own", () => {
    const f = en("The leader pardoned 25 people on Friday. Those freed this year include Olga Petrenko, a teacher, who was pardoned and released in May.", "2025-09-12");
    expect(f.releases[0]).toMatchObject({ names: ["Olga Petrenko"], date: "2025-05", kind: "pardon" });
  });

  it("'pardoned N prisoners, who were freed the same day' is a release too", () => {
    const f = en("On 3 June the president pardoned 44 prisoners, who were freed the same day.", "2025-06-05");
    expect(f.pardon_events[0]).toMatchObject({ count: 44, date: "2025-06-03" });
    expect(f.releases[0]).toMatchObject({ count: 44, date: "2025-06-03", kind: "pardon" });
  });

  it("an envoy named before a release clause is an official, not one of the freed", () => {
    const f = en("After talks with a delegation led by envoy Robert Hale, the president pardoned 40 prisoners, who were freed at once.");
    expect(f.persons.find((p) => p.name === "Robert Hale")?.role).toBe("official");
  });

  it("'X, the U.S. special envoy for Ukraine' after the name is an official", () => {
    const f = en("Robert Hale, the U.S. special envoy for the Balkans, met the foreign minister on Monday.");
    expect(f.persons.find((p) => p.name === "Robert Hale")?.role).toBe("official");
  });

  it("a table of figures: 'Political prisoners held: N' lines under an 'as of' heading", () => {
    const text = "Rights Centre Viasna: quarterly figures\nFIGURES (as of 30 June 2025)\nPolitical prisoners currently held: 1,160\nRecognised as political prisoners since 2020: 4,010\nPeople detained in June: 120";
    const f = en(text, "2025-07-03");
    expect(f.prisoner_count_claims.map((c) => [c.value, c.as_of, c.attributed_to, c.scope])).toEqual([
      [1160, "2025-06-30", "Viasna", "political prisoners currently held"],
      [4010, "2025-06-30", "Viasna", "recognised since 2020"],
    ]);
    expect(f.other_counts[0]).toMatchObject({ value: 120, what: "People detained in June" });
  });

  it("'two pardon rounds, 1,050 political prisoners': a list item is no round", () => {
    const f = en("", "2025-07-03", "June in numbers: three pardon rounds, 1,050 political prisoners");
    expect(f.pardon_events).toEqual([]);
  });

  it("'Name on X: \"…\"' attributes a figure later in the quoted paragraph to the speaker", () => {
    const f = en("Olga Petrenko has been released, her lawyer said.\nMaria Lind on X: \"We are happy. But more than 900 political prisoners are still behind bars.\"");
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 900, attributed_to: "Maria Lind" });
  });
});
