import { describe, expect, it } from "vitest";
import { extractRussian } from "./extract-ru.js";

describe("round 15", () => {
  it("round 15: a capitalised ordinal inside a sentence is a name («Первый канал»), not the round's number", () => {
    const a = extractRussian({ text: "Глава государства подписал указ о помиловании 14 осуждённых, сообщил «Первый канал». Это уже пятое помилование с весны.", published: "2025-03-14" });
    expect(a.pardon_events).toMatchObject([{ count: 14, ordinal_in_year: 5 }]);
  });
});
