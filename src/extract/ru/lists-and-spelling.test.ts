import { describe, expect, it } from "vitest";
import { extractFacts } from "../index.js";
import { classicalSoftSigns } from "../spelling-be.js";
import { extractRussian } from "./extract-ru.js";

// Sentences of my own, one per rule added in the fifth session's merge of round 15.
const ru = (text: string, title = "") => extractRussian({ text, title, published: "2025-12-20" });

describe("lists, headlines and the classical Belarusian spelling", () => {
  it("a list of names under a heading takes the heading's role", () => {
    const f = ru("Кто вышел на свободу: известные имена\n\n— Ольга Ковалёва, журналистка; пять лет.\n— Пётр Сидоренко, адвокат; шесть лет.");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Ольга Ковалёва", "released"], ["Пётр Сидоренко", "released"]]);
  });

  it("«не менее чем о N»: a preposition after «чем» keeps the qualifier", () => {
    expect(ru("Правозащитники знают не менее чем о 58 задержаниях за неделю.").other_counts.map((o) => [o.value, o.qualifier])).toEqual([[58, "at_least"]]);
  });

  it("«…отказался; его вернули в колонию»: a semicolon joins the clause that holds him", () => {
    const f = ru("Политик Пётр Сидоренко уезжать отказался; его вернули в колонию.");
    expect(f.persons.map((p) => [p.name, p.role])).toEqual([["Пётр Сидоренко", "prisoner"]]);
  });

  it("a headline count that restates the body's round is no count of its own", () => {
    const f = ru("В конце декабря Лукашенко помиловал двадцать человек, осуждённых по «экстремистским» статьям.", "Лукашенко выпустил ещё 20 политзаключённых");
    expect(f.pardon_events.map((e) => e.count)).toEqual([20]);
    expect(f.other_counts).toEqual([]);
  });

  it("a release told in the headline takes its kind from the body", () => {
    const f = ru("Праваабаронцы ведаюць прынамсі пра 18 палітвязняў, якіх вызвалілі паводле памілавання.", "Праваабаронцы ведаюць прынамсі пра 18 вызваленых палітвязняў");
    expect(f.releases.map((r) => [r.count, r.kind])).toEqual([[18, "pardon"]]);
  });

  it("the classical Belarusian spelling is read as the official one, evidence still on the written words", () => {
    expect(classicalSoftSigns("палітвязьняў вызваленьне зь іх васьмёра").length).toBe(3);
    const text = "Праваабаронцы ведаюць прынамсі пра 18 палітвязьняў, якіх вызвалілі паводле памілаваньня.";
    const f = extractFacts({ text, published: "2024-07-04", language: "ru" });
    expect(f.pardon_events.map((e) => [e.count, e.qualifier])).toEqual([[18, "at_least"]]);
    const ev = f.pardon_events[0]!.evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toContain("18");
  });
});
