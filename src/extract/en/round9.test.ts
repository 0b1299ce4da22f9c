import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

// Phenomena from the ninth English hold-out round; every sentence written for these tests.
describe("round-9 phenomena", () => {
  it("'N people were held as political prisoners' and 'N people remained political prisoners' are stocks", () => {
    const a = en("According to the centre, 1,402 people were held as political prisoners as of 30 April.", "2025-05-06");
    expect(a.prisoner_count_claims[0]).toMatchObject({ value: 1402, as_of: "2025-04-30" });
    const b = en("Rights defenders said 1,118 people remained political prisoners in the country on 1 March.", "2025-03-04");
    expect(b.prisoner_count_claims[0]).toMatchObject({ value: 1118, as_of: "2025-03-01" });
    expect(b.other_counts).toEqual([]);
  });

  it("an earlier figure dated in its own clause ('down from N at the end of 2023') takes that date", () => {
    const f = en("Viasna counted 1,390 political prisoners as of 31 March, down from 1,450 at the end of 2023.", "2024-04-03");
    expect(f.prisoner_count_claims.map((c) => [c.value, c.as_of])).toEqual([[1390, "2024-03-31"], [1450, "2023-12-31"]]);
  });

  it("'in early May 2025' dates a stock by its month", () => {
    const f = en("The centre listed more than 1,150 political prisoners in early May 2025.", "2025-06-02");
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 1150, as_of: "2025-05" });
  });

  it("'the 2 March group included …' breaks down the round of that day, not the last one told", () => {
    const f = en("The president pardoned 26 people on 2 March and another 12 on 9 March. State media said the 2 March group included four women and nine people with chronic illnesses.", "2025-03-12");
    expect(f.pardon_events[0]).toMatchObject({ count: 26, women: 4, chronic_illness: 9 });
    expect(f.pardon_events[1]).toMatchObject({ count: 12, women: null, chronic_illness: null });
  });

  it("'a decree covering N people' is a round; 'came another N' after one is a round too", () => {
    const f = en("On 2 June the leader pardoned 19 people. On 20 June came another 25.", "2025-07-10");
    expect(f.pardon_events.map((e) => [e.count, e.date])).toEqual([[19, "2025-06-02"], [25, "2025-06-20"]]);
    const g = en("On 2 June the leader pardoned 19 people. Then on 8 July he signed a decree covering 33 people.", "2025-07-10");
    expect(g.pardon_events.map((e) => [e.count, e.date])).toEqual([[19, "2025-06-02"], [33, "2025-07-08"]]);
    const h = en("On 2 June the leader pardoned 19 people. On 20 June came another 25, and on 8 July he signed a decree covering 33 people.", "2025-07-10");
    expect(h.pardon_events.map((e) => [e.count, e.date])).toEqual([[19, "2025-06-02"], [25, "2025-06-20"], [33, "2025-07-08"]]);
  });

  it("'it the third such decision since …' right after rounds told in order numbers the last of them", () => {
    const f = en("The president pardoned 20 people on 5 May. On 16 May came another 14, and on 2 June he signed a decree covering 31 people. Officials called it the third such decision since spring.", "2025-06-05");
    expect(f.pardon_events.find((e) => e.count === 31)?.ordinal_in_year).toBe(3);
    expect(f.pardon_events.find((e) => e.count === 20)?.ordinal_in_year).toBeNull();
  });

  it("'I represented two of the 31': the speaker's own act is no count", () => {
    expect(en("I represented two of the 31 at their trials last year.").other_counts).toEqual([]);
  });

  it("'our list had N names' in an interview takes the organisation the intro names the speaker with", () => {
    const f = en("An interview with Ina Kavalchuk, a volunteer with the Viasna Human Rights Centre.\n\nQ: How many political prisoners are there now?\n\nKAVALCHUK: At the end of April our list had 1,180 names. In the winter it was over 1,250.", "2025-05-05");
    expect(f.prisoner_count_claims.map((c) => [c.value, c.qualifier, c.attributed_to])).toEqual([[1180, "exact", "Viasna"], [1250, "over", "Viasna"]]);
  });

  it("a stock a source counted is no round, though a pardon is named in a later clause", () => {
    const f = en("The centre did count about 1,500 political prisoners in early 2023, before the pardon decrees began.", "2025-10-02");
    expect(f.pardon_events).toEqual([]);
    expect(f.prisoner_count_claims[0]).toMatchObject({ value: 1500, qualifier: "about" });
  });

  it("'were let go' and 'and let go there' free people; the detainee in an 'including' apposition is one of them", () => {
    const f = en("In March two detainees, including the blogger Ihar Marozau, were let go.", "2025-05-02");
    expect(f.releases[0]).toMatchObject({ count: 2, names: ["Ihar Marozau"], date: "2025-03" });
    expect(f.persons.find((p) => p.name === "Ihar Marozau")?.role).toBe("released");
    const g = en("Forty prisoners were driven to the border and let go there.", "2025-05-02");
    expect(g.releases[0]).toMatchObject({ count: 40 });
    expect(g.other_counts).toEqual([]);
  });

  it("the same count freed again at no other date restates the release; 'the release of N people' is no other count", () => {
    const f = en("SUBJECT: Belarus frees four detainees\n\nThe authorities released four people on 9 May and drove them to the border. The release of four people was welcome.", "2025-05-12");
    expect(f.releases).toHaveLength(1);
    expect(f.releases[0]).toMatchObject({ count: 4, date: "2025-05-09" });
    expect(f.other_counts).toEqual([]);
  });

  it("'One man' is a single person, not a count", () => {
    expect(en("One man, a retired teacher, refused to sign and was taken back to the colony.").other_counts).toEqual([]);
  });

  it("'arrests continue at a rate of over N a month' counts arrests", () => {
    expect(en("New arrests continue at a rate of over 80 a month, the group said.").other_counts[0]).toMatchObject({ value: 80, qualifier: "over" });
  });

  it("an 'including' list of counts, each with its own day, after a release: a release each", () => {
    const f = en("The statement welcomed the release of the 61 prisoners on 3 April and of all those freed earlier in 2025, including Pavel Sevarynets and 9 others on 2 February and 20 people on 5 March.", "2025-04-10");
    expect(f.releases.map((r) => [r.count, r.date])).toEqual([[10, "2025-02-02"], [20, "2025-03-05"], [61, "2025-04-03"]]);
    expect(f.other_counts).toEqual([]);
  });
});
