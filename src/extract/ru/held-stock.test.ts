import { describe, expect, it } from "vitest";
import { extractRussian } from "./extract-ru.js";

// Sentences of my own: the stock of people still held, told without the usual verbs, and the people named with it.
describe("people still held", () => {
  it("«за решёткой по-прежнему почти N человек»: an adverb stands for the verb of a stock", () => {
    const f = extractRussian({ text: "По данным правозащитников, за решёткой по-прежнему почти 1250 человек.", published: "2025-02-01" });
    expect(f.prisoner_count_claims).toMatchObject([{ value: 1250, qualifier: "about" }]);
    expect(f.other_counts).toEqual([]);
  });

  it("«в Беларуси было N политзаключённых»: a stock told in the past tense", () => {
    const f = extractRussian({ text: "По данным правозащитников, на конец мая в Беларуси было 1190 политзаключённых.", published: "2025-06-10" });
    expect(f.prisoner_count_claims).toMatchObject([{ value: 1190 }]);
  });

  it("«Среди них …» after the stock: the people named are held, not members of a round told earlier", () => {
    const text = "Лукашенко помиловал 15 человек. По данным правозащитников, за решёткой по-прежнему почти 1250 человек. Среди них Ольга Ковалёва и Пётр Сидоренко.";
    const f = extractRussian({ text, published: "2025-02-01" });
    expect(f.pardon_events[0]?.names).toEqual([]);
    expect(f.persons.filter((p) => p.role !== "official").map((p) => [p.name, p.role])).toEqual([["Ольга Ковалёва", "prisoner"], ["Пётр Сидоренко", "prisoner"]]);
  });

  it("«Председатель … X сам находится в колонии»: held, not an official", () => {
    const f = extractRussian({ text: "Председатель правозащитного центра Игорь Ковалёв сам находится в колонии.", published: "2025-02-01" });
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Игорь Ковалёв", "prisoner"]]);
  });
});
