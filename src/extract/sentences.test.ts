import { describe, expect, it } from "vitest";
import { extractFacts } from "./index.js";
import { splitSentences } from "./sentences.js";

const pieces = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("sentences of list items whose line breaks were lost", () => {
  it("a bullet inside a line opens an item of its own", () => {
    expect(pieces("Key figures: • 1,265 held • 3,697 recognised since 2020")).toEqual(["Key figures:", "• 1,265 held", "• 3,697 recognised since 2020"]);
    expect(pieces("Known names: * Anna Kowalczyk * Pavel Sidorenko")).toEqual(["Known names:", "* Anna Kowalczyk", "* Pavel Sidorenko"]);
    expect(pieces("▪️ Releases. 52 people were freed.")).toEqual(["▪️ Releases.", "52 people were freed."]);
  });

  it("an item after a semicolon: a dash or a number opens it", () => {
    expect(pieces("Stages: — 21 June: 14 people; — 11 September: 52 people")).toEqual(["Stages: — 21 June: 14 people;", "— 11 September: 52 people"]);
    expect(pieces("We note that: 1) 1,131 are held; 2) 123 were freed")).toEqual(["We note that: 1) 1,131 are held;", "2) 123 were freed"]);
  });

  it("a full stop inside a short name in guillemets ends no sentence", () => {
    expect(pieces("Проект «Поддержка политзаключённых. Мемориал» насчитывает 770 человек. Это много.")).toEqual(["Проект «Поддержка политзаключённых. Мемориал» насчитывает 770 человек.", "Это много."]);
    // A long quotation still splits at its sentences.
    const quote = "«Мы вітаем кожнае вызваленне, але гэта кропля ў моры. Застаюцца яшчэ больш за тысячу чалавек», — сказаў ён.";
    expect(pieces(quote)).toHaveLength(2);
  });

  it("prose keeps its sentences: a star next to a word, a semicolon before a figure", () => {
    expect(pieces("He was jailed* in 2021; 30 others were too.")).toEqual(["He was jailed* in 2021; 30 others were too."]);
    expect(pieces("2 * 3 is six.")).toEqual(["2 * 3 is six."]);
  });

  it("a pardon with its breakdown in inline bullets is read as on separate lines", () => {
    const lines = "Lukashenko pardoned 23 people on 18 January.\n• 3 women and 20 men;\n• 14 have chronic illnesses.";
    const flat = lines.replace(/\n/g, " ");
    const read = (text: string): unknown => extractFacts({ text, published: "2025-01-20", language: "en" }).pardon_events.map((e) => [e.count, e.women, e.men, e.chronic_illness]);
    expect(read(flat)).toEqual(read(lines));
    expect(read(flat)).toEqual([[23, 3, 20, 14]]);
  });
});
