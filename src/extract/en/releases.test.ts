import { describe, expect, it } from "vitest";
import { en } from "./test-helpers.js";

describe("releases", () => {
  it("someone freed by a pardon is 'pardoned', someone freed otherwise 'released'", () => {
    const f = en("Teacher Inna Dubrova was released under a pardon decree on Monday. Blogger Ivan Shyla walked free after serving his full term.", "2025-03-14");
    expect(f.releases.map((r) => r.kind).sort()).toEqual(["pardon", "sentence_served"]);
    expect(f.persons.find((p) => p.name === "Inna Dubrova")?.role).toBe("pardoned");
    expect(f.persons.find((p) => p.name === "Ivan Shyla")?.role).toBe("released");
  });

  it("a count freed on a weekday, named people joining it later", () => {
    const f = en("The authorities on Wednesday freed four prisoners. Ales Pushkin and Olga Zolava were also among those released.", "2025-03-14");
    expect(f.releases).toHaveLength(1);
    expect(f.releases[0]).toMatchObject({ count: 4, date: "2025-03-12", kind: "other" });
    expect(f.releases[0]?.names.sort()).toEqual(["Ales Pushkin", "Olga Zolava"]);
  });

  it("'together with N others' counts the named one too", () => {
    const f = en("Viktar Marozau was released together with 9 other prisoners and flown to Warsaw.");
    expect(f.releases[0]).toMatchObject({ count: 10, names: ["Viktar Marozau"] });
  });

  it.each([
    ["Activist Lena Rudak was released after serving her sentence in full.", "sentence_served"],
    ["Blogger Ivan Shyla was released and deported to Lithuania.", "deported"],
    ["Teacher Inna Dubrova was released under a pardon decree.", "pardon"],
    ["Student Petr Moroz was released on Friday.", "other"],
  ])("kind: %s", (text, kind) => {
    expect(en(text).releases[0]?.kind).toBe(kind);
  });

  it("a call to free people is not a release", () => {
    const f = en("The envoy urged that the 1,150 remaining political prisoners be freed.");
    expect(f.releases).toEqual([]);
    expect(f.prisoner_count_claims.map((c) => c.value)).toEqual([1150]);
  });

  it("a total freed over a year is an other count", () => {
    const f = en("In 2024, 280 political prisoners were released after pardons.");
    expect(f.releases).toEqual([]);
    expect(f.other_counts.map((o) => o.value)).toEqual([280]);
  });

  it("a relative date stays null without a publication date", () => {
    const f = en("Officials freed 12 prisoners on Monday.", null);
    expect(f.releases[0]).toMatchObject({ count: 12, date: null });
  });

  it("'Among them was X' after a release names a member of it, whatever X's past sentence", () => {
    const f = en("The authorities freed 11 more prisoners on 2 April. Among them was Olga Tsvirko, an artist who had been sentenced to six years.", "2025-04-10");
    expect(f.releases).toMatchObject([{ count: 11, date: "2025-04-02", names: ["Olga Tsvirko"] }]);
    expect(f.persons[0]?.role).toBe("released");
  });

  it("an amnesty that releases people is a round and a release; its sub-group is an other count", () => {
    const f = en("In an amnesty, the authorities released 2,500 prisoners, including 40 foreigners who will be expelled.");
    expect(f.pardon_events.map((e) => e.count)).toEqual([2500]);
    expect(f.releases).toMatchObject([{ count: 2500, kind: "pardon" }]);
    expect(f.other_counts.map((o) => o.value)).toEqual([40]);
  });
});
