import { describe, expect, it } from "vitest";
import { documentContext } from "./document-ru.js";
import { findRuDates } from "./dates-ru.js";
import { findRuNumbers } from "./numbers-ru.js";
import { ordinalIn } from "./pardons-ru.js";
import { dayList, numberRuns } from "./recaps-ru.js";
import { insideQuote } from "./context-ru.js";

describe("recap lists", () => {
  const src = "16 августа, 4 и 16 сентября 2024 года Лукашенко помиловал 30, 30 и 37 человек соответственно";
  it("days listed before the month they share take that month and the year at the end", () => {
    const days = dayList(src, 0, src.length, findRuDates(src, 0, src.length, new Date("2024-12-01")));
    expect(days.map((d) => d.iso)).toEqual(["2024-08-16", "2024-09-04", "2024-09-16"]);
  });
  it("counts joined by commas and «и» make one run", () => {
    const numbers = findRuNumbers(src).filter((n) => n.start > src.indexOf("помиловал"));
    expect(numberRuns(src, numbers).map((run) => run.map((n) => n.value))).toEqual([[30, 30, 37]]);
  });
});

describe("round ordinals", () => {
  it.each([
    ["Это уже шестая волна помилований", 6],
    ["Впервые в этом году Лукашенко помиловал 23 человека", 1],
    ["Впервые с 2020 года", null],
  ])("%s -> %s", (sentence, n) => {
    expect(ordinalIn(sentence)).toBe(n);
  });
});

describe("document context", () => {
  it("a dateline dates the story it opens", () => {
    const ctx = documentContext({ text: "Минск, 9 декабря 2024 года. Президент подписал указ о помиловании.", published: "2024-12-09" });
    expect(ctx.datelineIso).toBe("2024-12-09");
    expect(ctx.country).toBe("Belarus");
  });
  it("a position inside «…» is inside a quote, after it is not", () => {
    const text = "Она сказала: «освободили 12 человек», а потом ушла";
    expect(insideQuote(text, text.indexOf("12"))).toBe(true);
    expect(insideQuote(text, text.indexOf("потом"))).toBe(false);
  });
});
